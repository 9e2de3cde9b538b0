/**
 * Creating notifications, set-based: a trigger gives the candidates as SQL (recipient, params,
 * link, dedupe key) and one statement keeps those whose preferences let the kind through (in-app,
 * or email with an address on file), skips recipients for whom the date is not a working day
 * (when asked), and inserts them, idempotently (`on conflict do nothing` on the dedupe key).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { KINDS } from './notification-kinds.js';
import type { NotificationKind } from './notifications.enums.js';

/** Leave kinds that take the whole day off (a permit, official travel or work from home do not). */
export const DAY_OFF_LEAVE = `('ANNUAL','SICK','IMPORTANT_REASONS','MATERNITY','BIG','UNPAID')`;

const NO_UNIT = '00000000-0000-0000-0000-000000000000';

/**
 * `plan(employee_id, working, end_at)`: for the people of the CTE `people(id)`, whether `date`
 * (an SQL date expression) is a working day for them and when it ends (a local timestamp). A
 * roster cell for the date wins over the work pattern (a shift: working, ending at the shift's end,
 * the next day for a night shift; no shift: a day off); otherwise the work calendar of their unit
 * (holidays, weekends, special periods). A full day of approved leave is not a working day.
 */
export function planCte(date: string): string {
  return `
  placed as (
    select e.id, p.unit_id
      from people x
      join employee e on e.agency_id = $1 and e.id = x.id and e.active
      left join position p on p.agency_id = $1 and p.id = e.position_id
  ),
  cal as (
    select * from work_calendar($1, (select array_agg(distinct unit_id) from placed), ${date}, ${date})
  ),
  plan(employee_id, working, end_at) as (
    select pl.id,
           case when rc.employee_id is not null then rc.shift_id is not null
                else c.day_kind = 'WORKDAY' end
           and not exists (
             select 1 from leave_request l
              where l.agency_id = $1 and l.employee_id = pl.id and l.status = 'APPROVED'
                and l.kind in ${DAY_OFF_LEAVE} and not l.half_day
                and ${date} between l.start_date and l.end_date),
           case when rc.employee_id is not null
                then ${date} + sp.end_time
                     + case when sp.end_time <= sp.start_time then interval '1 day' else interval '0' end
                else ${date} + coalesce(c.end_time, time '16:00') end
      from placed pl
      left join cal c on coalesce(c.unit_id, '${NO_UNIT}') = coalesce(pl.unit_id, '${NO_UNIT}')
      left join roster_cell rc on rc.agency_id = $1 and rc.employee_id = pl.id and rc.date = ${date}
      left join shift_pattern sp on sp.agency_id = $1 and sp.id = rc.shift_id
  )`;
}

export interface DeliverOptions {
  /** Only recipients for whom this date (`$n` reference or SQL date) is a working day. */
  workingOn?: string;
}

export interface Delivered {
  /** Rows inserted now (not counting those that already existed). */
  created: number;
  /** Of those, how many wait to be emailed. */
  emails: number;
}

/**
 * Inserts notifications of `kind` for the candidates. `candidates` is a query (it may start with
 * its own WITH) returning recipient_id, params (jsonb), link and dedupe_key; `$1` is the agency,
 * and `params` fill `$2` onwards.
 */
export async function deliver(
  em: EntityManager,
  kind: NotificationKind,
  agencyId: string,
  candidates: string,
  params: readonly unknown[],
  options: DeliverOptions = {},
): Promise<Delivered> {
  const spec = KINDS[kind];
  const working = options.workingOn
    ? `, people(id) as (select distinct recipient_id from cand), ${planCte(options.workingOn)}`
    : '';
  const [row] = await query<{ created: number; emails: number }>(
    em,
    `with cand as (${candidates})${working},
     ins as (
       insert into notification (agency_id, id, recipient_id, kind, app, params, link, dedupe_key, in_app, email_state)
       select $1, gen_random_uuid(), c.recipient_id, '${kind}', '${spec.app}', c.params, c.link, c.dedupe_key,
              coalesce(np.in_app, ${spec.defaults.inApp}),
              case when coalesce(np.email, ${spec.defaults.email}) and e.email is not null then 'PENDING' end
         from cand c
         join employee e on e.agency_id = $1 and e.id = c.recipient_id and e.active
         left join notification_preference np
           on np.agency_id = $1 and np.employee_id = c.recipient_id and np.kind = '${kind}'
        where (coalesce(np.in_app, ${spec.defaults.inApp})
               or (coalesce(np.email, ${spec.defaults.email}) and e.email is not null))
          ${options.workingOn ? 'and c.recipient_id in (select employee_id from plan where working)' : ''}
       on conflict (agency_id, recipient_id, kind, dedupe_key) do nothing
       returning email_state
     )
     select count(*)::int as created, (count(*) filter (where email_state = 'PENDING'))::int as emails
       from ins`,
    [agencyId, ...params],
  );
  return { created: row?.created ?? 0, emails: row?.emails ?? 0 };
}
