/**
 * Demo questionnaires for `asOf`'s month: a reflection for teachers (named, every kind of
 * question), an anonymous satisfaction survey for everyone, both OPEN with the month's last day as
 * deadline, and a DRAFT for executors. A few people answer the open ones so that the results are
 * not empty; the demo staff and the demo teacher are left unanswered (browser tests answer them).
 * Deterministic and idempotent: fixed ids, existing rows kept.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { query } from '../../common/sql.js';
import { lastDayOf } from '../../modules/periods/months.js';
import { TEACHER_POSITION } from '../../modules/questionnaires/questionnaire.targets.js';
import { insertQuestions } from '../../modules/questionnaires/questionnaires.service.js';
import { QuestionKind } from '../../modules/questionnaires/questionnaires.enums.js';
import { buildDemoCity, DEMO_USERS } from './demo-city.data.js';
import { seedId } from './demo-city.js';

export interface QuestionnaireSeedSummary {
  questionnaires: number;
  responses: number;
}

const ADMIN_NIP = '198910052014022005';
/** Left unanswered: the demo staff and the demo teacher. */
const UNANSWERED = ['199203152019031001', '197806202001041701'];

interface SeedQuestion {
  kind: 'SCALE' | 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE' | 'SHORT_TEXT';
  text: string;
  required: boolean;
  options?: string[];
  scale?: [number, number, string, string];
}

interface SeedQuestionnaire {
  code: string;
  title: string;
  description: string;
  anonymous: boolean;
  audience: 'ALL' | 'TEACHERS' | 'POSITION_KIND';
  positionKind?: 'EXECUTOR';
  open: boolean;
  respondents: number;
  questions: SeedQuestion[];
  /** The answers of respondent `n` (0-based), one per question (null: skipped). */
  answer: (n: number) => (number | string[] | string | null)[];
}

const METHODS = ['Diskusi kelompok', 'Proyek', 'Ceramah interaktif', 'Praktik langsung'];
const REFLECTIONS = [
  'Siswa lebih aktif saat diskusi kelompok.',
  'Perlu lebih banyak alat peraga untuk kelas rendah.',
  'Umpan balik tertulis membantu siswa memperbaiki tugas.',
  'Waktu untuk projek terlalu singkat bulan ini.',
];
const SERVICES = ['Kenaikan pangkat', 'Cuti', 'Data kepegawaian', 'Pelatihan'];
const SUGGESTIONS = [
  'Proses cuti sudah cepat, pertahankan.',
  'Mohon informasi pelatihan diumumkan lebih awal.',
  'Layanan data kepegawaian perlu antrean daring.',
];

const QUESTIONNAIRES: SeedQuestionnaire[] = [
  {
    code: 'REFLEKSI',
    title: 'Refleksi pembelajaran bulanan',
    description: 'Refleksi singkat guru atas pembelajaran di kelas selama bulan ini.',
    anonymous: false,
    audience: 'TEACHERS',
    open: true,
    respondents: 6,
    questions: [
      {
        kind: 'SCALE',
        text: 'Seberapa tercapai tujuan pembelajaran bulan ini?',
        required: true,
        scale: [1, 5, 'Belum tercapai', 'Tercapai sepenuhnya'],
      },
      {
        kind: 'SINGLE_CHOICE',
        text: 'Metode yang paling sering Anda gunakan',
        required: true,
        options: METHODS,
      },
      {
        kind: 'MULTIPLE_CHOICE',
        text: 'Kendala yang Anda hadapi',
        required: false,
        options: ['Sarana prasarana', 'Waktu', 'Kehadiran siswa', 'Administrasi'],
      },
      { kind: 'SHORT_TEXT', text: 'Catatan refleksi Anda', required: false },
    ],
    answer: (n) => [
      3 + (n % 3),
      [METHODS[n % METHODS.length]!],
      n % 2 === 0 ? ['Waktu', 'Administrasi'] : ['Sarana prasarana'],
      n % 3 === 2 ? null : REFLECTIONS[n % REFLECTIONS.length]!,
    ],
  },
  {
    code: 'KEPUASAN',
    title: 'Survei kepuasan layanan kepegawaian',
    description: 'Survei anonim: jawaban Anda tidak ditampilkan dengan nama.',
    anonymous: true,
    audience: 'ALL',
    open: true,
    respondents: 8,
    questions: [
      {
        kind: 'SCALE',
        text: 'Seberapa puas Anda dengan layanan kepegawaian bulan ini?',
        required: true,
        scale: [1, 5, 'Sangat tidak puas', 'Sangat puas'],
      },
      {
        kind: 'SINGLE_CHOICE',
        text: 'Layanan yang paling sering Anda gunakan',
        required: true,
        options: SERVICES,
      },
      { kind: 'SHORT_TEXT', text: 'Saran perbaikan', required: false },
    ],
    answer: (n) => [
      2 + (n % 4),
      [SERVICES[(n * 3) % SERVICES.length]!],
      n % 2 === 1 ? SUGGESTIONS[n % SUGGESTIONS.length]! : null,
    ],
  },
  {
    code: 'PELATIHAN',
    title: 'Evaluasi pelatihan aplikasi Kinerja',
    description: 'Draf: umpan balik pelaksana atas pelatihan penggunaan aplikasi.',
    anonymous: false,
    audience: 'POSITION_KIND',
    positionKind: 'EXECUTOR',
    open: false,
    respondents: 0,
    questions: [
      {
        kind: 'SCALE',
        text: 'Seberapa bermanfaat pelatihan ini?',
        required: true,
        scale: [0, 10, 'Tidak bermanfaat', 'Sangat bermanfaat'],
      },
      { kind: 'SHORT_TEXT', text: 'Materi yang perlu ditambahkan', required: false },
    ],
    answer: () => [],
  },
];

/** Seeds the demo questionnaires of `asOf`'s month (YYYY-MM-DD); nothing without the demo agency. */
export async function seedDemoQuestionnaires(
  em: EntityManager,
  asOf: string,
): Promise<QuestionnaireSeedSummary> {
  const city = buildDemoCity();
  const agencyId = seedId('agency', city.agency.code);
  const summary: QuestionnaireSeedSummary = { questionnaires: 0, responses: 0 };
  const [admin] = await query<{ id: string }>(
    em,
    'select id from employee where agency_id = $1 and nip = $2',
    [agencyId, ADMIN_NIP],
  );
  if (!admin) return summary;
  const month = asOf.slice(0, 7);
  const deadline = lastDayOf(month);
  const excluded = [...UNANSWERED, ...DEMO_USERS.map((u) => u.nip)];

  await em.transactional(async (tx) => {
    for (const def of QUESTIONNAIRES) {
      const id = seedId('questionnaire', month, def.code);
      const inserted = await query(
        tx,
        `insert into questionnaire (agency_id, id, title, description, anonymous, period, deadline,
           status, audience, position_kind, opened_at, created_by)
         values ($1, $2, $3, $4, $5, $6, $7::date, $8, $9::questionnaire_audience,
           $10::position_kind, case when $8 = 'OPEN' then now() end, $11)
         on conflict do nothing returning id`,
        [
          agencyId,
          id,
          def.title,
          def.description,
          def.anonymous,
          month,
          deadline,
          def.open ? 'OPEN' : 'DRAFT',
          def.audience,
          def.positionKind ?? null,
          admin.id,
        ],
      );
      if (!inserted.length) continue;
      summary.questionnaires += 1;
      const questions = def.questions.map((q, i) => ({
        id: seedId('questionnaire-question', month, def.code, String(i + 1)),
        position: i + 1,
        kind: QuestionKind[q.kind],
        text: q.text,
        required: q.required,
        options: q.options ?? [],
        scaleMin: q.scale?.[0] ?? null,
        scaleMax: q.scale?.[1] ?? null,
        scaleMinLabel: q.scale?.[2] ?? null,
        scaleMaxLabel: q.scale?.[3] ?? null,
      }));
      await insertQuestions(tx, agencyId, id, questions);
      if (!def.respondents) continue;
      // The respondents: the first targeted people by NIP, the demo users left out.
      const people = await query<{ id: string }>(
        tx,
        `select e.id from employee e
           left join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = $1 and e.active and e.nip <> all ($2::text[])
            and ($3::text = 'ALL' or ${TEACHER_POSITION})
          order by e.nip limit $4`,
        [agencyId, excluded, def.audience, def.respondents],
      );
      const responses = people.map((p, n) => ({
        id: seedId('questionnaire-response', month, def.code, p.id),
        employeeId: p.id,
        answers: def.answer(n).flatMap((value, i) =>
          value === null
            ? []
            : [
                {
                  questionId: questions[i]!.id,
                  scale: typeof value === 'number' ? value : null,
                  choices: Array.isArray(value) ? value : [],
                  text: typeof value === 'string' ? value : null,
                },
              ],
        ),
      }));
      await query(
        tx,
        `insert into questionnaire_response (agency_id, id, questionnaire_id, employee_id, submitted_at)
         select $1, x.id, $2, x."employeeId", now() - (x.n || ' hours')::interval
           from jsonb_to_recordset($3::jsonb) as x(id uuid, "employeeId" uuid, n int)`,
        [agencyId, id, JSON.stringify(responses.map((r, n) => ({ ...r, n: n + 1 })))],
      );
      await query(
        tx,
        `insert into questionnaire_answer (agency_id, response_id, question_id, scale, choices, text)
         select $1, x."responseId", x."questionId", x.scale, x.choices, x.text
           from jsonb_to_recordset($2::jsonb) as x("responseId" uuid, "questionId" uuid, scale int,
                choices text[], text text)`,
        [
          agencyId,
          JSON.stringify(
            responses.flatMap((r) => r.answers.map((a) => ({ ...a, responseId: r.id }))),
          ),
        ],
      );
      summary.responses += responses.length;
    }
  });
  return summary;
}
