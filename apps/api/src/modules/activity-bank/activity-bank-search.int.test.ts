/**
 * Finding activity items on the demo bank the way employees type: words in any order, prefixes,
 * typos and abbreviations; favourites and recent items first; only what applies to the caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

let t: TestApp;
let teacher: string;
let nurse: string;
let treasurer: string;

const nipWhere = async (where: string) =>
  (
    await t.one<{ nip: string }>(
      `select e.nip from employee e join position p on p.id = e.position_id
        join org_unit u on u.id = p.unit_id where ${where} order by e.nip limit 1`,
    )
  ).nip;

beforeAll(async () => {
  t = await createTestApp({ now: '2026-11-20T10:00:00+07:00' });
  teacher = await nipWhere(`p.name like 'Guru%' and u.kind = 'SCHOOL'`);
  nurse = await nipWhere(`p.name like 'Perawat%' and u.kind = 'CLINIC'`);
  treasurer = await nipWhere(`p.name = 'Bendahara' and u.code = 'DISKOMINFO.01.02'`);
});
afterAll(() => t?.close());

const SEARCH = `query($search: String, $category: ActivityCategory, $first: Int, $after: String) {
  activityItems(search: $search, category: $category, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id code name isFavourite } }
  } }`;

interface Page {
  activityItems: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; code: string; name: string; isFavourite: boolean } }[];
  };
}

async function names(nip: string, search: string | null, first = 10): Promise<string[]> {
  const res = await t.as<Page>(nip, SEARCH, { search, first });
  expect(res.errors).toBeUndefined();
  return res.data!.activityItems.edges.map((e) => e.node.name);
}

describe('search in the employee’s own words', () => {
  it.each([
    ['teacher', 'susun soal ulangan', 'Menyusun soal ulangan harian'],
    ['teacher', 'ulangan soal susun', 'Menyusun soal ulangan harian'],
    ['teacher', 'asesmen diagnostik', 'Melaksanakan asesmen diagnostik'],
    ['teacher', 'rpp', 'Menyusun rencana pelaksanaan pembelajaran'],
    ['teacher', 'lkpd', 'Menyusun lembar kerja peserta didik'],
    ['staff', 'rapat koordinasi', 'Mengikuti rapat koordinasi'],
    ['staff', 'rakor', 'Mengikuti rapat koordinasi'],
    ['staff', 'rapat kordinasi', 'Mengikuti rapat koordinasi'],
    ['staff', 'bimtek', 'Mengikuti bimbingan teknis'],
    ['staff', 'monev', 'Melaksanakan monitoring dan evaluasi program'],
    ['treasurer', 'lapor keu', 'Menyusun laporan keuangan bulanan'],
    ['treasurer', 'spj', 'Menyusun surat pertanggungjawaban'],
    ['nurse', 'askep', 'Memberikan asuhan keperawatan'],
    ['nurse', 'posyandu balita', 'Melaksanakan posyandu balita'],
    ['nurse', 'asuhan keperawtan', 'Memberikan asuhan keperawatan'],
  ])('%s: "%s" finds "%s" at the top', async (who, search, expected) => {
    const nip = { teacher, nurse, treasurer, staff: persona.staff }[who]!;
    const found = await names(nip, search, 3);
    expect(found.slice(0, 2), JSON.stringify(found)).toContain(expected);
  });

  it('puts the best match first for the required examples', async () => {
    expect((await names(teacher, 'susun soal ulangan'))[0]).toBe('Menyusun soal ulangan harian');
    expect((await names(teacher, 'asesmen diagnostik'))[0]).toBe('Melaksanakan asesmen diagnostik');
    for (const q of ['rapat koordinasi', 'rakor', 'rapat kordinasi'])
      expect((await names(persona.staff, q))[0], q).toBe('Mengikuti rapat koordinasi');
  });

  it('finds nothing for words that are not there', async () => {
    expect(await names(persona.staff, 'zzzqqq xylofon')).toEqual([]);
  });
});

describe('what applies to whom', () => {
  const all = async (nip: string) => {
    const res = await t.as<Page>(nip, SEARCH, { first: 200 });
    expect(res.errors).toBeUndefined();
    return res.data!.activityItems.edges.map((e) => e.node.code);
  };

  it('shows a teacher the teacher items, and the Kominfo staff the IT items but not the teacher’s', async () => {
    const t1 = await all(teacher);
    expect(t1).toContain('GURU.001');
    expect(t1).toContain('UMUM.001');
    expect(t1.some((c) => c.startsWith('TIK.'))).toBe(false);
    expect(t1.some((c) => c.startsWith('STR.'))).toBe(false);

    const s = await all(persona.staff);
    expect(s.some((c) => c.startsWith('TIK.'))).toBe(true);
    expect(s.some((c) => c.startsWith('GURU.'))).toBe(false);
    expect(s.some((c) => c.startsWith('KES.'))).toBe(false);
    expect(s.some((c) => c.startsWith('STR.'))).toBe(false);
    expect(await names(persona.staff, 'soal ulangan')).not.toContain(
      'Menyusun soal ulangan harian',
    );
  });

  it('shows structural items to heads of units', async () => {
    expect(await all(persona.sectionHead)).toContain('STR.005');
    expect((await names(persona.sectionHead, 'verifikasi aktivitas bawahan'))[0]).toBe(
      'Memverifikasi aktivitas harian bawahan',
    );
  });

  it('filters by category', async () => {
    const res = await t.as<Page>(persona.staff, SEARCH, { category: 'ADDITIONAL', first: 200 });
    const codes = res.data!.activityItems.edges.map((e) => e.node.code);
    expect(codes).toContain('UMUM.003');
    expect(codes).not.toContain('UMUM.001');
  });
});

describe('favourites and recent items first', () => {
  it('orders favourites, then items logged in the last 60 days, then by name; pages with cursors', async () => {
    const staffId = await t.idOf(persona.staff);
    const item = async (code: string) =>
      (await t.one<{ id: string }>('select id from activity_item where code = ?', [code])).id;
    const favourite = await item('UMUM.037'); // Melaksanakan tugas lain dari pimpinan
    const recent = await item('UMUM.032'); // Melaksanakan kerja bakti lingkungan kantor
    const old = await item('UMUM.031'); // Mengikuti senam kesegaran jasmani

    const set = await t.as(
      persona.staff,
      'mutation($id: ID!) { setFavouriteItem(itemId: $id, favourite: true) { id isFavourite } }',
      { id: favourite },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setFavouriteItem.isFavourite).toBe(true);
    const entry = (id: string, date: string) =>
      t.sql(
        `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity, credited_minutes)
         select agency_id, gen_random_uuid(), id, ?::date, '08:00', '09:00', ?, 1, 60 from employee where id = ?`,
        [date, id, staffId],
      );
    await entry(recent, '2026-11-10');
    await entry(old, '2026-08-01');

    const first = await t.as<Page>(persona.staff, SEARCH, { first: 3 });
    const page = first.data!.activityItems;
    expect(page.edges.map((e) => e.node.id).slice(0, 2)).toEqual([favourite, recent]);
    expect(page.edges[0]!.node.isFavourite).toBe(true);
    expect(page.edges[1]!.node.isFavourite).toBe(false);
    expect(page.pageInfo.hasNextPage).toBe(true);

    // The rest is by name, and the next page continues where the first ended.
    const next = await t.as<Page>(persona.staff, SEARCH, {
      first: 200,
      after: page.pageInfo.endCursor,
    });
    const rest = next.data!.activityItems.edges.map((e) => e.node.name);
    expect(rest).toEqual([...rest].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(rest).not.toContain(page.edges[2]!.node.name);
    expect(rest.length + 3).toBe(page.totalCount);
    expect(next.data!.activityItems.pageInfo.hasNextPage).toBe(false);

    // With a query, the favourite and recent items that match come first.
    const found = await names(persona.staff, 'melaksanakan', 3);
    expect(found.slice(0, 2)).toEqual([
      'Melaksanakan tugas lain dari pimpinan',
      'Melaksanakan kerja bakti lingkungan kantor',
    ]);

    const unset = await t.as(
      persona.staff,
      'mutation($id: ID!) { setFavouriteItem(itemId: $id, favourite: false) { isFavourite } }',
      { id: favourite },
    );
    expect(unset.data?.setFavouriteItem.isFavourite).toBe(false);
  });

  it('refuses to favourite an item that does not apply, and a bad cursor', async () => {
    const { id } = await t.one<{ id: string }>(
      `select id from activity_item where code = 'GURU.001'`,
    );
    const res = await t.as(
      persona.staff,
      'mutation($id: ID!) { setFavouriteItem(itemId: $id, favourite: true) { id } }',
      { id },
    );
    expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const bad = await t.as(persona.staff, SEARCH, { after: 'nonsense' });
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('N+1 guard', () => {
  const LIST = `query($first: Int) { activityItems(first: $first) { totalCount edges { node {
    id code name description outputUnit standardMinutes category keywords requiresEvidence status
    rejectionReason general isFavourite scopePositionKinds scopePositionIds scopeUnitIds
    scopePositions { name } scopeUnits { name code } proposedBy { name }
  } } } }`;

  it('costs the same for 5 and for 50 items with every field', async () => {
    await t.tokenOf(persona.agencyAdmin);
    // One item scoped to a position (a favourite, so on both pages): position lookups happen too.
    await t.sql(
      `update activity_item set scope_position_ids = array[(select position_id from employee where nip = ?)]
        where code = 'SDM.001'`,
      [persona.agencyAdmin],
    );
    await t.sql(
      `insert into activity_favourite (agency_id, employee_id, item_id)
       select e.agency_id, e.id, i.id from employee e join activity_item i on i.code = 'SDM.001' where e.nip = ?`,
      [persona.agencyAdmin],
    );
    const run = (first: number) =>
      t.countStatements(async () => {
        const res = await t.as(persona.agencyAdmin, LIST, { first });
        expect(res.errors).toBeUndefined();
        expect(res.data?.activityItems.edges).toHaveLength(first);
      });
    const small = await run(5);
    const large = await run(50);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(8);
  });
});
