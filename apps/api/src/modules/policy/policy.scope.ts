/** The policy's per-request service, built once per ViewerScope (as calendar.scope.ts does). */
import type { Context, ViewerScope } from '../../context.js';
import { PolicyAdmin } from './policy-admin.service.js';

const scopes = new WeakMap<ViewerScope, PolicyAdmin>();

export function policyScope(ctx: Context): PolicyAdmin {
  const scope = ctx.scope();
  let admin = scopes.get(scope);
  if (!admin) {
    admin = new PolicyAdmin(scope.em, scope.viewer, scope.today, ctx.requestId);
    scopes.set(scope, admin);
  }
  return admin;
}
