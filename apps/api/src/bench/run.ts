/**
 * `npm run bench [-- --case hierarchy|verification|checkins|province|all]`: measured on a throw-away embedded
 * PostgreSQL, each figure beside the same work as one hand-written SQL statement (through
 * node-postgres, or MikroORM's connection for the hierarchy walks) — the floor to compare with.
 *
 *   hierarchy     supervisor resolution and subtree reads on ~20,000 employees (--departments 60)
 *   verification  100,000 employees' entries (2 million), a supervisor with 5,000 pending:
 *                 the queue's first page and a 5,000-entry bulk approve
 *   checkins      the morning peak: ~5,500 employees each checking in once through the real
 *                 server (autocannon, 50 connections), requests/s and latency percentiles
 *   province      100,000 employees in 307 departments with a month of entries (2 million) and
 *                 attendance (2.1 million): departmentPerformance and the per-employee TPP recap
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Viewer } from '../common/auth/viewer.js';
import { query } from '../common/sql.js';
import { ViewerScope } from '../context.js';
import { ormConfig } from '../db/mikro-orm.config.js';
import { startEmbedded } from '../db/postgres.js';
import { Hierarchy } from '../modules/organisation/hierarchy.js';
import { Role } from '../modules/organisation/organisation.enums.js';
import { VerificationDecision } from '../modules/verification/verification.enums.js';
import { VerificationService } from '../modules/verification/verification.service.js';
import { checkinsCase } from './checkins.js';
import { provinceCase } from './province.js';
import { bigTeam, buildAgency, entries } from './synthetic.js';

const { values } = parseArgs({
  options: {
    case: { type: 'string', default: 'all' },
    repeat: { type: 'string', default: '9' },
  },
});
const REPEAT = Number(values.repeat);
const DATE = '2026-11-23';

type Row = [name: string, ms: number, baseline: number | null];

async function time(fn: () => Promise<unknown>, repeat = REPEAT): Promise<number> {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const s = performance.now();
    await fn();
    runs.push(performance.now() - s);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

function print(title: string, rows: Row[]) {
  console.log(
    `\n${title}\n${'median ms'.padEnd(62)}${'query'.padStart(10)}${'baseline'.padStart(10)}`,
  );
  for (const [name, ms, base] of rows) {
    console.log(
      name.padEnd(62) +
        ms.toFixed(1).padStart(10) +
        (base === null ? '—' : base.toFixed(1)).padStart(10),
    );
  }
}

/** A fresh cluster and database for one case. */
async function withDatabase(fn: (orm: MikroORM, url: string) => Promise<void>) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-bench-'));
  const db = await startEmbedded({
    dataDir,
    port: 54400 + Math.floor(Math.random() * 500),
    database: 'bench',
    persistent: false,
  });
  const orm = await MikroORM.init(ormConfig({ url: db.url, poolMax: 2 }));
  try {
    await orm.getMigrator().up();
    await fn(orm, db.url);
  } finally {
    await orm.close(true);
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

const pick = async (orm: MikroORM, sql: string, params: unknown[] = []) =>
  (await query<{ id: string }>(orm.em.fork(), sql, params)).map((r) => r.id);

async function hierarchyCase() {
  await withDatabase(async (orm) => {
    const em = orm.em.fork();
    const t0 = performance.now();
    const agencyId = await buildAgency(em, { departments: 60, holdersPerStaffPosition: 5 });
    await query(em, 'analyze');
    const [n] = await query<{ employees: string; positions: string }>(
      em,
      'select (select count(*) from employee) as employees, (select count(*) from position) as positions',
    );
    const h = new Hierarchy(em, agencyId);
    const [sekda] = await pick(
      orm,
      `select e.id from employee e join position p on p.id = e.position_id where p.name = 'Sekda'`,
    );
    const [head] = await pick(
      orm,
      `select e.id from employee e join position p on p.id = e.position_id where p.name = 'Kepala Dinas' limit 1`,
    );
    const sample = await pick(orm, 'select id from employee order by md5(id::text) limit 1000');
    const plainSubtree = (root: string) => () =>
      query(
        em,
        `with recursive t(id) as (
           select p.id from position p join employee e on e.position_id = p.parent_id where e.id = $1
           union all select c.id from position c join t on c.parent_id = t.id)
         select e.id, e.name, count(*) over () from t join employee e on e.position_id = t.id order by e.name limit 51`,
        [root],
      );
    const rows: Row[] = [
      [
        'supervisorsOf(1,000 employees)',
        await time(() => h.supervisorsOf(sample, DATE)),
        await time(() =>
          query(
            em,
            `select e.id, s.id from employee e join position p on p.id = e.position_id
                     left join employee s on s.position_id = p.parent_id where e.id = any($1::uuid[])`,
            [sample],
          ),
        ),
      ],
      [
        'subtree page of a department head (first 50 + total)',
        await time(() => h.subtreePage(head!, DATE, { depth: null, first: 50, after: null })),
        await time(plainSubtree(head!)),
      ],
      [
        'subtree page of Sekda (whole agency, first 50 + total)',
        await time(() => h.subtreePage(sekda!, DATE, { depth: null, first: 50, after: null })),
        await time(plainSubtree(sekda!)),
      ],
      [
        'direct reports of a department head (depth 1)',
        await time(() => h.subtreePage(head!, DATE, { depth: 1, first: 50, after: null })),
        null,
      ],
      [
        'directReportCounts(200 people)',
        await time(() => h.directReportCounts(sample.slice(0, 200), DATE)),
        null,
      ],
      [
        'relations(department head → 200 targets)',
        await time(() => h.relations(head!, sample.slice(0, 200), DATE, null)),
        null,
      ],
      [
        'supervisorChain(a staff member)',
        await time(() => h.supervisorChain(sample[0]!, DATE)),
        null,
      ],
    ];
    print(
      `hierarchy: ${n!.employees} employees, ${n!.positions} positions (built in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
      rows,
    );
  });
}

async function verificationCase() {
  await withDatabase(async (orm, url) => {
    const em = orm.em.fork();
    let t0 = performance.now();
    const agencyId = await buildAgency(em, { departments: 307, holdersPerStaffPosition: 5 });
    const headId = await bigTeam(em, agencyId, 250);
    const [headPos] = await pick(orm, 'select position_id as id from employee where id = $1', [
      headId,
    ]);
    const orgSeconds = (performance.now() - t0) / 1000;
    t0 = performance.now();
    await entries(em, agencyId, 20, headPos!);
    await query(em, 'analyze');
    const entrySeconds = (performance.now() - t0) / 1000;
    const [n] = await query<{ employees: string; entries: string; pending: string }>(
      em,
      `select (select count(*) from employee) as employees, (select count(*) from activity_entry) as entries,
              (select count(*) from activity_entry where status = 'SUBMITTED') as pending`,
    );

    const viewer: Viewer = {
      employeeId: headId,
      agencyId,
      timeZone: 'Asia/Jakarta',
      roles: new Set([Role.EMPLOYEE]),
      adminUnitId: null,
      sessionId: 'bench',
    };
    const now = () => new Date('2026-12-28T03:00:00Z');
    const service = (e = orm.em.fork()) => {
      const scope = new ViewerScope(e, viewer, 'bench', now);
      return new VerificationService(
        e,
        viewer,
        scope.today,
        now,
        scope.loaders,
        scope.access,
        'bench',
      );
    };
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const firstPage = () => service().queue({}, 50, null);
    const firstPageSql = () =>
      client.query(
        `select e.id, e.date, e.start_time, e.credited_minutes, x.name
           from activity_entry e
           join employee x on x.agency_id = e.agency_id and x.id = e.employee_id
           join position p on p.agency_id = x.agency_id and p.id = x.position_id
          where e.agency_id = $1 and e.status = 'SUBMITTED' and p.parent_id = $2
          order by x.name, e.date, e.start_time limit 50`,
        [agencyId, headPos],
      );
    const pendingIds = await pick(orm, `select id from activity_entry where status = 'SUBMITTED'`);
    const reset = () =>
      client.query(
        `update activity_entry set status = 'SUBMITTED', decided_by = null, decided_at = null, decision_source = null
                     where agency_id = $1 and id = any($2::uuid[])`,
        [agencyId, pendingIds],
      );
    const approveRuns: number[] = [];
    const baselineRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      let s = performance.now();
      const result = await service().verify(
        { entryIds: pendingIds, decision: VerificationDecision.APPROVE, note: null },
        'id',
      );
      approveRuns.push(performance.now() - s);
      if (result.applied !== pendingIds.length)
        throw new Error(`approved ${result.applied} of ${pendingIds.length}`);
      await reset();
      s = performance.now();
      await client.query(
        `update activity_entry set status = 'APPROVED', decided_by = $2, decided_at = now(), decision_source = 'SUPERVISOR'
          where agency_id = $1 and id = any($3::uuid[]) and status = 'SUBMITTED'`,
        [agencyId, headId, pendingIds],
      );
      baselineRuns.push(performance.now() - s);
      await reset();
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const rows: Row[] = [
      [
        'verification queue, first page of 50 (5,000 pending)',
        await time(firstPage),
        await time(firstPageSql),
      ],
      [
        `verifyActivities: approve ${pendingIds.length} entries in one call`,
        median(approveRuns),
        median(baselineRuns),
      ],
    ];
    await client.end();
    print(
      `verification: ${n!.employees} employees, ${n!.entries} entries, ${n!.pending} pending for one supervisor ` +
        `(org built in ${orgSeconds.toFixed(1)} s, entries in ${entrySeconds.toFixed(1)} s)`,
      rows,
    );
  });
}

if (values.case === 'hierarchy' || values.case === 'all') await hierarchyCase();
if (values.case === 'verification' || values.case === 'all') await verificationCase();
if (values.case === 'checkins' || values.case === 'all')
  await withDatabase((_orm, url) => checkinsCase(url, { departments: 17, connections: 50 }));
if (values.case === 'province' || values.case === 'all')
  await withDatabase((orm, url) =>
    provinceCase(orm, url, { departments: 307, repeat: Math.min(REPEAT, 3) }),
  );
