/**
 * The activity bank's per-request services and loaders, built once per signed-in request (kept
 * beside the request's ViewerScope, so the feature adds nothing to the shared context).
 */
import DataLoader from 'dataloader';
import { query } from '../../common/sql.js';
import type { Context, ViewerScope } from '../../context.js';
import { ActivityBankService } from './activity-bank.service.js';
import { ActivityBankTransfer } from './activity-bank.transfer.js';

export interface BankScope {
  service: ActivityBankService;
  transfer: ActivityBankTransfer;
  /** Whether the viewer marked the item as a favourite; one statement per tick. */
  isFavourite: DataLoader<string, boolean>;
}

const scopes = new WeakMap<ViewerScope, BankScope>();

export function activityBank(ctx: Context): BankScope {
  const scope = ctx.scope();
  let bank = scopes.get(scope);
  if (!bank) {
    const { em, viewer } = scope;
    const service = new ActivityBankService(em, viewer, ctx.requestId, scope.today);
    bank = {
      service,
      transfer: new ActivityBankTransfer(em, viewer, ctx.requestId, (tx) =>
        service.managedUnits(tx),
      ),
      isFavourite: new DataLoader(async (ids) => {
        const rows = await query<{ item_id: string }>(
          em,
          `select item_id from activity_favourite
            where agency_id = $1 and employee_id = $2 and item_id = any($3::uuid[])`,
          [viewer.agencyId, viewer.employeeId, ids],
        );
        const set = new Set(rows.map((r) => r.item_id));
        return ids.map((id) => set.has(id));
      }),
    };
    scopes.set(scope, bank);
  }
  return bank;
}
