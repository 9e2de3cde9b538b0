/**
 * The worked examples of rules.md (1–3) as data: a fresh unit "Seksi Uji Laporan" (head H, class
 * 12) with staff of job class 7 (base Rp 3,920,964) in August 2026, which has 21 working days once
 * its holidays are removed (Mon 3 … Mon 31). Entries, attendance records, leave and sanctions are
 * written in SQL, set-based.
 */
import { type Employee } from '../src/modules/organisation/employee.entity.js';
import { Agency } from '../src/modules/organisation/agency.entity.js';
import { OrgUnit } from '../src/modules/organisation/org-unit.entity.js';
import { OrgUnitKind, PositionKind } from '../src/modules/organisation/organisation.enums.js';
import { Factory } from './factories.js';
import type { TestApp } from './harness.js';

export const MONTH = '2026-08';
export const PASSWORD = 'rahasia-2026';
/** The 21 working days of August 2026 (no holidays). */
export const WORKING_DAYS = Array.from(
  { length: 31 },
  (_, i) => `2026-08-${String(i + 1).padStart(2, '0')}`,
).filter((d) => {
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
});

export interface ExampleUnit {
  agencyId: string;
  unitId: string;
  head: Employee;
  /** Example 1: TL1 ×2, TL3, PSW2; main 6,900 + additional 600 → Rp 3,869,991. */
  one: Employee;
  /** Example 2: 2 days of annual leave, 1 TK; main 5,600 → Rp 3,471,072. */
  two: Employee;
  /** Example 3: as example 1 with an active sanction → Rp 2,902,493. */
  three: Employee;
}

async function items(t: TestApp, agencyId: string): Promise<{ main: string; additional: string }> {
  const rows = await t.sql<{ id: string; category: string }>(
    `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
     values (?, gen_random_uuid(), 'lap-main-' || substr(md5(random()::text), 1, 6), 'Menyusun laporan', 'laporan', 5, 'MAIN', 'PUBLISHED'),
            (?, gen_random_uuid(), 'lap-add-' || substr(md5(random()::text), 1, 6), 'Panitia kegiatan', 'kegiatan', 5, 'ADDITIONAL', 'PUBLISHED')
     returning id, category::text as category`,
    [agencyId, agencyId],
  );
  return {
    main: rows.find((r) => r.category === 'MAIN')!.id,
    additional: rows.find((r) => r.category === 'ADDITIONAL')!.id,
  };
}

/** Approved entries: `minutes` on each of `days` from 07:30 (or from 13:30 for additional). */
async function entries(
  t: TestApp,
  agencyId: string,
  employeeId: string,
  itemId: string,
  days: readonly string[],
  minutes: number,
  start: '07:30' | '13:30',
  status = 'APPROVED',
): Promise<void> {
  await t.sql(
    `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity,
                                 credited_minutes, status, submitted_at, decided_at)
     select ?, gen_random_uuid(), ?, d::date, ?::time, ?::time + make_interval(mins => ?), ?, 1, ?,
            ?::activity_entry_status, d::date + time '17:00', d::date + time '18:00'
       from unnest(?::date[]) as d`,
    [agencyId, employeeId, start, start, minutes, itemId, minutes, status, `{${days.join(',')}}`],
  );
}

/** A present day (07:20–16:40, inside) on every working day but `except`. */
async function present(t: TestApp, agencyId: string, employeeId: string, except: string[] = []) {
  await t.sql(
    `insert into attendance_record (agency_id, id, employee_id, date, check_in_at, check_in_in_area, check_in_source,
                                    check_out_at, check_out_in_area, check_out_source)
     select ?, gen_random_uuid(), ?, d::date, (d::date + time '07:20') at time zone 'Asia/Jakarta', true, 'APP',
            (d::date + time '16:40') at time zone 'Asia/Jakarta', true, 'APP'
       from unnest(?::date[]) as d`,
    [agencyId, employeeId, `{${WORKING_DAYS.filter((d) => !except.includes(d)).join(',')}}`],
  );
}

/** Moves a day's check-in or check-out to a local time. */
async function check(
  t: TestApp,
  employeeId: string,
  date: string,
  which: 'in' | 'out',
  hhmm: string,
) {
  await t.sql(
    `update attendance_record set check_${which}_at = (date + ?::time) at time zone 'Asia/Jakarta'
      where employee_id = ? and date = ?`,
    [hhmm, employeeId, date],
  );
}

/** Builds the unit and the three examples (and the head), all in August 2026. */
export async function workedExamples(t: TestApp): Promise<ExampleUnit> {
  const em = t.orm.em.fork();
  const { agency_id: agencyId, root } = await t.one<{ agency_id: string; root: string }>(
    `select agency_id, id as root from org_unit where parent_id is null limit 1`,
  );
  await t.sql(`delete from holiday where date between '2026-08-01' and '2026-08-31'`);
  const agency = await em.findOneOrFail(Agency, { id: agencyId });
  const f = new Factory(em, agency);
  const parent = await em.findOneOrFail(OrgUnit, { id: root });
  const unit = await f.unit('Seksi Uji Laporan', parent, OrgUnitKind.SECTION);
  const headPosition = await f.position(
    'Kepala Seksi Uji',
    unit,
    null,
    PositionKind.STRUCTURAL,
    12,
  );
  const staff = (name: string) =>
    f
      .position(name, unit, headPosition, PositionKind.EXECUTOR, 7)
      .then((p) => f.employee(name, p, { password: PASSWORD }));
  const head = await f.employee('Kepala Uji', headPosition, { password: PASSWORD });
  const one = await staff('Contoh Satu');
  const two = await staff('Contoh Dua');
  const three = await staff('Contoh Tiga');
  const item = await items(t, agencyId);

  // Examples 1 and 3: main 6,900 (20 days × 345), additional 600 (6 days × 100): ≤ 450 a day.
  for (const e of [one, three]) {
    await entries(t, agencyId, e.id, item.main, WORKING_DAYS.slice(0, 20), 345, '07:30');
    await entries(t, agencyId, e.id, item.additional, WORKING_DAYS.slice(0, 6), 100, '13:30');
    await present(t, agencyId, e.id);
    await check(t, e.id, '2026-08-04', 'in', '07:45'); // TL1 (15 min)
    await check(t, e.id, '2026-08-05', 'in', '07:50'); // TL1 (20 min)
    await check(t, e.id, '2026-08-11', 'in', '08:45'); // TL3 (75 min)
    await check(t, e.id, '2026-08-12', 'out', '15:15'); // PSW2 (45 min before 16:00)
  }
  // A rejected entry: listed as a negative activity, deducts nothing.
  await entries(t, agencyId, one.id, item.main, ['2026-08-31'], 30, '13:30', 'REJECTED');

  // Example 2: annual leave 10–11 Aug, TK on 13 Aug; main 5,600 (16 days × 350).
  const leaveDays = ['2026-08-10', '2026-08-11'];
  const tk = '2026-08-13';
  const worked = WORKING_DAYS.filter((d) => !leaveDays.includes(d) && d !== tk);
  await entries(t, agencyId, two.id, item.main, worked.slice(0, 16), 350, '07:30');
  await present(t, agencyId, two.id, [...leaveDays, tk]);
  await t.sql(
    `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, reason, status)
     values (?, gen_random_uuid(), ?, 'ANNUAL', '2026-08-10', '2026-08-11', 'uji', 'APPROVED')`,
    [agencyId, two.id],
  );

  // Example 3: a sanction for July–September.
  await t.sql(
    `insert into disciplinary_sanction (agency_id, id, employee_id, start_month, end_month, reason)
     values (?, gen_random_uuid(), ?, '2026-07', '2026-09', 'Hukuman disiplin sedang')`,
    [agencyId, three.id],
  );
  return { agencyId, unitId: unit.id, head, one, two, three };
}

export const REPORT = `query($employeeId: ID!, $period: String!) { monthlyReport(employeeId: $employeeId, period: $period) {
  employeeId name period approvedMainMinutes approvedAdditionalMinutes countedAdditionalMinutes targetMinutes
  excusedMinutes achievement discipline deductions { date code percent cause } daysUnderMinimum
  iki skp behaviour peerPercentile negativeActivities { count minutes entryIds }
  workResultRating behaviourRating predicate
  tpp { base proratedBase performancePart disciplinePart otherCuts cuts { key cause percent amount } total }
  explanation { key text value sources } frozen computedAt } }`;
