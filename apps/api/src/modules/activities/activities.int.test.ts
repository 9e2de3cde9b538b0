/**
 * Daily activities as the demo city's staff member logs them, on a fixed clock: Friday
 * 20 November 2026, 10:00 in Jakarta.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

const NOW = '2026-11-20T10:00:00+07:00';
let t: TestApp;
let item: Record<'general' | 'evidence' | 'teacher' | 'proposed', string>;
let ids: Record<'staff' | 'sectionHead', string>;

const LOG = `mutation($input: ActivityInput!) { logActivity(input: $input) {
  id date startTime endTime quantity creditedMinutes status item { name } employee { nip } } }`;
const input = (extra: Record<string, unknown> = {}) => ({
  date: '2026-11-19',
  startTime: '08:00',
  endTime: '09:30',
  itemId: item.general,
  quantity: 2,
  description: 'Rapat koordinasi aplikasi',
  ...extra,
});

async function addItem(code: string, extra: string, values: string) {
  const { id } = await t.one<{ id: string }>(
    `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status ${extra})
     select id, gen_random_uuid(), ?, ?, 'kegiatan', 60, 'MAIN', ? ${values} from agency returning id`,
    [code, `Butir ${code}`, code === 'proposed' ? 'PROPOSED' : 'PUBLISHED'],
  );
  return id;
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  item = {
    general: await addItem('general', '', ''),
    evidence: await addItem('evidence', ', requires_evidence', ', true'),
    teacher: await addItem(
      'teacher',
      ', scope_position_kinds, scope_unit_ids',
      `, '{FUNCTIONAL}', array(select id from org_unit where kind = 'SCHOOL')`,
    ),
    proposed: await addItem('proposed', '', ''),
  };
  ids = { staff: await t.idOf(persona.staff), sectionHead: await t.idOf(persona.sectionHead) };
});
afterAll(() => t?.close());

const code = (res: { errors?: { extensions: { code: string } }[] }) =>
  res.errors?.[0]?.extensions.code;
const countEntries = async () =>
  Number((await t.one<{ n: string }>('select count(*) as n from activity_entry')).n);

describe('logActivity', () => {
  it('drafts an entry crediting standard minutes × quantity, capped at end − start, and audits it', async () => {
    const res = await t.as(persona.staff, LOG, { input: input() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.logActivity).toMatchObject({
      date: '2026-11-19',
      startTime: '08:00',
      endTime: '09:30',
      quantity: 2,
      creditedMinutes: 90,
      status: 'DRAFT',
      employee: { nip: persona.staff },
    });
    const audit = await t.one(
      `select data from audit_event where action = 'activity.create' and entity_id = ?`,
      [res.data?.logActivity.id],
    );
    expect(audit.data.after).toMatchObject({ creditedMinutes: 90, startTime: '08:00' });
  });

  it('refuses an overlap with CONFLICT naming the other entry, and writes nothing', async () => {
    const before = await countEntries();
    const res = await t.as(persona.staff, LOG, {
      input: input({ startTime: '09:00', endTime: '10:00', quantity: 1 }),
    });
    expect(code(res)).toBe('CONFLICT');
    expect(res.errors?.[0]?.message).toBe(
      'Waktu aktivitas bertabrakan dengan aktivitas lain pukul 08:00–09:30 (Butir general).',
    );
    expect(await countEntries()).toBe(before);
    // Touching is not overlapping.
    const next = await t.as(persona.staff, LOG, {
      input: input({ startTime: '09:30', endTime: '10:00', quantity: 1 }),
    });
    expect(next.errors).toBeUndefined();
  });

  it.each([
    ['tomorrow', { date: '2026-11-21' }, 'BAD_USER_INPUT', /belum terjadi/],
    [
      'later today',
      { date: '2026-11-20', startTime: '09:45', endTime: '10:15' },
      'BAD_USER_INPUT',
      /belum terjadi/,
    ],
    [
      'past the backdating limit',
      { date: '2026-11-14' },
      'BAD_USER_INPUT',
      /batas pencatatan \(5 hari/,
    ],
    [
      'end before start',
      { startTime: '11:00', endTime: '10:00' },
      'BAD_USER_INPUT',
      /setelah jam mulai/,
    ],
    ['a malformed time', { startTime: '7.30' }, 'BAD_USER_INPUT', /JJ:mm/],
    ['quantity 0', { quantity: 0 }, 'BAD_USER_INPUT', /quantity minimal 1/],
    ['an item for teachers', { itemId: '' }, 'BAD_USER_INPUT', /tidak berlaku untuk jabatan Anda/],
    ['an unpublished item', { itemId: 'proposed' }, 'BAD_USER_INPUT', /belum diterbitkan/],
    [
      'an item requiring evidence, without any',
      { itemId: 'evidence' },
      'BAD_USER_INPUT',
      /wajib dilengkapi bukti dukung/,
    ],
  ])('refuses %s', async (_, extra, expected, message) => {
    const resolved = { ...extra } as Record<string, unknown>;
    if (resolved.itemId === '') resolved.itemId = item.teacher;
    if (resolved.itemId === 'proposed') resolved.itemId = item.proposed;
    if (resolved.itemId === 'evidence') resolved.itemId = item.evidence;
    const before = await countEntries();
    const res = await t.as(persona.staff, LOG, {
      input: input({ startTime: '13:00', endTime: '14:00', ...resolved }),
    });
    expect(code(res)).toBe(expected);
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(await countEntries()).toBe(before);
  });

  it('answers in English when asked', async () => {
    const res = await t.as(
      persona.staff,
      LOG,
      { input: input({ date: '2026-11-21' }) },
      { lang: 'en' },
    );
    expect(res.errors?.[0]?.message).toBe(
      'An activity cannot be logged for a time that has not happened yet.',
    );
  });

  it('accepts the last day of the backdating limit', async () => {
    const res = await t.as(persona.staff, LOG, {
      input: input({ date: '2026-11-15', quantity: 1 }),
    });
    expect(res.errors).toBeUndefined();
  });

  it('takes evidence the employee uploaded, and refuses someone else’s', async () => {
    const mine = await t.one<{ id: string }>(
      `insert into evidence (agency_id, id, owner_id, kind, mime_type, size_bytes, sha256, storage_key)
       select agency_id, gen_random_uuid(), id, 'IMAGE', 'image/jpeg', 10, 'abc', 'k1' from employee where nip = ? returning id`,
      [persona.staff],
    );
    const theirs = await t.one<{ id: string }>(
      `insert into evidence (agency_id, id, owner_id, kind, mime_type, size_bytes, sha256, storage_key)
       select agency_id, gen_random_uuid(), id, 'IMAGE', 'image/jpeg', 10, 'def', 'k2' from employee where nip = ? returning id`,
      [persona.sectionHead],
    );
    const other = await t.as(persona.staff, LOG, {
      input: input({
        itemId: item.evidence,
        startTime: '14:00',
        endTime: '15:00',
        evidenceIds: [theirs.id],
      }),
    });
    expect(code(other)).toBe('BAD_USER_INPUT');
    const ok = await t.as(persona.staff, LOG, {
      input: input({
        itemId: item.evidence,
        startTime: '14:00',
        endTime: '15:00',
        evidenceIds: [mine.id],
      }),
    });
    expect(ok.errors).toBeUndefined();
    const links = await t.sql('select * from activity_entry_evidence where entry_id = ?', [
      ok.data?.logActivity.id,
    ]);
    expect(links).toHaveLength(1);
  });

  it('refuses entries in a closed period with CONFLICT', async () => {
    await t.sql(
      `insert into period (agency_id, id, month, closed) select id, gen_random_uuid(), '2026-11', true from agency`,
    );
    try {
      const res = await t.as(persona.staff, LOG, {
        input: input({ date: '2026-11-18', startTime: '15:00', endTime: '16:00' }),
      });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toMatch(/Periode 2026-11 sudah ditutup/);
    } finally {
      await t.sql(`delete from period`);
    }
  });

  it('refuses last month’s entries after the entry deadline (the 3rd)', async () => {
    const december = await createTestApp({ now: '2026-12-04T09:00:00+07:00' });
    try {
      const { id } = await december.one<{ id: string }>(
        `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
         select id, gen_random_uuid(), 'g', 'Umum', 'kegiatan', 60, 'MAIN', 'PUBLISHED' from agency returning id`,
      );
      const late = await december.as(persona.staff, LOG, {
        input: input({ date: '2026-11-30', itemId: id }),
      });
      expect(late.errors?.[0]?.message).toBe(
        'Pencatatan aktivitas bulan 2026-11 sudah ditutup sejak tanggal 2026-12-03.',
      );
    } finally {
      await december.close();
    }
  });
});

describe('logActivity from the offline queue (client id)', () => {
  const CLIENT = '4f6d1c2a-8b1e-4c3d-9a7f-0e2b5c6d7e8f';
  const queued = () =>
    input({
      date: '2026-11-16',

      startTime: '13:00',
      endTime: '14:00',
      quantity: 1,
      clientId: CLIENT,
    });

  it('logs an entry once, however often the device sends it (also at the same time)', async () => {
    const before = await countEntries();
    const [a, b] = await Promise.all([
      t.as(persona.staff, LOG, { input: queued() }),
      t.as(persona.staff, LOG, { input: queued() }),
    ]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(b.data!.logActivity.id).toBe(a.data!.logActivity.id);
    const again = await t.as(persona.staff, LOG, { input: queued() });
    expect(again.data!.logActivity).toMatchObject({
      id: a.data!.logActivity.id,
      startTime: '13:00',
    });
    expect(await countEntries()).toBe(before + 1);
    const stored = await t.one<{ client_id: string }>(
      'select client_id from activity_entry where id = ?',
      [a.data!.logActivity.id],
    );
    expect(stored.client_id).toBe(CLIENT);
  });

  it('keeps client ids per employee, and refuses one that is not a UUID', async () => {
    const other = await t.as(persona.sectionHead, LOG, { input: queued() });
    expect(other.errors).toBeUndefined();
    expect(other.data!.logActivity.employee.nip).toBe(persona.sectionHead);
    const bad = await t.as(persona.staff, LOG, { input: { ...queued(), clientId: 'abc' } });
    expect(code(bad)).toBe('BAD_USER_INPUT');
  });
});

describe('editing, deleting and submitting', () => {
  const UPDATE = `mutation($id: ID!, $input: ActivityInput!) { updateActivity(id: $id, input: $input) { id startTime creditedMinutes status } }`;
  const DELETE = `mutation($id: ID!) { deleteActivity(id: $id) }`;
  const SUBMIT = `mutation($date: LocalDate!) { submitDay(date: $date) { id status submittedAt } }`;

  it('edits a draft, then refuses once submitted, and allows it again when returned', async () => {
    const logged = await t.as(persona.staff, LOG, {
      input: input({ date: '2026-11-17', quantity: 1 }),
    });
    const id = logged.data?.logActivity.id;
    const edited = await t.as(persona.staff, UPDATE, {
      id,
      input: input({ date: '2026-11-17', startTime: '08:30', quantity: 1 }),
    });
    expect(edited.data?.updateActivity).toMatchObject({ startTime: '08:30', creditedMinutes: 60 });

    const submitted = await t.as(persona.staff, SUBMIT, { date: '2026-11-17' });
    expect(submitted.data?.submitDay).toEqual([
      expect.objectContaining({ id, status: 'SUBMITTED' }),
    ]);
    expect(
      code(await t.as(persona.staff, UPDATE, { id, input: input({ date: '2026-11-17' }) })),
    ).toBe('CONFLICT');
    expect(code(await t.as(persona.staff, DELETE, { id }))).toBe('CONFLICT');

    await t.sql(
      `update activity_entry set status = 'RETURNED', decision_note = 'Lengkapi uraian' where id = ?`,
      [id],
    );
    const fixed = await t.as(persona.staff, UPDATE, {
      id,
      input: input({ date: '2026-11-17', description: 'Uraian lengkap', quantity: 1 }),
    });
    expect(fixed.data?.updateActivity.status).toBe('RETURNED');
    const resubmitted = await t.as(persona.staff, SUBMIT, { date: '2026-11-17' });
    expect(resubmitted.data?.submitDay[0].status).toBe('SUBMITTED');
    const audit = await t.sql(`select action from audit_event where entity_id = ? order by at`, [
      id,
    ]);
    expect(audit.map((a) => a.action)).toEqual([
      'activity.create',
      'activity.update',
      'activity.submit',
      'activity.update',
      'activity.submit',
    ]);
  });

  it('refuses changes to someone else’s entry', async () => {
    const logged = await t.as(persona.staff, LOG, {
      input: input({ date: '2026-11-16', quantity: 1 }),
    });
    const id = logged.data?.logActivity.id;
    expect(code(await t.as(persona.sectionHead, DELETE, { id }))).toBe('FORBIDDEN');
    expect(
      code(await t.as(persona.sectionHead, UPDATE, { id, input: input({ date: '2026-11-16' }) })),
    ).toBe('FORBIDDEN');
    expect(code(await t.as(persona.staff, DELETE, { id }))).toBeUndefined();
    expect(code(await t.as(persona.staff, DELETE, { id }))).toBe('NOT_FOUND');
  });

  it('says when there is nothing to submit', async () => {
    const res = await t.as(persona.staff, SUBMIT, { date: '2026-11-13' }, { lang: 'en' });
    expect(code(res)).toBe('BAD_USER_INPUT');
  });

  it('approves the top of the hierarchy at once when the policy says so', async () => {
    const { nip: mayor } = await t.one<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id where p.parent_id is null`,
    );
    await t.sql(
      `insert into performance_policy (agency_id, id, effective_from, auto_approve_top)
       select id, gen_random_uuid(), '2026-11-01', true from agency
       on conflict (agency_id, effective_from) do update set auto_approve_top = true`,
    );
    try {
      await t.as(mayor, LOG, {
        input: input({ date: '2026-11-19', startTime: '07:00', endTime: '08:00', quantity: 1 }),
      });
      const res = await t.as(
        mayor,
        `mutation { submitDay(date: "2026-11-19") { status decisionSource } }`,
      );
      expect(res.data?.submitDay).toEqual([{ status: 'APPROVED', decisionSource: 'AUTO' }]);
    } finally {
      await t.sql(`delete from performance_policy where effective_from = '2026-11-01'`);
    }
  });
});

describe('reading entries', () => {
  const ENTRIES = `query($id: ID!) { activityEntries(employeeId: $id, from: "2026-11-01", to: "2026-11-30") { id item { name code } employee { name } decidedBy { name } } }`;

  it('lets the staff member and their supervisors read them, nobody else', async () => {
    const mine = await t.as(
      persona.staff,
      '{ myEntries(from: "2026-11-01", to: "2026-11-30") { date startTime } }',
    );
    const dates = mine.data?.myEntries.map(
      (e: { date: string; startTime: string }) => `${e.date} ${e.startTime}`,
    );
    expect(dates).toEqual([...dates].sort());
    expect(
      (await t.as(persona.sectionHead, ENTRIES, { id: ids.staff })).data?.activityEntries.length,
    ).toBe(dates.length);
    expect((await t.as(persona.departmentHead, ENTRIES, { id: ids.staff })).errors).toBeUndefined();
    expect(code(await t.as(persona.staff, ENTRIES, { id: ids.sectionHead }))).toBe('FORBIDDEN');
  });

  it('refuses a reversed or too long range', async () => {
    expect(
      code(await t.as(persona.staff, '{ myEntries(from: "2026-11-30", to: "2026-11-01") { id } }')),
    ).toBe('BAD_USER_INPUT');
    expect(
      code(await t.as(persona.staff, '{ myEntries(from: "2026-01-01", to: "2026-11-01") { id } }')),
    ).toBe('BAD_USER_INPUT');
  });

  it('reads any number of entries in a constant number of statements', async () => {
    const Q =
      '{ myEntries(from: "2026-11-01", to: "2026-11-30") { id startTime item { name standardMinutes } employee { name unit { name } } decidedBy { name } evidence { url thumbnailUrl sha256 } } }';
    await t.tokenOf(persona.staff);
    const before = await t.countStatements(() => t.as(persona.staff, Q));
    await t.sql(
      `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity, credited_minutes, status)
       select e.agency_id, gen_random_uuid(), e.id, '2026-11-02'::date + (g % 20), '16:00', '16:30', ?, 1, 30, 'DRAFT'
         from employee e, generate_series(0, 19) g where e.nip = ?`,
      [item.general, persona.staff],
    );
    const after = await t.countStatements(() => t.as(persona.staff, Q));
    expect(after.count).toBe(before.count);
  });
});

describe('copying a day and the schedule', () => {
  it('copies a day as drafts, skipping what would overlap and saying why', async () => {
    await t.as(persona.sectionHead, LOG, {
      input: input({ date: '2026-11-18', startTime: '07:30', endTime: '08:30', quantity: 1 }),
    });
    await t.as(persona.sectionHead, LOG, {
      input: input({ date: '2026-11-18', startTime: '09:00', endTime: '10:00', quantity: 1 }),
    });
    await t.as(persona.sectionHead, LOG, {
      input: input({ date: '2026-11-19', startTime: '09:30', endTime: '10:30', quantity: 1 }),
    });
    const res = await t.as(
      persona.sectionHead,
      `mutation { copyDay(from: "2026-11-18", to: "2026-11-19") { created { startTime status } skipped { startTime reason } } }`,
    );
    expect(res.data?.copyDay).toEqual({
      created: [{ startTime: '07:30', status: 'DRAFT' }],
      skipped: [{ startTime: '09:00', reason: 'bertabrakan dengan aktivitas yang sudah ada' }],
    });
  });

  it('drafts the day from the recurring schedule on its weekdays only', async () => {
    const SAVE = `mutation($input: ScheduleInput!) { saveScheduleItem(input: $input) { id weekdays startTime item { name } } }`;
    const saved = await t.as(persona.sectionHead, SAVE, {
      input: {
        itemId: item.general,
        weekdays: [5, 1, 3],
        startTime: '13:00',
        endTime: '14:00',
        quantity: 1,
      },
    });
    expect(saved.data?.saveScheduleItem).toMatchObject({ weekdays: [1, 3, 5], startTime: '13:00' });
    const bad = await t.as(persona.sectionHead, SAVE, {
      input: {
        itemId: item.teacher,
        weekdays: [1],
        startTime: '13:00',
        endTime: '14:00',
        quantity: 1,
      },
    });
    expect(code(bad)).toBe('BAD_USER_INPUT');

    const friday = await t.as(
      persona.sectionHead,
      `mutation { applySchedule(date: "2026-11-20") { created { startTime } skipped { reason } } }`,
    );
    expect(friday.data?.applySchedule).toEqual({
      created: [],
      skipped: [{ reason: 'Aktivitas tidak boleh dicatat untuk waktu yang belum terjadi.' }],
    });
    const wednesday = await t.as(
      persona.sectionHead,
      `mutation { applySchedule(date: "2026-11-18") { created { startTime date } } }`,
    );
    expect(wednesday.data?.applySchedule.created).toEqual([
      { startTime: '13:00', date: '2026-11-18' },
    ]);
    const again = await t.as(
      persona.sectionHead,
      `mutation { applySchedule(date: "2026-11-18") { created { id } skipped { reason } } }`,
    );
    expect(again.data?.applySchedule).toEqual({
      created: [],
      skipped: [{ reason: 'bertabrakan dengan aktivitas yang sudah ada' }],
    });
    const tuesday = await t.as(
      persona.sectionHead,
      `mutation { applySchedule(date: "2026-11-17") { created { id } skipped { reason } } }`,
    );
    expect(tuesday.data?.applySchedule).toEqual({ created: [], skipped: [] });
    expect(
      code(
        await t.as(persona.staff, `mutation($id: ID!) { deleteScheduleItem(id: $id) }`, {
          id: saved.data?.saveScheduleItem.id,
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});
