/**
 * Demo SKP plans and IKI: the eight teaching practices of rules.md; approved plans for the year of
 * `asOf` along the chain from the Wali Kota through Sekda and Dinas Kominfo down to the demo staff,
 * and through Dinas Pendidikan down to SD Negeri 1 Contoh, whose principal leads a teacher with a
 * plan built from the teachers' template; one staff result that supports nothing and one section
 * head result nobody supports (the alignment view's flags); approved IKI reports for the months of
 * the year before asOf's month (the current month's is still to do).
 *
 * Idempotent: stable ids (seedId) and `on conflict do nothing`, so a second run adds nothing and
 * leaves what people changed since. Set-based: one statement per table.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { ikiScore, observationRealisation, type PracticeObservation } from '@kinerja/scoring';
import { query } from '../../common/sql.js';
import { Hierarchy } from '../../modules/organisation/hierarchy.js';
import { IndicatorKind } from '../../modules/plans/plans.enums.js';
import {
  DEFAULT_TEACHING_PRACTICES,
  TEACHER_TEMPLATE,
  teacherTemplate,
} from '../../modules/plans/plans.template.js';
import { seedId } from './demo-city.js';
import { DEMO_USERS } from './demo-city.data.js';

const AGENCY = 'kota-contoh';
/** The practice the demo teacher improves. */
const TEACHER_PRACTICE = 'UMPAN_BALIK';
const SCHOOL = 'SD Negeri 1 Contoh';

interface SeedIndicator {
  kind: IndicatorKind;
  name: string;
  target: number;
  unit: string;
  practice?: boolean;
}
interface SeedResult {
  key: string;
  title: string;
  /** The key of the supervisor's result it supports; none: supports nothing. */
  parent?: string;
  indicators: SeedIndicator[];
}

const q = (name: string, target: number, unit: string): SeedIndicator => ({
  kind: IndicatorKind.QUANTITY,
  name,
  target,
  unit,
});

/** Per person in the chain (by role): their results. */
const PLANS: Record<string, SeedResult[]> = {
  mayor: [
    {
      key: 'M1',
      title: 'Meningkatnya kualitas pelayanan publik berbasis digital',
      indicators: [q('Indeks kepuasan masyarakat terhadap layanan digital', 85, 'indeks')],
    },
    {
      key: 'M2',
      title: 'Meningkatnya mutu pendidikan dasar',
      indicators: [q('Sekolah dasar dengan rapor pendidikan baik', 60, 'sekolah')],
    },
  ],
  sekda: [
    {
      key: 'S1',
      title: 'Terwujudnya tata kelola pemerintahan berbasis elektronik',
      parent: 'M1',
      indicators: [q('Perangkat daerah dengan layanan SPBE terintegrasi', 20, 'perangkat daerah')],
    },
    {
      key: 'S2',
      title: 'Terkoordinasinya peningkatan mutu layanan pendidikan',
      parent: 'M2',
      indicators: [q('Rapat koordinasi mutu pendidikan', 4, 'rapat')],
    },
  ],
  kominfoHead: [
    {
      key: 'K1',
      title: 'Meningkatnya layanan SPBE Kota Contoh',
      parent: 'S1',
      indicators: [q('Layanan publik yang tersedia secara daring', 12, 'layanan')],
    },
  ],
  divisionHead: [
    {
      key: 'B1',
      title: 'Tersedianya aplikasi layanan publik yang terintegrasi',
      parent: 'K1',
      indicators: [q('Aplikasi layanan yang terintegrasi', 6, 'aplikasi')],
    },
  ],
  sectionHead: [
    {
      key: 'H1',
      title: 'Terselenggaranya pengembangan aplikasi layanan publik',
      parent: 'B1',
      indicators: [q('Aplikasi yang dikembangkan', 4, 'aplikasi')],
    },
    {
      // Nobody below supports it: flagged UNSUPPORTED in the alignment view.
      key: 'H2',
      title: 'Terlaksananya pengujian keamanan aplikasi',
      parent: 'B1',
      indicators: [
        { kind: IndicatorKind.TIME, name: 'Waktu penanganan kerentanan', target: 3, unit: 'hari' },
      ],
    },
  ],
  staff: [
    {
      key: 'T1',
      title: 'Tersedianya modul aplikasi layanan perizinan',
      parent: 'H1',
      indicators: [
        q('Modul aplikasi yang diselesaikan', 4, 'modul'),
        {
          kind: IndicatorKind.QUALITY,
          name: 'Hasil uji fungsi yang lulus',
          target: 100,
          unit: '%',
        },
        {
          kind: IndicatorKind.TIME,
          name: 'Waktu penyelesaian laporan bulanan',
          target: 5,
          unit: 'hari',
        },
      ],
    },
    {
      // Supports nothing: flagged SUPPORTS_NOTHING in the alignment view.
      key: 'T2',
      title: 'Terkelolanya dokumentasi kegiatan seksi',
      indicators: [q('Dokumentasi kegiatan yang diarsipkan', 10, 'berkas')],
    },
  ],
  educationHead: [
    {
      key: 'P1',
      title: 'Meningkatnya mutu pembelajaran pendidikan dasar',
      parent: 'S2',
      indicators: [q('Sekolah dasar yang melaksanakan supervisi pembelajaran', 40, 'sekolah')],
    },
  ],
  primaryHead: [
    {
      key: 'D1',
      title: 'Meningkatnya mutu pembelajaran di sekolah dasar',
      parent: 'P1',
      indicators: [q('Kepala sekolah dasar yang dibina', 40, 'orang')],
    },
  ],
  principal: [
    {
      key: 'R1',
      title: 'Meningkatnya kualitas pembelajaran di SD Negeri 1 Contoh',
      parent: 'D1',
      indicators: [q('Guru yang diobservasi praktik pembelajarannya', 8, 'guru')],
    },
  ],
};

/** Realisation of month `m` (1…12) for a target: around it, deterministic. */
const FACTORS = [0.9, 1, 1.05, 0.85, 1, 1.1, 0.95, 1, 0.8, 1.2, 1, 0.9];
const OBSERVATIONS: PracticeObservation[] = [
  'BELUM_DILAKUKAN',
  'DILAKUKAN_BELUM_EFEKTIF',
  'DILAKUKAN_BELUM_EFEKTIF',
  'DILAKUKAN_EFEKTIF',
];

function realisationOf(i: SeedIndicator, month: number, n: number) {
  if (i.practice) {
    const observation = OBSERVATIONS[Math.min(3, Math.floor((month - 1) / 3))]!;
    return { realisation: observationRealisation(observation), observation };
  }
  const f = FACTORS[(month + n) % 12]!;
  // TIME: lower is better, so the factor works the other way round.
  const value = i.kind === IndicatorKind.TIME ? i.target / f : i.target * f;
  return { realisation: Math.round(value * 100) / 100, observation: null };
}

const months = (year: number, asOf: string) => {
  const until = asOf.slice(0, 7);
  const list: string[] = [];
  for (let m = 1; m <= 12; m += 1) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    if (month < until) list.push(month);
  }
  return list;
};

export interface PlansSummary {
  practices: number;
  plans: number;
  reports: number;
}

export async function seedDemoPlans(em: EntityManager, asOf: string): Promise<PlansSummary> {
  const year = Number(asOf.slice(0, 4));
  return em.transactional(async (tx) => {
    const sql = <T extends object>(text: string, params: unknown[]) => query<T>(tx, text, params);
    const [agency] = await sql<{ id: string }>('select id from agency where code = $1', [AGENCY]);
    if (!agency) throw new Error(`seedDemoPlans: no agency ${AGENCY}`);
    const agencyId = agency.id;
    const id = (...parts: (string | number)[]) => seedId(AGENCY, 'plans', ...parts.map(String));

    // Teaching practices (rules.md's eight).
    await sql(
      `insert into teaching_practice (agency_id, id, code, name, sort_order)
       select $1, d.id, d.code, d.name, d.sort from unnest($2::uuid[], $3::text[], $4::text[], $5::int[]) as d(id, code, name, sort)
       on conflict do nothing`,
      [
        agencyId,
        DEFAULT_TEACHING_PRACTICES.map((p) => id('practice', p.code)),
        DEFAULT_TEACHING_PRACTICES.map((p) => p.code),
        DEFAULT_TEACHING_PRACTICES.map((p) => p.name),
        DEFAULT_TEACHING_PRACTICES.map((_, i) => i + 1),
      ],
    );
    const [practice] = await sql<{ id: string; name: string }>(
      'select id, name from teaching_practice where agency_id = $1 and code = $2',
      [agencyId, TEACHER_PRACTICE],
    );

    // The people: the demo staff's chain up to the Wali Kota, and the school's principal's chain.
    const [staffNip] = DEMO_USERS.map((u) => u.nip);
    const people = await sql<{ id: string; role: string }>(
      `select e.id, 'staff' as role from employee e where e.agency_id = $1 and e.nip = $2
       union all
       select * from (select e.id, 'principal' from employee e
          join position p on p.agency_id = e.agency_id and p.id = e.position_id
          join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
         where e.agency_id = $1 and e.active and u.name = $3 and p.name = 'Kepala Sekolah'
         order by e.nip limit 1) a
       union all
       select * from (select e.id, 'teacher' from employee e
          join position p on p.agency_id = e.agency_id and p.id = e.position_id
          join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
         where e.agency_id = $1 and e.active and u.name = $3 and p.name like 'Guru%'
         order by e.nip limit 1) b`,
      [agencyId, staffNip, SCHOOL],
    );
    const role = new Map(people.map((p) => [p.role, p.id]));
    const hierarchy = new Hierarchy(tx, agencyId);
    const staffChain = await hierarchy.supervisorChain(role.get('staff')!, asOf);
    const schoolChain = await hierarchy.supervisorChain(role.get('principal')!, asOf);
    const [sectionHead, divisionHead, kominfoHead, sekda, mayor] = staffChain;
    const [primaryHead, educationHead] = schoolChain;
    const owners: Record<string, string | undefined> = {
      mayor,
      sekda,
      kominfoHead,
      divisionHead,
      sectionHead,
      staff: role.get('staff'),
      educationHead,
      primaryHead,
      principal: role.get('principal'),
      teacher: role.get('teacher'),
    };
    const plans = {
      ...PLANS,
      teacher: teacherTemplate(practice!.name).map((r, n) => ({
        key: `G${n + 1}`,
        title: r.title,
        parent: 'R1',
        indicators: r.indicators.map((i) => ({ ...i, practice: i.practice ?? false })),
      })),
    };
    const supervisorOf = await hierarchy.supervisorsOf(
      Object.values(owners).filter((x): x is string => !!x),
      asOf,
    );
    const [admin] = await sql<{ id: string }>(
      'select id from employee where agency_id = $1 and nip = $2',
      [agencyId, DEMO_USERS[4]!.nip],
    );

    const planRows: unknown[][] = [];
    const resultRows: unknown[][] = [];
    const indicatorRows: unknown[][] = [];
    const reportRows: unknown[][] = [];
    const realisationRows: unknown[][] = [];
    const resultId = (key: string) => id('result', year, key);
    const monthList = months(year, asOf);
    for (const [who, results] of Object.entries(plans)) {
      const owner = owners[who];
      if (!owner) continue;
      const planId = id('plan', year, who);
      const decider = supervisorOf.get(owner) ?? admin!.id;
      const source = supervisorOf.has(owner) ? 'SUPERVISOR' : 'ADMIN';
      planRows.push([
        planId,
        owner,
        who === 'teacher' ? TEACHER_TEMPLATE : null,
        who === 'teacher' ? practice!.id : null,
        decider,
        source,
      ]);
      const indicators: { id: string; def: SeedIndicator }[] = [];
      for (const [n, r] of results.entries()) {
        resultRows.push([
          resultId(r.key),
          planId,
          r.title,
          r.parent ? resultId(r.parent) : null,
          n,
        ]);
        for (const [m, i] of r.indicators.entries()) {
          const indicatorId = id('indicator', year, r.key, m);
          indicators.push({ id: indicatorId, def: i });
          indicatorRows.push([
            indicatorId,
            resultId(r.key),
            i.kind,
            i.name,
            i.target,
            i.unit,
            i.practice ? practice!.id : null,
            m,
          ]);
        }
      }
      for (const month of monthList) {
        const m = Number(month.slice(5));
        const values = indicators.map((x, n) => ({ ...x, ...realisationOf(x.def, m, n) }));
        const score = ikiScore(
          values.map((v) => ({
            kind: v.def.kind,
            target: v.def.target,
            realisation: v.realisation,
          })),
        );
        const reportId = id('iki', who, month);
        reportRows.push([reportId, owner, planId, month, score.score, decider, source]);
        for (const [n, v] of values.entries())
          realisationRows.push([
            id('iki', who, month, v.id),
            reportId,
            v.id,
            v.realisation,
            v.observation,
            score.indicators[n],
          ]);
      }
    }
    const col = (rows: unknown[][], i: number) => rows.map((r) => r[i]);

    await sql(
      `insert into performance_plan (agency_id, id, employee_id, year, status, template_code, practice_id,
                                     submitted_at, decided_by, decided_at, decision_source)
       select $1, d.id, d.employee_id, $2, 'APPROVED', d.template_code, d.practice_id,
              make_timestamptz($2, 1, 10, 9, 0, 0, 'Asia/Jakarta'), d.decided_by,
              make_timestamptz($2, 1, 15, 10, 0, 0, 'Asia/Jakarta'), d.source::decision_source
         from unnest($3::uuid[], $4::uuid[], $5::text[], $6::uuid[], $7::uuid[], $8::text[])
              as d(id, employee_id, template_code, practice_id, decided_by, source)
       on conflict do nothing`,
      [agencyId, year, ...[0, 1, 2, 3, 4, 5].map((i) => col(planRows, i))],
    );
    // Only into the plans seeded here (a plan someone made themselves is left alone).
    await sql(
      `insert into planned_result (agency_id, id, plan_id, title, parent_result_id, sort_order)
       select $1, d.id, d.plan_id, d.title, d.parent_id, d.sort
         from unnest($2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::int[]) as d(id, plan_id, title, parent_id, sort)
         join performance_plan p on p.agency_id = $1 and p.id = d.plan_id
       on conflict do nothing`,
      [agencyId, ...[0, 1, 2, 3, 4].map((i) => col(resultRows, i))],
    );
    await sql(
      `insert into indicator (agency_id, id, result_id, kind, name, target, unit, practice_id, sort_order)
       select $1, d.id, d.result_id, d.kind::indicator_kind, d.name, d.target, d.unit, d.practice_id, d.sort
         from unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::numeric[], $7::text[], $8::uuid[], $9::int[])
              as d(id, result_id, kind, name, target, unit, practice_id, sort)
         join planned_result r on r.agency_id = $1 and r.id = d.result_id
       on conflict do nothing`,
      [agencyId, ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => col(indicatorRows, i))],
    );
    // Each month's report sent on the 3rd of the next month and approved on the 4th.
    await sql(
      `insert into iki_report (agency_id, id, employee_id, plan_id, month, status, submitted_at, late,
                               decided_by, decided_at, decision_source, score)
       select $1, d.id, d.employee_id, d.plan_id, d.month, 'APPROVED',
              ((d.month || '-03')::date + interval '1 month' + time '09:00') at time zone 'Asia/Jakarta', false,
              d.decided_by,
              ((d.month || '-04')::date + interval '1 month' + time '10:00') at time zone 'Asia/Jakarta',
              d.source::decision_source, d.score
         from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::uuid[], $8::text[])
              as d(id, employee_id, plan_id, month, score, decided_by, source)
         join performance_plan p on p.agency_id = $1 and p.id = d.plan_id
       on conflict do nothing`,
      [agencyId, ...[0, 1, 2, 3, 4, 5, 6].map((i) => col(reportRows, i))],
    );
    await sql(
      `insert into iki_realisation (agency_id, id, report_id, indicator_id, realisation, observation, score)
       select $1, d.id, d.report_id, d.indicator_id, d.realisation, d.observation::practice_observation, d.score
         from unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::numeric[], $6::text[], $7::int[])
              as d(id, report_id, indicator_id, realisation, observation, score)
         join iki_report r on r.agency_id = $1 and r.id = d.report_id
         join indicator i on i.agency_id = $1 and i.id = d.indicator_id
       on conflict do nothing`,
      [agencyId, ...[0, 1, 2, 3, 4, 5].map((i) => col(realisationRows, i))],
    );
    return {
      practices: DEFAULT_TEACHING_PRACTICES.length,
      plans: planRows.length,
      reports: reportRows.length,
    };
  });
}
