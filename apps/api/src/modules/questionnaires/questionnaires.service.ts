/**
 * Monthly questionnaires: agency admins write, target and open them; targeted employees answer
 * (and change their answers) until the deadline; admins read the aggregated results and export
 * them. Authorization: the admin use cases are for agency admins only (checked by the resolver's
 * @Authorized and again here); an employee sees only OPEN (or CLOSED) questionnaires that target
 * them or that they answered. Every read is set-based: a fixed number of statements whatever the
 * number of questionnaires, questions, people or answers.
 *
 * Anonymity: for an anonymous questionnaire no read returns who answered what — results are
 * aggregates, short texts are ordered alphabetically (never by time), respondents are not listed,
 * and the export's answers sheet has no names and its rows ordered by a hash of the response
 * (not by time or name).
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import ExcelJS from 'exceljs';
import type { Viewer } from '../../common/auth/viewer.js';
import { conflict, forbidden, notFound, refuse } from '../../common/errors/app-error.js';
import { translate, type Locale, type MessageKey } from '../../common/i18n/messages.js';
import { isUuid, uuidv7 } from '../../common/ids.js';
import {
  EXTENSION,
  MIME,
  SpreadsheetFormat,
  writeSheet,
  type ExportedFile,
} from '../../common/spreadsheet/spreadsheet.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import { Role } from '../organisation/organisation.enums.js';
import { assertMonth } from '../periods/months.js';
import {
  QuestionKind,
  QuestionnaireAudience,
  QuestionnaireStatus,
} from './questionnaires.enums.js';
import type { AnswerInput, QuestionnaireInput } from './questionnaires.inputs.js';
import {
  answersProblem,
  normaliseQuestion,
  questionnaireProblem,
  type AnswerDraft,
  type QuestionDraft,
} from './questionnaires.rules.js';
import { targetCtes } from './questionnaire.targets.js';
import type {
  AnswerValue,
  Question,
  Questionnaire,
  QuestionnaireResults,
  QuestionnaireTask,
  QuestionResult,
} from './questionnaires.types.js';

interface QuestionnaireRow {
  id: string;
  title: string;
  description: string | null;
  anonymous: boolean;
  period: string;
  deadline: string;
  stored: 'DRAFT' | 'OPEN';
  audience: QuestionnaireAudience;
  departmentId: string | null;
  positionKind: Questionnaire['positionKind'];
  openedAt: Date | string | null;
}

/** The columns of a questionnaire row (alias q). */
export const QUESTIONNAIRE_COLUMNS = `q.id, q.title, q.description, q.anonymous, q.period,
  to_char(q.deadline, 'YYYY-MM-DD') as deadline, q.status as stored, q.audience::text as audience,
  q.department_id as "departmentId", q.position_kind::text as "positionKind", q.opened_at as "openedAt"`;

/** The columns of a question row (alias qq). */
export const QUESTION_COLUMNS = `qq.id, qq.questionnaire_id as "questionnaireId", qq.position,
  qq.kind::text as kind, qq.text, qq.required, qq.options, qq.scale_min as "scaleMin",
  qq.scale_max as "scaleMax", qq.scale_min_label as "scaleMinLabel", qq.scale_max_label as "scaleMaxLabel"`;

/** The GraphQL questionnaire of a row: CLOSED when open and past the deadline on `today`. */
export function toQuestionnaire(row: QuestionnaireRow, today: string): Questionnaire {
  const { stored, ...rest } = row;
  const status =
    stored === 'DRAFT'
      ? QuestionnaireStatus.DRAFT
      : row.deadline < today
        ? QuestionnaireStatus.CLOSED
        : QuestionnaireStatus.OPEN;
  return { ...rest, openedAt: instant(row.openedAt), status };
}

/** A timestamptz read by hand-written SQL (the driver may return text) as a Date. */
const instant = (v: Date | string | null): Date | null => (v === null ? null : new Date(v));

/** Stores a questionnaire's questions (already checked and normalised) in one statement. */
export async function insertQuestions(
  em: EntityManager,
  agencyId: string,
  questionnaireId: string,
  questions: readonly (QuestionDraft & { id: string; position: number })[],
): Promise<void> {
  await query(
    em,
    `insert into questionnaire_question (agency_id, id, questionnaire_id, position, kind, text,
       required, options, scale_min, scale_max, scale_min_label, scale_max_label)
     select $1, x.id, $2, x.position, x.kind::question_kind, x.text, x.required,
            coalesce(x.options, '{}'), x."scaleMin", x."scaleMax", x."scaleMinLabel", x."scaleMaxLabel"
       from jsonb_to_recordset($3::jsonb) as x(id uuid, position int, kind text, text text,
            required boolean, options text[], "scaleMin" int, "scaleMax" int,
            "scaleMinLabel" text, "scaleMaxLabel" text)`,
    [agencyId, questionnaireId, JSON.stringify(questions)],
  );
}

export class QuestionnairesService {
  private readonly agencyId: string;

  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly now: () => Date,
    private readonly locale: Locale,
    private readonly requestId: string,
  ) {
    this.agencyId = viewer.agencyId;
  }

  private assertAdmin(): void {
    if (!this.viewer.roles.has(Role.AGENCY_ADMIN)) throw forbidden();
  }

  private audit(em: EntityManager): AuditLog {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  private async row(em: EntityManager, id: string, lock = false): Promise<QuestionnaireRow> {
    if (!isUuid(id)) throw notFound('questionnaires.notFound');
    const [row] = await query<QuestionnaireRow>(
      em,
      `select ${QUESTIONNAIRE_COLUMNS} from questionnaire q
        where q.agency_id = $1 and q.id = $2 ${lock ? 'for update' : ''}`,
      [this.agencyId, id],
    );
    if (!row) throw notFound('questionnaires.notFound');
    return row;
  }

  // ── admins ────────────────────────────────────────────────────────────────────────────────
  /** The agency's questionnaires, newest period first (then newest first), optionally one month. */
  async list(period: string | null): Promise<Questionnaire[]> {
    this.assertAdmin();
    if (period) assertMonth(period);
    const rows = await query<QuestionnaireRow>(
      this.em,
      `select ${QUESTIONNAIRE_COLUMNS} from questionnaire q
        where q.agency_id = $1 and ($2::text is null or q.period = $2)
        order by q.period desc, q.created_at desc, q.id desc`,
      [this.agencyId, period],
    );
    return rows.map((r) => toQuestionnaire(r, this.today));
  }

  async get(id: string): Promise<Questionnaire> {
    this.assertAdmin();
    return toQuestionnaire(await this.row(this.em, id), this.today);
  }

  private async checkDefinition(em: EntityManager, input: QuestionnaireInput): Promise<void> {
    const problem = questionnaireProblem(input, this.today);
    if (problem) throw refuse(problem);
    if (input.audience === QuestionnaireAudience.DEPARTMENT) {
      const [unit] = isUuid(input.departmentId!)
        ? await query(em, 'select 1 from org_unit where agency_id = $1 and id = $2', [
            this.agencyId,
            input.departmentId,
          ])
        : [];
      if (!unit)
        throw refuse({
          key: 'questionnaires.departmentNotFound',
          field: 'departmentId',
          params: {},
        });
    }
  }

  /** Writes the questionnaire's fields and replaces its questions (one statement each). */
  private async write(em: EntityManager, id: string, input: QuestionnaireInput, create: boolean) {
    const department =
      input.audience === QuestionnaireAudience.DEPARTMENT ? input.departmentId : null;
    const kind = input.audience === QuestionnaireAudience.POSITION_KIND ? input.positionKind : null;
    const params = [
      this.agencyId,
      id,
      input.title.trim(),
      input.description?.trim() || null,
      input.anonymous,
      input.period,
      input.deadline,
      input.audience,
      department,
      kind,
      this.viewer.employeeId,
    ];
    if (create)
      await query(
        em,
        `insert into questionnaire (agency_id, id, title, description, anonymous, period, deadline,
           audience, department_id, position_kind, created_by)
         values ($1, $2, $3, $4, $5, $6, $7::date, $8::questionnaire_audience, $9::uuid,
           $10::position_kind, $11)`,
        params,
      );
    else
      await query(
        em,
        `update questionnaire set title = $3, description = $4, anonymous = $5, period = $6,
           deadline = $7::date, audience = $8::questionnaire_audience, department_id = $9::uuid,
           position_kind = $10::position_kind, updated_at = now()
         where agency_id = $1 and id = $2`,
        params,
      );
    await query(
      em,
      'delete from questionnaire_question where agency_id = $1 and questionnaire_id = $2',
      [this.agencyId, id],
    );
    const questions = input.questions.map((q, i) => ({
      id: uuidv7(),
      position: i + 1,
      ...normaliseQuestion(q),
    }));
    await insertQuestions(em, this.agencyId, id, questions);
  }

  private summary(input: QuestionnaireInput) {
    return {
      title: input.title.trim(),
      anonymous: input.anonymous,
      period: input.period,
      deadline: input.deadline,
      audience: input.audience,
      departmentId: input.audience === QuestionnaireAudience.DEPARTMENT ? input.departmentId : null,
      positionKind:
        input.audience === QuestionnaireAudience.POSITION_KIND ? input.positionKind : null,
      questions: input.questions.length,
    };
  }

  async create(input: QuestionnaireInput): Promise<Questionnaire> {
    this.assertAdmin();
    const id = uuidv7();
    await this.em.transactional(async (em) => {
      await this.checkDefinition(em, input);
      await this.write(em, id, input, true);
      this.audit(em).write('questionnaire.create', 'Questionnaire', id, {
        after: this.summary(input),
      });
    });
    return this.get(id);
  }

  async update(id: string, input: QuestionnaireInput): Promise<Questionnaire> {
    this.assertAdmin();
    await this.em.transactional(async (em) => {
      const before = await this.row(em, id, true);
      if (before.stored !== 'DRAFT')
        throw conflict('questionnaires.notDraft', { title: before.title });
      await this.checkDefinition(em, input);
      await this.write(em, id, input, false);
      this.audit(em).write('questionnaire.update', 'Questionnaire', id, {
        before: { title: before.title, period: before.period, deadline: before.deadline },
        after: this.summary(input),
      });
    });
    return this.get(id);
  }

  async open(id: string): Promise<Questionnaire> {
    this.assertAdmin();
    await this.em.transactional(async (em) => {
      const q = await this.row(em, id, true);
      if (q.stored !== 'DRAFT') throw conflict('questionnaires.notDraft', { title: q.title });
      if (q.deadline < this.today)
        throw conflict('questionnaires.openDeadlinePassed', { deadline: q.deadline });
      await query(
        em,
        `update questionnaire set status = 'OPEN', opened_at = $3, updated_at = now()
          where agency_id = $1 and id = $2`,
        [this.agencyId, id, this.now()],
      );
      this.audit(em).write('questionnaire.open', 'Questionnaire', id, {
        title: q.title,
        period: q.period,
        deadline: q.deadline,
      });
    });
    return this.get(id);
  }

  async delete(id: string): Promise<boolean> {
    this.assertAdmin();
    await this.em.transactional(async (em) => {
      const q = await this.row(em, id, true);
      if (q.stored !== 'DRAFT') throw conflict('questionnaires.notDraft', { title: q.title });
      await query(em, 'delete from questionnaire where agency_id = $1 and id = $2', [
        this.agencyId,
        id,
      ]);
      this.audit(em).write('questionnaire.delete', 'Questionnaire', id, {
        before: { title: q.title, period: q.period, deadline: q.deadline },
      });
    });
    return true;
  }

  // ── employees ─────────────────────────────────────────────────────────────────────────────
  /**
   * The caller's questionnaires of a month: OPEN (or CLOSED) ones that target them now or that
   * they answered, by deadline then title; with their own answers. Two statements.
   */
  async myQuestionnaires(period: string): Promise<QuestionnaireTask[]> {
    assertMonth(period);
    return this.tasks({ period });
  }

  private async tasks(filter: { period?: string; id?: string }): Promise<QuestionnaireTask[]> {
    const rows = await query<
      QuestionnaireRow & { responseId: string | null; submittedAt: Date | null }
    >(
      this.em,
      `with recursive
       tq as (
         select q.agency_id, q.id, q.audience, q.department_id, q.position_kind, q.period
           from questionnaire q
          where q.agency_id = $1 and q.status = 'OPEN'
            and ($3::text is null or q.period = $3) and ($4::uuid is null or q.id = $4)
       ),
       ${targetCtes('e.id = $2')}
       select ${QUESTIONNAIRE_COLUMNS}, r.id as "responseId", r.submitted_at as "submittedAt"
         from tq
         join questionnaire q on q.agency_id = tq.agency_id and q.id = tq.id
         left join questionnaire_response r
           on r.agency_id = q.agency_id and r.questionnaire_id = q.id and r.employee_id = $2
        where r.id is not null
           or exists (select 1 from target t where t.questionnaire_id = q.id)
        order by q.deadline, q.title, q.id`,
      [this.agencyId, this.viewer.employeeId, filter.period ?? null, filter.id ?? null],
    );
    const responseIds = rows.flatMap((r) => (r.responseId ? [r.responseId] : []));
    const answers = responseIds.length
      ? await query<AnswerValue & { responseId: string }>(
          this.em,
          `select a.response_id as "responseId", a.question_id as "questionId", a.scale,
                  a.choices, a.text
             from questionnaire_answer a
             join questionnaire_question qq on qq.agency_id = a.agency_id and qq.id = a.question_id
            where a.agency_id = $1 and a.response_id = any ($2::uuid[])
            order by qq.position`,
          [this.agencyId, responseIds],
        )
      : [];
    return rows.map(({ responseId, submittedAt, ...row }) => {
      const questionnaire = toQuestionnaire(row, this.today);
      return {
        questionnaire,
        dueDate: row.deadline,
        submitted: responseId !== null,
        submittedAt: instant(submittedAt),
        editable: questionnaire.status === QuestionnaireStatus.OPEN,
        answers: answers
          .filter((a) => a.responseId === responseId)
          .map(({ responseId: _, ...a }) => a),
      };
    });
  }

  /**
   * Answers (or re-answers) a questionnaire that targets the caller, until its deadline
   * (inclusive). NOT_FOUND for a draft, another agency's or one that does not target the caller.
   */
  async submit(id: string, answers: AnswerInput[]): Promise<QuestionnaireTask> {
    if (!isUuid(id)) throw notFound('questionnaires.notFound');
    const [task] = await this.tasks({ id });
    if (!task) throw notFound('questionnaires.notFound');
    if (!task.editable)
      throw conflict('questionnaires.closed', { deadline: task.questionnaire.deadline });
    const questions = await query<Question>(
      this.em,
      `select ${QUESTION_COLUMNS} from questionnaire_question qq
        where qq.agency_id = $1 and qq.questionnaire_id = $2 order by qq.position`,
      [this.agencyId, id],
    );
    const checked = answersProblem(questions, answers);
    if ('problem' in checked) throw refuse(checked.problem);
    await this.em.transactional((em) => this.store(em, id, checked.answers));
    return (await this.tasks({ id }))[0]!;
  }

  private async store(em: EntityManager, id: string, answers: AnswerDraft[]): Promise<void> {
    const [response] = await query<{ id: string }>(
      em,
      `insert into questionnaire_response (agency_id, id, questionnaire_id, employee_id, submitted_at)
       values ($1, $2, $3, $4, $5)
       on conflict (agency_id, questionnaire_id, employee_id)
       do update set submitted_at = excluded.submitted_at, updated_at = now()
       returning id`,
      [this.agencyId, uuidv7(), id, this.viewer.employeeId, this.now()],
    );
    await query(em, 'delete from questionnaire_answer where agency_id = $1 and response_id = $2', [
      this.agencyId,
      response!.id,
    ]);
    if (answers.length)
      await query(
        em,
        `insert into questionnaire_answer (agency_id, response_id, question_id, scale, choices, text)
         select $1, $2, x."questionId", x.scale, coalesce(x.choices, '{}'), x.text
           from jsonb_to_recordset($3::jsonb) as x("questionId" uuid, scale int, choices text[], text text)`,
        [this.agencyId, response!.id, JSON.stringify(answers)],
      );
  }

  // ── results ───────────────────────────────────────────────────────────────────────────────
  /**
   * The aggregated results (one statement for every question's figures), and for a questionnaire
   * that is not anonymous who answered (one more).
   */
  async results(id: string): Promise<QuestionnaireResults> {
    this.assertAdmin();
    const questionnaire = toQuestionnaire(await this.row(this.em, id), this.today);
    const rows = await query<
      Question & {
        answered: number;
        average: number | null;
        distribution: { option: string; count: number }[];
        texts: string[];
      }
    >(
      this.em,
      `with ans as (
         select a.question_id, a.scale, a.choices, a.text
           from questionnaire_answer a
           join questionnaire_response r on r.agency_id = a.agency_id and r.id = a.response_id
          where a.agency_id = $1 and r.questionnaire_id = $2
       ),
       opts as (
         select qq.id as question_id, o.option, o.ord
           from questionnaire_question qq
           cross join lateral unnest(qq.options) with ordinality as o(option, ord)
          where qq.agency_id = $1 and qq.questionnaire_id = $2
         union all
         select qq.id, g::text, g
           from questionnaire_question qq
           cross join lateral generate_series(qq.scale_min::int, qq.scale_max::int) as g
          where qq.agency_id = $1 and qq.questionnaire_id = $2 and qq.kind = 'SCALE'
       ),
       picked as (
         select a.question_id, c as option from ans a cross join lateral unnest(a.choices) as c
         union all
         select a.question_id, a.scale::text from ans a where a.scale is not null
       ),
       dist as (
         select o.question_id, o.option, o.ord, count(p.option)::int as count
           from opts o
           left join picked p on p.question_id = o.question_id and p.option = o.option
          group by o.question_id, o.option, o.ord
       )
       select ${QUESTION_COLUMNS},
              (select count(*)::int from ans a where a.question_id = qq.id) as answered,
              (select round(avg(a.scale), 2)::float8 from ans a where a.question_id = qq.id) as average,
              coalesce((select json_agg(json_build_object('option', d.option, 'count', d.count) order by d.ord)
                          from dist d where d.question_id = qq.id), '[]') as distribution,
              coalesce((select json_agg(a.text order by a.text)
                          from ans a where a.question_id = qq.id and a.text is not null), '[]') as texts
         from questionnaire_question qq
        where qq.agency_id = $1 and qq.questionnaire_id = $2
        order by qq.position`,
      [this.agencyId, id],
    );
    const questions: QuestionResult[] = rows.map(
      ({ answered, average, distribution, texts, ...question }) => ({
        question,
        answered,
        average,
        distribution,
        texts,
      }),
    );
    const respondents = questionnaire.anonymous
      ? []
      : (
          await query<{ employeeId: string; submittedAt: Date }>(
            this.em,
            `select r.employee_id as "employeeId", r.submitted_at as "submittedAt"
             from questionnaire_response r
             join employee e on e.agency_id = r.agency_id and e.id = r.employee_id
            where r.agency_id = $1 and r.questionnaire_id = $2
            order by e.name, e.nip`,
            [this.agencyId, id],
          )
        ).map((r) => ({ ...r, submittedAt: instant(r.submittedAt)! }));
    return { questionnaire, questions, respondents };
  }

  /**
   * The results as a file. XLSX: a summary sheet (per question its answered count, average and
   * each option's or value's count, then its texts) and an answers sheet (a row per response, a
   * column per question; NIP and name only when not anonymous). CSV: the answers sheet.
   */
  async export(id: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    const results = await this.results(id);
    const { questionnaire } = results;
    const t = (key: string) => translate(this.locale, `questionnaires.export.${key}` as MessageKey);
    const responses = await query<{
      nip: string | null;
      name: string | null;
      submittedAt: Date | null;
      answers: Record<string, { scale: number | null; choices: string[]; text: string | null }>;
    }>(
      this.em,
      `select ${questionnaire.anonymous ? 'null::text as nip, null::text as name, null::timestamptz as "submittedAt"' : 'e.nip, e.name, r.submitted_at as "submittedAt"'},
              coalesce((select json_object_agg(a.question_id, json_build_object(
                          'scale', a.scale, 'choices', a.choices, 'text', a.text))
                          from questionnaire_answer a
                         where a.agency_id = r.agency_id and a.response_id = r.id), '{}') as answers
         from questionnaire_response r
         join employee e on e.agency_id = r.agency_id and e.id = r.employee_id
        where r.agency_id = $1 and r.questionnaire_id = $2
        order by ${questionnaire.anonymous ? 'md5(r.id::text)' : 'e.name, e.nip'}`,
      [this.agencyId, id],
    );
    const qs = results.questions.map((r) => r.question);
    const columns = [
      ...(questionnaire.anonymous ? [t('respondent')] : [t('nip'), t('name'), t('submittedAt')]),
      ...qs.map((q) => `${q.position}. ${q.text}`),
    ];
    const rows = responses.map((r, i) => [
      ...(questionnaire.anonymous
        ? [i + 1]
        : [r.nip ?? '', r.name ?? '', r.submittedAt ? new Date(r.submittedAt).toISOString() : '']),
      ...qs.map((q) => {
        const a = r.answers[q.id];
        if (!a) return '';
        if (q.kind === QuestionKind.SCALE) return a.scale ?? '';
        if (q.kind === QuestionKind.SHORT_TEXT) return a.text ?? '';
        return a.choices.join('; ');
      }),
    ]);
    const basename = `kuesioner-${questionnaire.period}-${questionnaire.id.slice(0, 8)}`;
    if (format === SpreadsheetFormat.CSV)
      return {
        filename: `${basename}.${EXTENSION[format]}`,
        mimeType: MIME[format],
        base64: await writeSheet(format, t('answers'), columns, rows),
      };
    const workbook = new ExcelJS.Workbook();
    const summary = workbook.addWorksheet(t('summary'));
    summary.addRow([questionnaire.title]).font = { bold: true };
    summary.addRow([questionnaire.period, questionnaire.deadline]);
    summary.addRow([]);
    summary.addRow([
      t('number'),
      t('question'),
      t('kind'),
      t('answered'),
      t('average'),
      t('option'),
      t('count'),
    ]).font = { bold: true };
    for (const r of results.questions) {
      const q = r.question;
      summary.addRow([q.position, q.text, q.kind, r.answered, r.average ?? '', '', '']);
      for (const d of r.distribution) summary.addRow(['', '', '', '', '', d.option, d.count]);
      for (const text of r.texts) summary.addRow(['', '', '', '', '', text, '']);
    }
    summary.getColumn(2).width = 50;
    summary.getColumn(6).width = 40;
    const sheet = workbook.addWorksheet(t('answers'));
    sheet.addRow(columns).font = { bold: true };
    for (const row of rows) sheet.addRow(row);
    sheet.columns.forEach((c) => (c.width = 24));
    const buffer = await workbook.xlsx.writeBuffer();
    return {
      filename: `${basename}.${EXTENSION[format]}`,
      mimeType: MIME[format],
      base64: Buffer.from(buffer).toString('base64'),
    };
  }
}
