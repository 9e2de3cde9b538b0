/**
 * `npm run bench`: the hierarchy queries on a synthetic city of province size, on a throw-away
 * embedded PostgreSQL, each beside a hand-written SQL baseline (a plain recursive walk without
 * vacancy and acting rules: the floor the real query can be compared with).
 *
 *   npm run bench -- --departments 60   (default 60 departments ≈ 19,600 employees)
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import { query } from '../common/sql.js';
import { ormConfig } from '../db/mikro-orm.config.js';
import { startEmbedded } from '../db/postgres.js';
import { Hierarchy } from '../modules/organisation/hierarchy.js';

const { values } = parseArgs({
  options: {
    departments: { type: 'string', default: '60' },
    repeat: { type: 'string', default: '15' },
  },
});
const DEPARTMENTS = Number(values.departments);
const REPEAT = Number(values.repeat);
const DATE = '2026-11-23';

const dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-bench-'));
const db = await startEmbedded({
  dataDir,
  port: 54400 + Math.floor(Math.random() * 500),
  database: 'bench',
  persistent: false,
});
const orm = await MikroORM.init(ormConfig({ url: db.url, poolMax: 2 }));
await orm.getMigrator().up();
const em = orm.em.fork();

// ── a synthetic agency: mayor → Sekda → departments → 5 divisions → 4 sections → 3 staff positions × 5 holders;
//    every 7th division head position vacant, every 11th of those with a Plt ───────────────────────────────
const t0 = performance.now();
await query(
  em,
  `with a as (insert into agency (id, code, name) values (gen_random_uuid(), 'bench', 'Bench') returning id)
   insert into org_unit (agency_id, id, code, name, kind) select id, gen_random_uuid(), 'root', 'Root', 'AGENCY' from a`,
);
await query(
  em,
  `do $$
   declare ag uuid := (select id from agency); root uuid := (select id from org_unit);
     mayor uuid := gen_random_uuid(); sekda uuid := gen_random_uuid(); n int := 0;
     d int; v int; s int; k int; du uuid; dp uuid; vu uuid; vp uuid; su uuid; sp uuid; xp uuid;
   begin
     insert into position values (ag, mayor, root, null, 'Wali Kota', 'STRUCTURAL', 17), (ag, sekda, root, mayor, 'Sekda', 'STRUCTURAL', 16);
     for d in 1..${DEPARTMENTS} loop
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
             xp := gen_random_uuid();
             insert into position values (ag, xp, su, sp, 'Staf', 'EXECUTOR', 6);
           end loop;
         end loop;
       end loop;
     end loop;
     -- one holder per structural position (but some division heads), five per staff position
     insert into employee (agency_id, id, nip, name, position_id)
       select ag, gen_random_uuid(), '1980010120050' || lpad((row_number() over ())::text, 5, '0'), 'Pejabat ' || p.id, p.id
         from position p where p.kind = 'STRUCTURAL' and not (p.name = 'Kepala Bidang' and abs(hashtext(p.id::text)) % 7 = 0);
     insert into employee (agency_id, id, nip, name, position_id)
       select ag, gen_random_uuid(), '1990010120150' || lpad((row_number() over ())::text, 5, '0'), 'Staf ' || g.holder || ' ' || p.id, p.id
         from position p, generate_series(1, 5) as g(holder) where p.kind = 'EXECUTOR';
     insert into acting_assignment (agency_id, id, employee_id, position_id, kind, start_date)
       select ag, gen_random_uuid(), (select e.id from employee e join position c on c.id = e.position_id where c.parent_id = p.id limit 1), p.id, 'PLT', '2026-01-01'
         from position p where p.name = 'Kepala Bidang' and abs(hashtext(p.id::text)) % 77 = 0
          and exists (select 1 from position c where c.parent_id = p.id);
   end $$`,
);
await query(em, 'analyze');
const [sizes] = await query<{ employees: string; positions: string; acting: string }>(
  em,
  `select (select count(*) from employee) as employees, (select count(*) from position) as positions,
          (select count(*) from acting_assignment) as acting`,
);
const [ag] = await query<{ id: string }>(em, 'select id from agency');
const h = new Hierarchy(em, ag!.id);
const pick = async (sql: string) => (await query<{ id: string }>(em, sql)).map((r) => r.id);
const [sekda] = await pick(
  `select e.id from employee e join position p on p.id = e.position_id where p.name = 'Sekda'`,
);
const [head] = await pick(
  `select e.id from employee e join position p on p.id = e.position_id where p.name = 'Kepala Dinas' limit 1`,
);
const sample = await pick('select id from employee order by md5(id::text) limit 1000');
console.log(
  `synthetic agency: ${sizes!.employees} employees, ${sizes!.positions} positions, ${sizes!.acting} acting, built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const s = performance.now();
    await fn();
    runs.push(performance.now() - s);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

const rows: [string, number, number | null][] = [];
const bench = async (name: string, fn: () => Promise<unknown>, baseline?: () => Promise<unknown>) =>
  rows.push([name, await time(fn), baseline ? await time(baseline) : null]);

await bench(
  'supervisorsOf(1,000 employees)',
  () => h.supervisorsOf(sample, DATE),
  () =>
    query(
      em,
      `select e.id, s.id from employee e join position p on p.id = e.position_id
                 left join employee s on s.position_id = p.parent_id where e.id = any($1::uuid[])`,
      [sample],
    ),
);
const plainSubtree = (root: string) => () =>
  query(
    em,
    `with recursive t(id) as (
       select p.id from position p join employee e on e.position_id = p.parent_id where e.id = $1
       union all select c.id from position c join t on c.parent_id = t.id)
     select e.id, e.name, count(*) over () from t join employee e on e.position_id = t.id order by e.name limit 51`,
    [root],
  );
await bench(
  'subtree page of a department head (first 50 + total)',
  () => h.subtreePage(head!, DATE, { depth: null, first: 50, after: null }),
  plainSubtree(head!),
);
await bench(
  'subtree page of Sekda (whole agency, first 50 + total)',
  () => h.subtreePage(sekda!, DATE, { depth: null, first: 50, after: null }),
  plainSubtree(sekda!),
);
await bench('direct reports of a department head (depth 1)', () =>
  h.subtreePage(head!, DATE, { depth: 1, first: 50, after: null }),
);
await bench('directReportCounts(200 people)', () =>
  h.directReportCounts(sample.slice(0, 200), DATE),
);
await bench('relations(department head → 200 targets)', () =>
  h.relations(head!, sample.slice(0, 200), DATE, null),
);
await bench('supervisorChain(a staff member)', () => h.supervisorChain(sample[0]!, DATE));

console.log(
  `median of ${REPEAT} runs, ms`.padEnd(58) + 'query'.padStart(10) + 'baseline'.padStart(10),
);
for (const [name, ms, base] of rows) {
  console.log(
    name.padEnd(58) +
      ms.toFixed(2).padStart(10) +
      (base === null ? '—' : base.toFixed(2)).padStart(10),
  );
}

await orm.close(true);
await db.stop();
await rm(dataDir, { recursive: true, force: true });
