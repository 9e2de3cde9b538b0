/**
 * Synthetic agencies for the benchmarks, built set-based on the database: mayor → Sekda →
 * departments → 5 divisions → 4 sections → 3 staff positions with N holders each. Every 7th
 * division head is vacant; a few of those have a Plt.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../common/sql.js';

export interface SyntheticOptions {
  departments: number;
  holdersPerStaffPosition: number;
}

export async function buildAgency(em: EntityManager, o: SyntheticOptions): Promise<string> {
  await query(
    em,
    `with a as (insert into agency (id, code, name) values (gen_random_uuid(), 'bench', 'Bench') returning id)
     insert into org_unit (agency_id, id, code, name, kind) select id, gen_random_uuid(), 'root', 'Root', 'AGENCY' from a`,
  );
  await query(
    em,
    `do $$
     declare ag uuid := (select id from agency); root uuid := (select id from org_unit);
       mayor uuid := gen_random_uuid(); sekda uuid := gen_random_uuid();
       d int; v int; s int; k int; du uuid; dp uuid; vu uuid; vp uuid; su uuid; sp uuid;
     begin
       insert into position values (ag, mayor, root, null, 'Wali Kota', 'STRUCTURAL', 17), (ag, sekda, root, mayor, 'Sekda', 'STRUCTURAL', 16);
       for d in 1..${o.departments} loop
         du := gen_random_uuid(); dp := gen_random_uuid();
         insert into org_unit (agency_id, id, parent_id, code, name, kind) values (ag, du, root, 'd' || d, 'Dinas ' || d, 'DEPARTMENT');
         insert into position values (ag, dp, du, sekda, 'Kepala Dinas', 'STRUCTURAL', 15);
         for v in 1..5 loop
           vu := gen_random_uuid(); vp := gen_random_uuid();
           insert into org_unit (agency_id, id, parent_id, code, name, kind) values (ag, vu, du, 'd' || d || 'v' || v, 'Bidang', 'DIVISION');
           insert into position values (ag, vp, vu, dp, 'Kepala Bidang', 'STRUCTURAL', 12);
           for s in 1..4 loop
             su := gen_random_uuid(); sp := gen_random_uuid();
             insert into org_unit (agency_id, id, parent_id, code, name, kind) values (ag, su, vu, 'd' || d || 'v' || v || 's' || s, 'Seksi', 'SECTION');
             insert into position values (ag, sp, su, vp, 'Kepala Seksi', 'STRUCTURAL', 9);
             for k in 1..3 loop
               insert into position values (ag, gen_random_uuid(), su, sp, 'Staf', 'EXECUTOR', 6);
             end loop;
           end loop;
         end loop;
       end loop;
       insert into employee (agency_id, id, nip, name, position_id)
         select ag, gen_random_uuid(), '1980010120050' || lpad((row_number() over ())::text, 5, '0'), 'Pejabat ' || p.id, p.id
           from position p where p.kind = 'STRUCTURAL' and not (p.name = 'Kepala Bidang' and abs(hashtext(p.id::text)) % 7 = 0);
       insert into employee (agency_id, id, nip, name, position_id)
         select ag, gen_random_uuid(), '1990010120150' || lpad((row_number() over ())::text, 5, '0'), 'Staf ' || g.holder || ' ' || p.id, p.id
           from position p, generate_series(1, ${o.holdersPerStaffPosition}) as g(holder) where p.kind = 'EXECUTOR';
       insert into acting_assignment (agency_id, id, employee_id, position_id, kind, start_date)
         select ag, gen_random_uuid(), (select e.id from employee e join position c on c.id = e.position_id where c.parent_id = p.id limit 1), p.id, 'PLT', '2026-01-01'
           from position p where p.name = 'Kepala Bidang' and abs(hashtext(p.id::text)) % 77 = 0
            and exists (select 1 from position c where c.parent_id = p.id);
     end $$`,
  );
  const [row] = await query<{ id: string }>(em, 'select id from agency');
  return row!.id;
}

/** Adds one section head with `size` staff under the first department; returns the head's id. */
export async function bigTeam(em: EntityManager, agencyId: string, size: number): Promise<string> {
  const [row] = await query<{ id: string }>(
    em,
    `with dept as (select p.id as pos, p.unit_id from position p join org_unit u on u.id = p.unit_id
                    where p.name = 'Kepala Dinas' and u.code = 'd1'),
          unit as (insert into org_unit (agency_id, id, parent_id, code, name, kind)
                   select $1, gen_random_uuid(), unit_id, 'big', 'Seksi Besar', 'SECTION' from dept returning id),
          head_pos as (insert into position (agency_id, id, unit_id, parent_id, name, kind, job_class)
                       select $1, gen_random_uuid(), unit.id, dept.pos, 'Kepala Seksi Besar', 'STRUCTURAL', 9 from unit, dept returning id, unit_id),
          staff_pos as (insert into position (agency_id, id, unit_id, parent_id, name, kind, job_class)
                        select $1, gen_random_uuid(), unit_id, id, 'Staf Seksi Besar', 'EXECUTOR', 6 from head_pos returning id),
          staff as (insert into employee (agency_id, id, nip, name, position_id)
                    select $1, gen_random_uuid(), '1995010120200' || lpad(g::text, 5, '0'), 'Staf Besar ' || g, staff_pos.id
                      from staff_pos, generate_series(1, $2::int) g returning id)
     insert into employee (agency_id, id, nip, name, position_id)
     select $1, gen_random_uuid(), '198501012010011999', 'Kepala Seksi Besar', id from head_pos returning id`,
    [agencyId, size],
  );
  return row!.id;
}

/**
 * `perEmployee` entries for every employee, one a weekday from 2026-10-01 (08:00–09:00, one
 * published general item), APPROVED; those of the people under `pendingOfPosition` SUBMITTED.
 */
export async function entries(
  em: EntityManager,
  agencyId: string,
  perEmployee: number,
  pendingOfPosition: string | null,
) {
  await query(
    em,
    `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
     values ($1, gen_random_uuid(), 'umum', 'Kegiatan umum', 'kegiatan', 60, 'MAIN', 'PUBLISHED')`,
    [agencyId],
  );
  await query(
    em,
    `with days as (
       select d::date as day, row_number() over (order by d) as n
         from generate_series('2026-10-01'::date, '2026-12-31'::date, interval '1 day') d
        where extract(isodow from d) < 6
     ),
     team as (select e.id from employee e join position p on p.id = e.position_id where p.parent_id = $3::uuid)
     insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                 credited_minutes, status, submitted_at, created_at)
     select $1, gen_random_uuid(), e.id, days.day, '08:00', '09:00', (select id from activity_item), 1, 60,
            case when e.id in (select id from team) then 'SUBMITTED' else 'APPROVED' end::activity_entry_status,
            days.day + time '16:00', days.day + time '16:00'
       from employee e join days on days.n <= $2`,
    [agencyId, perEmployee, pendingOfPosition],
  );
}
