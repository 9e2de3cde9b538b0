import type { AuthChecker } from 'type-graphql';
import type { Context } from '../../context.js';
import { forbidden, unauthenticated } from '../errors/app-error.js';
import type { Role } from '../../modules/organisation/organisation.enums.js';

/**
 * Coarse checks for @Authorized(): signed in, and holding one of the listed roles when any are
 * listed. Row-level decisions (subtree, admin scope) are made by each feature's policy.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  if (roles.length && !roles.some((r) => viewer.roles.has(r))) throw forbidden();
  return true;
};
