/**
 * The shift roster API (issue 10): shifts of a unit, cells set in one transaction, a week copied,
 * a CSV or XLSX imported all or nothing with per-row errors, closed months refused, who may edit
 * and read, unknown ids, messages in both languages, and the statements a roster costs whatever
 * the number of people. The demo's Puskesmas Contoh Barat, on the organisation only (no seeded
 * roster); the clock is Friday 2026-11-20 10:00 (Jakarta).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { DEMO_ROSTER_USERS } from '../../db/seed/demo-city.data.js';

let t: TestApp;
const HEAD = DEMO_ROSTER_USERS.head.nip;
const NURSE = DEMO_ROSTER_USERS.nightNurse.nip;
const KADINKES = '197308122001071998';
let unitId: string; // Puskesmas Contoh Barat
let otherUnitId: string; // Puskesmas Contoh Timur
let otherHead: string;
let staffNips: string[]; // the Barat staff but the head, by NIP
let dinkesAdmin: string;
const shift: Record<string, string> = {};
const id: Record<string, string> = {};

const SHIFT_FIELDS = 'id code name start end crossesMidnight minutes active unit { id name }';
const CREATE = `mutation($input: ShiftPatternInput!) { createShiftPattern(input: $input) { ${SHIFT_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: ShiftPatternInput!) { updateShiftPattern(id: $id, input: $input) { ${SHIFT_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteShiftPattern(id: $id) }`;
const PATTERNS = `query($unitId: ID!) { shiftPatterns(unitId: $unitId) { code active } }`;
const SET = `mutation($unitId: ID!, $cells: [RosterCellInput!]!) { setRosterCells(unitId: $unitId, cells: $cells) { saved cleared } }`;
const COPY = `mutation($unitId: ID!, $from: LocalDate!, $to: LocalDate!) {
  copyRosterWeek(unitId: $unitId, fromMonday: $from, toMonday: $to) { saved cleared } }`;
const IMPORT = `mutation($unitId: ID!, $file: String!, $format: SpreadsheetFormat!) {
  importRoster(unitId: $unitId, file: $file, format: $format) { saved errors rows { row nip date code error } } }`;
const ROSTER = `query($unitId: ID!, $from: LocalDate!, $to: LocalDate!) { roster(unitId: $unitId, from: $from, to: $to) {
  unit { id name } from to canEdit closedBefore
  patterns { id code name start end crossesMidnight minutes unit { id } }
  rows { employee { id name nip } workingDays cells { employeeId date dayOff shift { code start end } } } } }`;
const MINE = `query($from: LocalDate!, $to: LocalDate!) { myRoster(from: $from, to: $to) { date dayOff shift { code } } }`;
const UNITS = `query { rosterUnits { id name } }`;

const input = (code: string, name: string, start: string, end: string, unit = unitId) => ({
  input: { unitId: unit, code, name, start, end },
});
const code = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;
const cellsOf = (nip: string, rows: { employee: { nip: string }; cells: unknown[] }[]) =>
  rows.find((r) => r.employee.nip === nip)?.cells;
const b64 = (text: string) => text; // CSV goes as text

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-20T10:00:00+07:00' });
  ({ id: unitId } = await t.one<{ id: string }>(
    `select p.unit_id as id from employee e join position p on p.id = e.position_id where e.nip = ?`,
    [HEAD],
  ));
  ({ id: otherUnitId } = await t.one<{ id: string }>(
    `select id from org_unit where name = 'Puskesmas Contoh Timur'`,
  ));
  ({ nip: otherHead } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.unit_id = ? and p.name = 'Kepala Puskesmas'`,
    [otherUnitId],
  ));
  staffNips = (
    await t.sql<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
        where p.unit_id = ? and e.nip <> ? and e.active order by e.nip`,
      [unitId, HEAD],
    )
  ).map((r) => r.nip);
  for (const nip of [HEAD, NURSE, ...staffNips]) id[nip] = await t.idOf(nip);
  // a department admin of Dinas Kesehatan (someone of its secretariat)
  ({ nip: dinkesAdmin } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
       join org_unit u on u.id = p.unit_id
      where u.kind <> 'CLINIC' and p.kind = 'EXECUTOR'
        and (u.parent_id = (select id from org_unit where name = 'Dinas Kesehatan')
             or u.parent_id in (select id from org_unit
                                 where parent_id = (select id from org_unit where name = 'Dinas Kesehatan')))
      order by e.nip limit 1`,
  ));
  await t.sql(
    `update employee set roles = '{EMPLOYEE,DEPARTMENT_ADMIN}',
            admin_unit_id = (select id from org_unit where name = 'Dinas Kesehatan')
      where nip = ?`,
    [dinkesAdmin],
  );
});
afterAll(() => t?.close());

describe('shift patterns', () => {
  it('lets the head create the unit’s shifts, a night shift crossing midnight', async () => {
    for (const [c, name, start, end] of [
      ['p', 'Pagi', '07:00', '14:00'],
      ['S', 'Siang', '14:00', '21:00'],
      ['M', 'Malam', '21:00', '07:00'],
      ['X', 'Ekstra', '10:00', '12:00'],
    ] as const) {
      const res = await t.as(HEAD, CREATE, input(c, name, start, end));
      expect(res.errors).toBeUndefined();
      shift[c.toUpperCase()] = res.data!.createShiftPattern.id;
    }
    const night = await t.as(HEAD, UPDATE, {
      id: shift.M,
      ...input('M', 'Malam', '21:00', '07:00'),
    });
    expect(night.data?.updateShiftPattern).toMatchObject({
      code: 'M',
      start: '21:00',
      end: '07:00',
      crossesMidnight: true,
      minutes: 600,
      active: true,
      unit: { id: unitId, name: 'Puskesmas Contoh Barat' },
    });
    const pagi = await t.as(HEAD, PATTERNS, { unitId });
    expect(pagi.data?.shiftPatterns.map((s: { code: string }) => s.code)).toEqual([
      'P',
      'X',
      'S',
      'M',
    ]);
    const { n } = await t.one<{ n: string }>(
      `select count(*) as n from audit_event where action = 'roster.createShift'`,
    );
    expect(Number(n)).toBe(4);
  });

  it('refuses a taken code, a bad time and equal times, in both languages', async () => {
    const taken = await t.as(HEAD, CREATE, input('P', 'Pagi lagi', '06:00', '13:00'));
    expect(code(taken)).toBe('CONFLICT');
    expect(taken.errors?.[0]?.message).toBe('Kode shift "P" sudah dipakai di unit ini.');
    const en = await t.as(HEAD, CREATE, input('P', 'Pagi lagi', '06:00', '13:00'), { lang: 'en' });
    expect(en.errors?.[0]?.message).toBe('The shift code "P" is already used in this unit.');
    const badTime = await t.as(HEAD, CREATE, input('Z', 'Z', '7:00', '14:00'));
    expect(code(badTime)).toBe('BAD_USER_INPUT');
    const same = await t.as(HEAD, CREATE, input('Z', 'Z', '07:00', '07:00'), { lang: 'en' });
    expect(same.errors?.[0]?.message).toBe('A shift must end at another time than it starts.');
    const badCode = await t.as(HEAD, CREATE, input('P-1', 'Z', '07:00', '08:00'));
    expect(code(badCode)).toBe('BAD_USER_INPUT');
  });

  it('is refused to staff and to the head of another unit; unknown ids are NOT_FOUND', async () => {
    expect(code(await t.as(NURSE, CREATE, input('Z', 'Z', '07:00', '08:00')))).toBe('FORBIDDEN');
    const other = await t.as(otherHead, CREATE, input('Z', 'Z', '07:00', '08:00'));
    expect(code(other)).toBe('FORBIDDEN');
    expect(other.errors?.[0]?.message).toBe('Anda tidak berwenang mengubah jadwal dinas unit ini.');
    const unknown = input('Z', 'Z', '07:00', '08:00', '00000000-0000-4000-8000-000000000000');
    expect(code(await t.as(HEAD, CREATE, unknown))).toBe('NOT_FOUND');
    expect(code(await t.as(HEAD, DELETE, { id: '00000000-0000-4000-8000-000000000000' }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await t.as(NURSE, PATTERNS, { unitId }))).toBe('FORBIDDEN');
  });
});

describe('rosterUnits', () => {
  it('lists the units each editor may roster', async () => {
    const head = await t.as(HEAD, UNITS);
    expect(head.data?.rosterUnits).toEqual([{ id: unitId, name: 'Puskesmas Contoh Barat' }]);
    expect((await t.as(NURSE, UNITS)).data?.rosterUnits).toEqual([]);
    const admin = (await t.as(dinkesAdmin, UNITS)).data?.rosterUnits as { id: string }[];
    // the department's units, those with shifts first
    expect(admin[0]?.id).toBe(unitId);
    expect(admin.map((u) => u.id)).toContain(otherUnitId);
    const agency = (await t.as(persona.agencyAdmin, UNITS)).data?.rosterUnits as unknown[];
    expect(agency.length).toBeGreaterThan(admin.length);
  });
});

describe('setRosterCells', () => {
  it('sets shifts and days off in one go, and clears cells', async () => {
    const cells = [
      { employeeId: id[NURSE], date: '2026-12-07', shiftId: shift.M },
      { employeeId: id[NURSE], date: '2026-12-08', shiftId: shift.M },
      { employeeId: id[NURSE], date: '2026-12-09', dayOff: true },
      { employeeId: id[HEAD], date: '2026-12-07', shiftId: shift.P },
      { employeeId: id[HEAD], date: '2026-12-13', dayOff: true },
    ];
    const res = await t.as(HEAD, SET, { unitId, cells });
    expect(res.errors).toBeUndefined();
    expect(res.data?.setRosterCells).toEqual({ saved: 5, cleared: 0 });

    const changed = await t.as(HEAD, SET, {
      unitId,
      cells: [
        { employeeId: id[NURSE], date: '2026-12-08', shiftId: shift.S },
        { employeeId: id[HEAD], date: '2026-12-13' },
      ],
    });
    expect(changed.data?.setRosterCells).toEqual({ saved: 1, cleared: 1 });

    const roster = await t.as(HEAD, ROSTER, { unitId, from: '2026-12-01', to: '2026-12-31' });
    expect(roster.errors).toBeUndefined();
    const r = roster.data!.roster;
    expect(r).toMatchObject({ canEdit: true, closedBefore: null, unit: { id: unitId } });
    expect(r.patterns.map((p: { code: string }) => p.code)).toEqual(['P', 'X', 'S', 'M']);
    expect(r.rows).toHaveLength(staffNips.length + 1);
    expect(cellsOf(NURSE, r.rows)).toEqual([
      {
        employeeId: id[NURSE],
        date: '2026-12-07',
        dayOff: false,
        shift: { code: 'M', start: '21:00', end: '07:00' },
      },
      {
        employeeId: id[NURSE],
        date: '2026-12-08',
        dayOff: false,
        shift: { code: 'S', start: '14:00', end: '21:00' },
      },
      { employeeId: id[NURSE], date: '2026-12-09', dayOff: true, shift: null },
    ]);
    expect(
      r.rows.find((x: { employee: { nip: string } }) => x.employee.nip === NURSE),
    ).toMatchObject({ workingDays: 2 });
    const audits = await t.sql(`select data from audit_event where action = 'roster.setCells'`);
    expect(audits).toHaveLength(2);

    const mine = await t.as(NURSE, MINE, { from: '2026-12-01', to: '2026-12-31' });
    expect(mine.data?.myRoster).toEqual([
      { date: '2026-12-07', dayOff: false, shift: { code: 'M' } },
      { date: '2026-12-08', dayOff: false, shift: { code: 'S' } },
      { date: '2026-12-09', dayOff: true, shift: null },
    ]);
  });

  it('changes nothing when one cell is wrong (one transaction)', async () => {
    const before = await t.one<{ n: string }>('select count(*) as n from roster_cell');
    const stranger = await t.idOf(persona.staff);
    const res = await t.as(HEAD, SET, {
      unitId,
      cells: [
        { employeeId: id[NURSE], date: '2026-12-10', shiftId: shift.M },
        { employeeId: stranger, date: '2026-12-10', shiftId: shift.M },
      ],
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    const otherShift = await t.as(
      otherHead,
      CREATE,
      input('P', 'Pagi', '07:00', '14:00', otherUnitId),
    );
    const foreign = await t.as(HEAD, SET, {
      unitId,
      cells: [
        {
          employeeId: id[NURSE],
          date: '2026-12-10',
          shiftId: otherShift.data!.createShiftPattern.id,
        },
      ],
    });
    expect(code(foreign)).toBe('BAD_USER_INPUT');
    const both = await t.as(
      HEAD,
      SET,
      {
        unitId,
        cells: [{ employeeId: id[NURSE], date: '2026-12-10', shiftId: shift.M, dayOff: true }],
      },
      { lang: 'en' },
    );
    expect(both.errors?.[0]?.message).toBe(
      'The cell of 2026-12-10 holds both a shift and a day off; choose one.',
    );
    expect(await t.one('select count(*) as n from roster_cell')).toEqual(before);
  });

  it('is open to the head, the department admin and the agency admin; refused to others', async () => {
    const cells = [{ employeeId: id[NURSE], date: '2026-12-10', shiftId: shift.M }];
    expect((await t.as(dinkesAdmin, SET, { unitId, cells })).errors).toBeUndefined();
    expect((await t.as(persona.agencyAdmin, SET, { unitId, cells })).errors).toBeUndefined();
    const nurse = await t.as(NURSE, SET, { unitId, cells }, { lang: 'en' });
    expect(code(nurse)).toBe('FORBIDDEN');
    expect(nurse.errors?.[0]?.message).toBe('You may not change the roster of this unit.');
    expect(code(await t.as(otherHead, SET, { unitId, cells }))).toBe('FORBIDDEN');
    // the Kepala Dinas is above the unit: may read, not edit
    expect(code(await t.as(KADINKES, SET, { unitId, cells }))).toBe('FORBIDDEN');
    // a department admin of another department
    expect(code(await t.as('199503202020112402', SET, { unitId, cells }))).toBe('FORBIDDEN');
    const unknown = await t.as(HEAD, SET, {
      unitId: '00000000-0000-4000-8000-000000000000',
      cells,
    });
    expect(code(unknown)).toBe('NOT_FOUND');
    expect(code(await t.as(HEAD, SET, { unitId: 'not-an-id', cells }))).toBe('NOT_FOUND');
  });

  it('refuses a closed month with CONFLICT', async () => {
    await t.sql(
      `insert into period (agency_id, id, month, closed, closed_at)
       select agency_id, gen_random_uuid(), '2026-10', true, now() from org_unit where id = ?`,
      [unitId],
    );
    const cells = [{ employeeId: id[NURSE], date: '2026-10-30', shiftId: shift.M }];
    const res = await t.as(HEAD, SET, { unitId, cells });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toBe(
      'Periode 2026-10 sudah ditutup; jadwal dinasnya tidak dapat diubah.',
    );
    const copy = await t.as(HEAD, COPY, { unitId, from: '2026-11-02', to: '2026-10-26' });
    expect(code(copy)).toBe('CONFLICT');
    const roster = await t.as(HEAD, ROSTER, { unitId, from: '2026-10-01', to: '2026-11-30' });
    expect(roster.data?.roster.closedBefore).toBe('2026-11-01');
  });
});

describe('reading a roster', () => {
  it('is open to editors and the people above the unit; refused to its staff and others', async () => {
    const vars = { unitId, from: '2026-12-01', to: '2026-12-31' };
    const kadinkes = await t.as(KADINKES, ROSTER, vars);
    expect(kadinkes.errors).toBeUndefined();
    expect(kadinkes.data?.roster.canEdit).toBe(false);
    expect((await t.as(persona.sekda, ROSTER, vars)).data?.roster.canEdit).toBe(false);
    expect(code(await t.as(NURSE, ROSTER, vars))).toBe('FORBIDDEN');
    expect(code(await t.as(otherHead, ROSTER, vars))).toBe('FORBIDDEN');
    expect(code(await t.as(persona.staff, ROSTER, vars))).toBe('FORBIDDEN');
    const long = await t.as(HEAD, ROSTER, { unitId, from: '2026-12-01', to: '2027-02-15' });
    expect(code(long)).toBe('BAD_USER_INPUT');
    const unknown = await t.as(HEAD, ROSTER, {
      ...vars,
      unitId: '00000000-0000-4000-8000-000000000000',
    });
    expect(code(unknown)).toBe('NOT_FOUND');
  });

  it('costs the same statements whatever the number of people', async () => {
    const vars = { unitId, from: '2026-12-01', to: '2026-12-31' };
    await t.as(HEAD, ROSTER, vars); // signed in, warm
    const fewer = await t.countStatements(() => t.as(HEAD, ROSTER, vars));
    // six more people in the unit, each with cells
    const { agency_id: agencyId } = await t.one<{ agency_id: string }>(
      'select agency_id from org_unit where id = ?',
      [unitId],
    );
    const position = await t.one<{ id: string }>(
      `insert into position (agency_id, id, unit_id, parent_id, name, kind, job_class)
       select agency_id, gen_random_uuid(), unit_id, id, 'Perawat Tambahan', 'FUNCTIONAL', 6
         from position where unit_id = ? and name = 'Kepala Puskesmas' returning id`,
      [unitId],
    );
    for (let i = 0; i < 6; i++) {
      const e = await t.one<{ id: string }>(
        `insert into employee (agency_id, id, nip, name, position_id)
         values (?, gen_random_uuid(), ?, ?, ?) returning id`,
        [agencyId, `19900101201501200${i}`, `Perawat Tambahan ${i}`, position.id],
      );
      await t.sql(
        `insert into roster_cell (agency_id, employee_id, date, unit_id, shift_id) values (?, ?, '2026-12-01', ?, ?)`,
        [agencyId, e.id, unitId, shift.P],
      );
    }
    const more = await t.countStatements(() => t.as(HEAD, ROSTER, vars));
    const res = await t.as(HEAD, ROSTER, vars);
    expect(res.data?.roster.rows).toHaveLength(staffNips.length + 7);
    expect(more.count).toBe(fewer.count);
    expect(more.count).toBeLessThanOrEqual(12);
  });
});

describe('copyRosterWeek', () => {
  it('copies a week onto another, replacing the target week', async () => {
    // week of 2026-12-07: the nurse M, S, off, M; the head P. A stale cell in the target week.
    await t.as(HEAD, SET, {
      unitId,
      cells: [{ employeeId: id[staffNips[0]!], date: '2026-12-16', shiftId: shift.S }],
    });
    const res = await t.as(HEAD, COPY, { unitId, from: '2026-12-07', to: '2026-12-14' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.copyRosterWeek).toEqual({ saved: 5, cleared: 1 });
    const mine = await t.as(NURSE, MINE, { from: '2026-12-14', to: '2026-12-20' });
    expect(mine.data?.myRoster).toEqual([
      { date: '2026-12-14', dayOff: false, shift: { code: 'M' } },
      { date: '2026-12-15', dayOff: false, shift: { code: 'S' } },
      { date: '2026-12-16', dayOff: true, shift: null },
      { date: '2026-12-17', dayOff: false, shift: { code: 'M' } },
    ]);
    const { n } = await t.one<{ n: string }>(
      `select count(*) as n from roster_cell where employee_id = ? and date = '2026-12-16'`,
      [id[staffNips[0]!]],
    );
    expect(Number(n)).toBe(0);
  });

  it('needs Mondays and two different weeks', async () => {
    const notMonday = await t.as(HEAD, COPY, { unitId, from: '2026-12-08', to: '2026-12-14' });
    expect(code(notMonday)).toBe('BAD_USER_INPUT');
    expect(notMonday.errors?.[0]?.message).toBe('Tanggal 2026-12-08 bukan hari Senin.');
    const same = await t.as(HEAD, COPY, { unitId, from: '2026-12-14', to: '2026-12-14' });
    expect(code(same)).toBe('BAD_USER_INPUT');
    expect(code(await t.as(NURSE, COPY, { unitId, from: '2026-12-07', to: '2026-12-21' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('deleteShiftPattern', () => {
  it('deactivates a shift in use and deletes an unused one', async () => {
    expect((await t.as(HEAD, DELETE, { id: shift.X })).data?.deleteShiftPattern).toBe(true);
    expect((await t.as(HEAD, DELETE, { id: shift.S })).data?.deleteShiftPattern).toBe(true);
    const list = await t.as(HEAD, PATTERNS, { unitId });
    expect(list.data?.shiftPatterns).toEqual([
      { code: 'P', active: true },
      { code: 'M', active: true },
      { code: 'S', active: false },
    ]);
    // an inactive shift cannot be set any more
    const res = await t.as(HEAD, SET, {
      unitId,
      cells: [{ employeeId: id[NURSE], date: '2026-12-22', shiftId: shift.S }],
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
  });
});

describe('importRoster', () => {
  const header = 'nip,date,shift';

  it('saves every row of a good CSV file', async () => {
    const csv = [
      header,
      `${NURSE},2026-12-21,M`,
      `${NURSE},2026-12-22,m`,
      `${NURSE},2026-12-23,L`,
      `${HEAD},2026-12-21,P`,
      `${HEAD},2026-12-27,libur`,
    ].join('\n');
    const res = await t.as(HEAD, IMPORT, { unitId, file: b64(csv), format: 'CSV' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importRoster).toMatchObject({ saved: 5, errors: 0 });
    expect(res.data?.importRoster.rows[1]).toEqual({
      row: 3,
      nip: NURSE,
      date: '2026-12-22',
      code: 'M',
      error: null,
    });
    const mine = await t.as(NURSE, MINE, { from: '2026-12-21', to: '2026-12-23' });
    expect(
      mine.data?.myRoster.map((c: { shift: { code: string } | null }) => c.shift?.code ?? 'L'),
    ).toEqual(['M', 'M', 'L']);
    const { n } = await t.one<{ n: string }>(
      `select count(*) as n from audit_event where action = 'roster.import'`,
    );
    expect(Number(n)).toBe(1);
  });

  it('saves nothing when a row is wrong, and tells what is wrong with each row', async () => {
    const before = await t.one('select count(*) as n from roster_cell');
    const csv = [
      header,
      `${NURSE},2026-12-28,M`,
      `${persona.staff},2026-12-28,M`,
      `${NURSE},2026-13-01,M`,
      `${NURSE},2026-12-29,Q`,
      `${NURSE},2026-12-28,P`,
      `${NURSE},2026-10-05,M`,
    ].join('\n');
    const res = await t.as(HEAD, IMPORT, { unitId, file: csv, format: 'CSV' });
    expect(res.errors).toBeUndefined();
    const result = res.data!.importRoster;
    expect(result.saved).toBe(0);
    expect(result.errors).toBe(5);
    expect(result.rows.map((r: { row: number; error: string | null }) => [r.row, r.error])).toEqual(
      [
        [2, null],
        [3, `NIP ${persona.staff} tidak dikenal atau bukan pegawai unit ini.`],
        [4, 'Tanggal "2026-13-01" tidak valid; gunakan format TTTT-BB-HH.'],
        [5, 'Kode shift "Q" tidak dikenal di unit ini (gunakan L untuk libur).'],
        [6, 'Pegawai dan tanggal ini sudah ada di baris 2.'],
        [7, 'Periode 2026-10 sudah ditutup; jadwal dinasnya tidak dapat diubah.'],
      ],
    );
    const en = await t.as(HEAD, IMPORT, { unitId, file: csv, format: 'CSV' }, { lang: 'en' });
    expect(en.data?.importRoster.rows[3].error).toBe(
      'The shift code "Q" is unknown in this unit (use L for a day off).',
    );
    expect(await t.one('select count(*) as n from roster_cell')).toEqual(before);
  });

  it('reads an XLSX workbook, and refuses a file without the columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Jadwal');
    sheet.addRow(['NIP', 'Date', 'Shift']);
    sheet.addRow([NURSE, '2026-12-30', 'M']);
    sheet.addRow([NURSE, '2026-12-31', 'OFF']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const res = await t.as(HEAD, IMPORT, { unitId, file, format: 'XLSX' });
    expect(res.data?.importRoster).toMatchObject({ saved: 2, errors: 0 });
    const mine = await t.as(NURSE, MINE, { from: '2026-12-30', to: '2026-12-31' });
    expect(mine.data?.myRoster).toEqual([
      { date: '2026-12-30', dayOff: false, shift: { code: 'M' } },
      { date: '2026-12-31', dayOff: true, shift: null },
    ]);
    const noColumns = await t.as(HEAD, IMPORT, { unitId, file: 'nip,tanggal\n1,2', format: 'CSV' });
    expect(code(noColumns)).toBe('BAD_USER_INPUT');
    expect(noColumns.errors?.[0]?.message).toBe(
      'Kolom wajib tidak ada di baris judul: date, shift.',
    );
    expect(
      code(await t.as(NURSE, IMPORT, { unitId, file: 'nip,date,shift\n', format: 'CSV' })),
    ).toBe('FORBIDDEN');
  });
});
