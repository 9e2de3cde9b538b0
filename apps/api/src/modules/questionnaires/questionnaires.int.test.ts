/**
 * Monthly questionnaires on the demo city: who may define, open and read them; whom each audience
 * reaches (checked against an independent computation); answering, editing and the deadline;
 * answer validation in both languages; the aggregation of a worked example; anonymity in results
 * and exports; questionnairesDueOn for the reminders; the demo seed; statement counts.
 * Clock: Friday 20 November 2026, 10:00 in Jakarta.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { seedDemoQuestionnaires } from '../../db/seed/questionnaires.js';
import { questionnairesDueOn } from './questionnaire.tasks.js';

const NOW = '2026-11-20T10:00:00+07:00';
const TEACHER = '197806202001041701';
const DEPARTMENT_ADMIN = '199503202020112402';

const FIELDS = `id title status period deadline anonymous audience positionKind openedAt
  department { id name } targetCount responseCount
  questions { id position kind text required options scaleMin scaleMax scaleMinLabel scaleMaxLabel }`;
const CREATE = `mutation($i: QuestionnaireInput!) { createQuestionnaire(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: QuestionnaireInput!) { updateQuestionnaire(id: $id, input: $i) { ${FIELDS} } }`;
const OPEN = `mutation($id: ID!) { openQuestionnaire(id: $id) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteQuestionnaire(id: $id) }`;
const LIST = `query($p: String) { questionnaires(period: $p) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { questionnaire(id: $id) { ${FIELDS} } }`;
const MINE = `query($p: String!) { myQuestionnaires(period: $p) {
  dueDate submitted submittedAt editable answers { questionId scale choices text }
  questionnaire { id title status deadline questions { id kind options } } } }`;
const SUBMIT = `mutation($id: ID!, $a: [AnswerInput!]!) { submitQuestionnaire(id: $id, answers: $a) {
  submitted editable answers { questionId scale choices text } questionnaire { id status } } }`;
const RESULTS = `query($id: ID!) { questionnaireResults(id: $id) {
  questionnaire { id anonymous responseCount }
  questions { question { id position kind } answered average distribution { option count } texts }
  respondents { employee { id nip name } submittedAt } } }`;
const EXPORT = `query($id: ID!, $f: SpreadsheetFormat!) { exportQuestionnaireResults(id: $id, format: $f) {
  filename mimeType base64 } }`;

interface Q {
  id: string;
  status: string;
  targetCount: number;
  responseCount: number;
  questions: { id: string; kind: string; options: string[] }[];
}

const QUESTIONS = [
  { kind: 'SCALE', text: 'Seberapa puas?', required: true, scaleMin: 1, scaleMax: 5 },
  { kind: 'SINGLE_CHOICE', text: 'Pilih satu', required: true, options: ['A', 'B', 'C'] },
  { kind: 'MULTIPLE_CHOICE', text: 'Pilih beberapa', required: false, options: ['X', 'Y', 'Z'] },
  { kind: 'SHORT_TEXT', text: 'Catatan', required: false },
];

function input(over: Record<string, unknown> = {}) {
  return {
    title: 'Kuesioner uji',
    description: null,
    anonymous: false,
    period: '2026-11',
    deadline: '2026-11-27',
    audience: 'ALL',
    questions: QUESTIONS,
    ...over,
  };
}

let t: TestApp;
let agencyId: string;
let kominfoId: string;
const ids: Record<string, string> = {};

const code = (r: { errors?: { extensions: { code: string } }[] }) => r.errors?.[0]?.extensions.code;

async function create(over: Record<string, unknown> = {}): Promise<Q> {
  const r = await t.as<{ createQuestionnaire: Q }>(persona.agencyAdmin, CREATE, { i: input(over) });
  expect(r.errors).toBeUndefined();
  return r.data!.createQuestionnaire;
}

async function createOpen(over: Record<string, unknown> = {}): Promise<Q> {
  const q = await create(over);
  const r = await t.as<{ openQuestionnaire: Q }>(persona.agencyAdmin, OPEN, { id: q.id });
  expect(r.errors).toBeUndefined();
  return r.data!.openQuestionnaire;
}

/** Answers for QUESTIONS: scale, one choice, several choices, a text. */
function answers(q: Q, scale: number, single: string, multi: string[], text: string | null) {
  const [s, c, m, x] = q.questions;
  return [
    { questionId: s!.id, scale },
    { questionId: c!.id, choices: [single] },
    { questionId: m!.id, choices: multi },
    { questionId: x!.id, text },
  ];
}

async function submit(nip: string, q: Q, a: unknown[], lang?: string) {
  return t.as<{ submitQuestionnaire: { answers: unknown[]; editable: boolean } }>(
    nip,
    SUBMIT,
    { id: q.id, a },
    lang ? { lang } : {},
  );
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  ({ agency_id: agencyId } = await t.one<{ agency_id: string }>(
    'select agency_id from employee where nip = ?',
    [persona.staff],
  ));
  for (const [k, nip] of Object.entries({ ...persona, teacher: TEACHER }))
    ids[k] = await t.idOf(nip);
  // Kominfo: the department above the demo staff.
  ({ id: kominfoId } = await t.one<{ id: string }>(
    `with recursive up(id, parent_id, kind) as (
       select u.id, u.parent_id, u.kind from employee e
         join position p on p.agency_id = e.agency_id and p.id = e.position_id
         join org_unit u on u.agency_id = p.agency_id and u.id = p.unit_id
        where e.nip = ?
       union all
       select o.id, o.parent_id, o.kind from org_unit o join up on o.id = up.parent_id)
     select id from up where kind = 'DEPARTMENT'`,
    [persona.staff],
  ));
}, 120_000);
afterAll(() => t?.close());

describe('who may do what', () => {
  it('only agency admins define, open, delete, list and read results (FORBIDDEN otherwise)', async () => {
    const q = await create();
    for (const nip of [persona.staff, persona.departmentHead, persona.sekda, DEPARTMENT_ADMIN]) {
      expect(code(await t.as(nip, CREATE, { i: input() })), nip).toBe('FORBIDDEN');
      expect(code(await t.as(nip, UPDATE, { id: q.id, i: input() }))).toBe('FORBIDDEN');
      expect(code(await t.as(nip, OPEN, { id: q.id }))).toBe('FORBIDDEN');
      expect(code(await t.as(nip, DELETE, { id: q.id }))).toBe('FORBIDDEN');
      expect(code(await t.as(nip, LIST, {}))).toBe('FORBIDDEN');
      expect(code(await t.as(nip, ONE, { id: q.id }))).toBe('FORBIDDEN');
      expect(code(await t.as(nip, RESULTS, { id: q.id }))).toBe('FORBIDDEN');
      expect(code(await t.as(nip, EXPORT, { id: q.id, f: 'XLSX' }))).toBe('FORBIDDEN');
    }
    expect(code(await t.gql(MINE, { p: '2026-11' }))).toBe('UNAUTHENTICATED');
    // An unknown id (or not a uuid) is NOT_FOUND for the admin.
    expect(code(await t.as(persona.agencyAdmin, ONE, { id: ids.staff }))).toBe('NOT_FOUND');
    expect(code(await t.as(persona.agencyAdmin, ONE, { id: 'nope' }))).toBe('NOT_FOUND');
    expect((await t.as(persona.agencyAdmin, DELETE, { id: q.id })).data).toEqual({
      deleteQuestionnaire: true,
    });
  });
});

describe('defining a questionnaire', () => {
  it('stores a draft with its questions in order, and audits create, update, open and delete', async () => {
    const q = await create({
      title: '  Uji audit  ',
      audience: 'DEPARTMENT',
      departmentId: kominfoId,
    });
    expect(q).toMatchObject({ status: 'DRAFT', audience: 'DEPARTMENT', responseCount: 0 });
    expect(q.questions.map((x) => x.kind)).toEqual([
      'SCALE',
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
      'SHORT_TEXT',
    ]);
    const one = await t.as(persona.agencyAdmin, ONE, { id: q.id });
    expect(one.data!.questionnaire).toMatchObject({
      title: 'Uji audit',
      department: { id: kominfoId },
      openedAt: null,
    });
    const upd = await t.as(persona.agencyAdmin, UPDATE, {
      id: q.id,
      i: input({ title: 'Uji audit 2', questions: QUESTIONS.slice(0, 2) }),
    });
    expect(upd.data!.updateQuestionnaire).toMatchObject({ title: 'Uji audit 2', department: null });
    expect(upd.data!.updateQuestionnaire.questions).toHaveLength(2);
    const opened = await t.as(persona.agencyAdmin, OPEN, { id: q.id });
    expect(opened.data!.openQuestionnaire.status).toBe('OPEN');
    expect(opened.data!.openQuestionnaire.openedAt).not.toBeNull();
    // Once open: no more changes, no delete, no second opening.
    const again = await t.as(persona.agencyAdmin, UPDATE, { id: q.id, i: input() });
    expect(code(again)).toBe('CONFLICT');
    expect(code(await t.as(persona.agencyAdmin, DELETE, { id: q.id }))).toBe('CONFLICT');
    expect(code(await t.as(persona.agencyAdmin, OPEN, { id: q.id }))).toBe('CONFLICT');
    const draft = await create();
    await t.as(persona.agencyAdmin, DELETE, { id: draft.id });
    const audit = await t.sql<{ action: string; entity_id: string }>(
      `select action, entity_id from audit_event where entity_type = 'Questionnaire'
        and entity_id = any (?::uuid[]) order by at, action`,
      [`{${q.id},${draft.id}}`],
    );
    expect(audit.filter((a) => a.entity_id === q.id).map((a) => a.action)).toEqual([
      'questionnaire.create',
      'questionnaire.update',
      'questionnaire.open',
    ]);
    expect(audit.filter((a) => a.entity_id === draft.id).map((a) => a.action)).toEqual([
      'questionnaire.create',
      'questionnaire.delete',
    ]);
    await t.sql(`delete from questionnaire where id = ?`, [q.id]);
  });

  it.each([
    ['no questions', { questions: [] }, 'paling sedikit satu pertanyaan', 'at least one question'],
    [
      'one option',
      { questions: [{ kind: 'SINGLE_CHOICE', text: 'x', required: true, options: ['A'] }] },
      '2 sampai 20 pilihan',
      '2 to 20 options',
    ],
    [
      'a blank option',
      { questions: [{ kind: 'MULTIPLE_CHOICE', text: 'x', required: true, options: ['A', ' '] }] },
      'tidak boleh kosong',
      'may not be empty',
    ],
    [
      'the same option twice',
      { questions: [{ kind: 'SINGLE_CHOICE', text: 'x', required: true, options: ['Ya', 'ya '] }] },
      'lebih dari sekali',
      'more than once',
    ],
    [
      'min above max',
      { questions: [{ kind: 'SCALE', text: 'x', required: true, scaleMin: 5, scaleMax: 1 }] },
      'antara 0 dan 10',
      'between 0 and 10',
    ],
    [
      'a scale beyond 10',
      { questions: [{ kind: 'SCALE', text: 'x', required: true, scaleMin: 0, scaleMax: 11 }] },
      'antara 0 dan 10',
      'between 0 and 10',
    ],
    [
      'a long question',
      { questions: [{ kind: 'SHORT_TEXT', text: 'x'.repeat(501), required: true }] },
      'paling banyak 500',
      'at most 500',
    ],
    ['a blank title', { title: '   ' }, 'Judul kuesioner wajib', 'needs a title'],
    [
      'a deadline before the period',
      { period: '2026-12', deadline: '2026-11-30' },
      'di dalam atau sesudah periodenya',
      'within or after the period',
    ],
    ['a past deadline', { deadline: '2026-11-19' }, 'sudah lewat', 'has passed'],
    ['a bad period', { period: '2026-13' }, 'tidak valid', 'not valid'],
    ['no department', { audience: 'DEPARTMENT' }, 'Pilih unit', 'Choose the unit'],
    ['no position kind', { audience: 'POSITION_KIND' }, 'jenis jabatan', 'position kind'],
  ])('refuses %s (BAD_USER_INPUT, id and en)', async (_, over, idText, enText) => {
    const ind = await t.as(persona.agencyAdmin, CREATE, { i: input(over) });
    expect(code(ind)).toBe('BAD_USER_INPUT');
    expect(ind.errors![0]!.message).toContain(idText);
    const en = await t.as(persona.agencyAdmin, CREATE, { i: input(over) }, { lang: 'en' });
    expect(en.errors![0]!.message).toContain(enText);
  });

  it('refuses a department of another agency or no unit at all', async () => {
    const r = await t.as(persona.agencyAdmin, CREATE, {
      i: input({ audience: 'DEPARTMENT', departmentId: ids.staff }),
    });
    expect(code(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.extensions.field).toBe('departmentId');
  });

  it('refuses to open a draft whose deadline has passed meanwhile', async () => {
    const q = await create();
    await t.sql(`update questionnaire set deadline = '2026-11-19' where id = ?`, [q.id]);
    const r = await t.as(persona.agencyAdmin, OPEN, { id: q.id }, { lang: 'en' });
    expect(code(r)).toBe('CONFLICT');
    expect(r.errors![0]!.message).toContain('2026-11-19');
    await t.as(persona.agencyAdmin, DELETE, { id: q.id });
  });
});

describe('targeting', () => {
  const DUE = '2026-11-26';
  const opened: Record<string, Q> = {};

  /** The expected people of each audience, computed independently (walking units upwards). */
  async function expected(): Promise<Record<string, string[]>> {
    const rows = await t.sql<{
      id: string;
      kind: string | null;
      name: string | null;
      dept: boolean;
    }>(
      `with recursive up(employee_id, unit_id) as (
         select e.id, p.unit_id from employee e
           join position p on p.agency_id = e.agency_id and p.id = e.position_id
          where e.agency_id = ?
         union all
         select up.employee_id, o.parent_id from up
           join org_unit o on o.agency_id = ? and o.id = up.unit_id where o.parent_id is not null)
       select e.id, p.kind::text as kind, p.name,
              exists (select 1 from up where up.employee_id = e.id and up.unit_id = ?) as dept
         from employee e left join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.agency_id = ? and e.active`,
      [agencyId, agencyId, kominfoId, agencyId],
    );
    const sorted = (xs: typeof rows) => xs.map((r) => r.id).sort();
    return {
      ALL: sorted(rows),
      DEPARTMENT: sorted(rows.filter((r) => r.dept)),
      POSITION_KIND: sorted(rows.filter((r) => r.kind === 'EXECUTOR')),
      TEACHERS: sorted(rows.filter((r) => r.kind === 'FUNCTIONAL' && /^guru/i.test(r.name ?? ''))),
    };
  }

  beforeAll(async () => {
    opened.ALL = await createOpen({ title: 'Semua', deadline: DUE });
    opened.DEPARTMENT = await createOpen({
      title: 'Kominfo',
      deadline: DUE,
      audience: 'DEPARTMENT',
      departmentId: kominfoId,
    });
    opened.POSITION_KIND = await createOpen({
      title: 'Pelaksana',
      deadline: DUE,
      audience: 'POSITION_KIND',
      positionKind: 'EXECUTOR',
    });
    opened.TEACHERS = await createOpen({ title: 'Guru', deadline: DUE, audience: 'TEACHERS' });
  });
  afterAll(async () => {
    await t.sql(`delete from questionnaire where deadline = ?`, [DUE]);
  });

  it('each audience reaches exactly the right people (questionnairesDueOn and targetCount)', async () => {
    const want = await expected();
    const due = await questionnairesDueOn(t.orm.em.fork(), agencyId, DUE);
    for (const [audience, q] of Object.entries(opened)) {
      const got = due
        .filter((d) => d.questionnaireId === q.id)
        .map((d) => d.employeeId)
        .sort();
      expect(got, audience).toEqual(want[audience]);
      expect(got.length, audience).toBeGreaterThan(0);
      const one = await t.as<{ questionnaire: Q }>(persona.agencyAdmin, ONE, { id: q.id });
      expect(one.data!.questionnaire.targetCount, audience).toBe(want[audience]!.length);
    }
    // The sets differ as the demo city says: the teacher is no executor and not in Kominfo.
    expect(want.TEACHERS).toContain(ids.teacher);
    expect(want.DEPARTMENT).toContain(ids.staff);
    expect(want.DEPARTMENT).not.toContain(ids.teacher);
    expect(want.POSITION_KIND).toContain(ids.staff);
    expect(want.POSITION_KIND).not.toContain(ids.sectionHead);
    expect(due.find((d) => d.questionnaireId === opened.TEACHERS!.id)?.title).toBe('Guru');
  });

  it('each person sees exactly the questionnaires that target them; others are NOT_FOUND', async () => {
    const titles = async (nip: string) =>
      (await t.as(nip, MINE, { p: '2026-11' }))
        .data!.myQuestionnaires.map(
          (x: { questionnaire: { title: string } }) => x.questionnaire.title,
        )
        .filter((x: string) => ['Semua', 'Kominfo', 'Pelaksana', 'Guru'].includes(x))
        .sort();
    expect(await titles(persona.staff)).toEqual(['Kominfo', 'Pelaksana', 'Semua']);
    expect(await titles(TEACHER)).toEqual(['Guru', 'Semua']);
    expect(await titles(persona.sectionHead)).toEqual(['Kominfo', 'Semua']);
    expect(await titles(persona.sekda)).toEqual(['Semua']);
    const refused = await submit(
      persona.staff,
      opened.TEACHERS!,
      answers(opened.TEACHERS!, 3, 'A', [], null),
    );
    expect(code(refused)).toBe('NOT_FOUND');
    const sideways = await submit(
      TEACHER,
      opened.DEPARTMENT!,
      answers(opened.DEPARTMENT!, 3, 'A', [], null),
    );
    expect(code(sideways)).toBe('NOT_FOUND');
  });

  it('someone who answered no longer appears among those due', async () => {
    const r = await submit(persona.staff, opened.ALL!, answers(opened.ALL!, 4, 'B', ['X'], 'ok'));
    expect(r.errors).toBeUndefined();
    const due = await questionnairesDueOn(t.orm.em.fork(), agencyId, DUE);
    const all = due.filter((d) => d.questionnaireId === opened.ALL!.id).map((d) => d.employeeId);
    expect(all).not.toContain(ids.staff);
    expect(all).toContain(ids.sectionHead);
    expect(await questionnairesDueOn(t.orm.em.fork(), agencyId, '2026-11-25')).toEqual([]);
  });
});

describe('answering and the deadline', () => {
  it('a draft is invisible; answers are stored, changed until the deadline (inclusive), refused after', async () => {
    const q = await create({ title: 'Tenggat' });
    const seen = async () =>
      (await t.as(persona.staff, MINE, { p: '2026-11' })).data!.myQuestionnaires.find(
        (x: { questionnaire: { id: string } }) => x.questionnaire.id === q.id,
      );
    expect(await seen()).toBeUndefined();
    expect(code(await submit(persona.staff, q, answers(q, 3, 'A', [], null)))).toBe('NOT_FOUND');
    const open = (await t.as<{ openQuestionnaire: Q }>(persona.agencyAdmin, OPEN, { id: q.id }))
      .data!.openQuestionnaire;
    expect(await seen()).toMatchObject({
      submitted: false,
      editable: true,
      dueDate: '2026-11-27',
      answers: [],
    });

    const first = await submit(persona.staff, open, answers(open, 2, 'A', ['X', 'Z'], ' pertama '));
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitQuestionnaire.answers).toEqual([
      { questionId: open.questions[0]!.id, scale: 2, choices: [], text: null },
      { questionId: open.questions[1]!.id, scale: null, choices: ['A'], text: null },
      { questionId: open.questions[2]!.id, scale: null, choices: ['X', 'Z'], text: null },
      { questionId: open.questions[3]!.id, scale: null, choices: [], text: 'pertama' },
    ]);
    // Deadline today: still editable; the optional questions may be left out.
    await t.sql(`update questionnaire set deadline = '2026-11-20' where id = ?`, [q.id]);
    const second = await submit(persona.staff, open, answers(open, 5, 'C', [], null));
    expect(second.errors).toBeUndefined();
    expect(second.data!.submitQuestionnaire.answers).toHaveLength(2);
    const counted = await t.one<{ n: number }>(
      'select count(*)::int as n from questionnaire_response where questionnaire_id = ?',
      [q.id],
    );
    expect(counted.n).toBe(1);
    // The day after the deadline (agency time): CONFLICT, with the date in the message.
    await t.sql(`update questionnaire set deadline = '2026-11-19' where id = ?`, [q.id]);
    const late = await submit(persona.staff, open, answers(open, 1, 'B', [], null), 'en');
    expect(code(late)).toBe('CONFLICT');
    expect(late.errors![0]!.message).toContain('deadline (2026-11-19) has passed');
    const idLate = await submit(persona.staff, open, answers(open, 1, 'B', [], null));
    expect(idLate.errors![0]!.message).toContain('sudah lewat');
    expect(await seen()).toMatchObject({
      submitted: true,
      editable: false,
      questionnaire: { status: 'CLOSED' },
    });
    expect((await seen()).answers[0].scale).toBe(5);
  });

  it.each([
    [
      'a required question left out',
      (q: Q) => answers(q, 3, 'A', [], null).slice(1),
      'Pertanyaan 1 wajib dijawab',
      'Question 1 must be answered',
    ],
    [
      'a choice not among the options',
      (q: Q) => answers(q, 3, 'D', [], null),
      '"D" bukan salah satu pilihan',
      '"D" is not one of the options',
    ],
    [
      'a scale out of bounds',
      (q: Q) => answers(q, 6, 'A', [], null),
      'antara 1 dan 5',
      'between 1 and 5',
    ],
    [
      'a scale below bounds',
      (q: Q) => answers(q, 0, 'A', [], null),
      'antara 1 dan 5',
      'between 1 and 5',
    ],
    [
      'a text over 1000 characters',
      (q: Q) => answers(q, 3, 'A', [], 'x'.repeat(1001)),
      'paling banyak 1000',
      'at most 1000',
    ],
    [
      'two choices for a single choice',
      (q: Q) => [
        ...answers(q, 3, 'A', [], null).filter((_, i) => i !== 1),
        { questionId: q.questions[1]!.id, choices: ['A', 'B'] },
      ],
      'tepat satu pilihan',
      'exactly one choice',
    ],
    [
      'a question of another questionnaire',
      (q: Q) => [...answers(q, 3, 'A', [], null), { questionId: ids.staff, text: 'x' }],
      'bukan bagian kuesioner ini',
      'not part of this questionnaire',
    ],
    [
      'a text for a scale',
      (q: Q) => [
        { questionId: q.questions[0]!.id, text: 'lima' },
        ...answers(q, 3, 'A', [], null).slice(1),
      ],
      'tidak sesuai dengan jenis',
      'does not fit the kind',
    ],
  ])('refuses %s (BAD_USER_INPUT, id and en)', async (_, build, idText, enText) => {
    const q = await createOpen({ title: 'Validasi' });
    const ind = await submit(persona.staff, q, build(q));
    expect(code(ind)).toBe('BAD_USER_INPUT');
    expect(ind.errors![0]!.message).toContain(idText);
    const en = await submit(persona.staff, q, build(q), 'en');
    expect(en.errors![0]!.message).toContain(enText);
    await t.sql('delete from questionnaire where id = ?', [q.id]);
  });
});

describe('results', () => {
  it('aggregates a worked example, and names respondents when not anonymous', async () => {
    const q = await createOpen({ title: 'Contoh' });
    await submit(persona.staff, q, answers(q, 5, 'A', ['X', 'Y'], 'zeta'));
    await submit(persona.sectionHead, q, answers(q, 4, 'A', ['Y'], 'alpha'));
    await submit(persona.departmentHead, q, answers(q, 2, 'C', [], null));
    const r = (await t.as(persona.agencyAdmin, RESULTS, { id: q.id })).data!.questionnaireResults;
    expect(r.questionnaire.responseCount).toBe(3);
    const [scale, single, multi, text] = r.questions;
    expect(scale).toMatchObject({
      answered: 3,
      average: 3.67,
      texts: [],
      distribution: [
        { option: '1', count: 0 },
        { option: '2', count: 1 },
        { option: '3', count: 0 },
        { option: '4', count: 1 },
        { option: '5', count: 1 },
      ],
    });
    expect(single).toMatchObject({
      answered: 3,
      average: null,
      distribution: [
        { option: 'A', count: 2 },
        { option: 'B', count: 0 },
        { option: 'C', count: 1 },
      ],
    });
    expect(multi).toMatchObject({
      answered: 2,
      distribution: [
        { option: 'X', count: 1 },
        { option: 'Y', count: 2 },
        { option: 'Z', count: 0 },
      ],
    });
    expect(text).toMatchObject({ answered: 2, texts: ['alpha', 'zeta'], distribution: [] });
    expect(r.respondents.map((x: { employee: { nip: string } }) => x.employee.nip).sort()).toEqual(
      [persona.staff, persona.sectionHead, persona.departmentHead].sort(),
    );

    const xlsx = await workbook(q.id);
    const answersSheet = xlsx.worksheets[1]!;
    const cells = sheetText(answersSheet);
    expect(cells).toContain(persona.staff);
    expect(answersSheet.getRow(1).getCell(4).text).toBe('1. Seberapa puas?');
    const summary = sheetText(xlsx.worksheets[0]!);
    expect(summary).toContain('3.67');
    expect(summary).toContain('alpha');
  });

  it('an anonymous questionnaire never reveals who answered what (results, XLSX, CSV)', async () => {
    const q = await createOpen({ title: 'Anonim', anonymous: true });
    await submit(persona.staff, q, answers(q, 1, 'B', ['Z'], 'teks dari staf'));
    await submit(persona.sectionHead, q, answers(q, 5, 'C', ['X'], 'komentar kepala seksi'));
    const res = await t.as(persona.agencyAdmin, RESULTS, { id: q.id });
    const r = res.data!.questionnaireResults;
    expect(r.respondents).toEqual([]);
    expect(r.questions[3].texts).toEqual(['komentar kepala seksi', 'teks dari staf']);
    const people = await t.sql<{ id: string; nip: string; name: string }>(
      'select id, nip, name from employee where nip = any (?::text[])',
      [`{${persona.staff},${persona.sectionHead}}`],
    );
    const json = JSON.stringify(res.data);
    const xlsx = await workbook(q.id);
    const cells = xlsx.worksheets.map(sheetText).join('\n');
    const csv = await exported(q.id, 'CSV');
    for (const p of people)
      for (const v of [p.id, p.nip, p.name]) {
        expect(json).not.toContain(v);
        expect(cells).not.toContain(v);
        expect(csv).not.toContain(v);
      }
    expect(cells).toContain('teks dari staf');
    expect(csv.split('\r\n')[0]).toContain('Responden');
  });
});

async function exported(id: string, format: 'CSV' | 'XLSX'): Promise<string> {
  const r = await t.as(persona.agencyAdmin, EXPORT, { id, f: format });
  expect(r.errors).toBeUndefined();
  const file = r.data!.exportQuestionnaireResults;
  expect(file.filename).toMatch(format === 'CSV' ? /\.csv$/ : /\.xlsx$/);
  return Buffer.from(file.base64, 'base64').toString(format === 'CSV' ? 'utf8' : 'latin1');
}

async function workbook(id: string): Promise<ExcelJS.Workbook> {
  const r = await t.as(persona.agencyAdmin, EXPORT, { id, f: 'XLSX' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(r.data!.exportQuestionnaireResults.base64, 'base64') as never);
  expect(wb.worksheets).toHaveLength(2);
  return wb;
}

function sheetText(sheet: ExcelJS.Worksheet): string {
  const out: string[] = [];
  sheet.eachRow((row) => row.eachCell((c) => out.push(c.text)));
  return out.join('\n');
}

describe('statement counts', () => {
  it('questionnaires, myQuestionnaires and results cost the same whatever their sizes', async () => {
    const period = '2027-01';
    const deadline = '2027-01-29';
    const make = (n: number, audience: Record<string, unknown>) =>
      Promise.all(Array.from({ length: n }, () => createOpen({ period, deadline, ...audience })));
    const list = () => t.as(persona.agencyAdmin, LIST, { p: period });
    const mine = () => t.as(persona.staff, MINE, { p: period });
    await t.tokenOf(persona.agencyAdmin);
    await t.tokenOf(persona.staff);
    const first = await make(1, { audience: 'DEPARTMENT', departmentId: kominfoId });
    await submit(persona.staff, first[0]!, answers(first[0]!, 3, 'A', [], null));
    const smallList = await t.countStatements(list);
    const smallMine = await t.countStatements(mine);
    await make(2, { audience: 'ALL' });
    await make(2, { audience: 'TEACHERS' });
    const more = await make(1, { audience: 'POSITION_KIND', positionKind: 'EXECUTOR' });
    await submit(persona.staff, more[0]!, answers(more[0]!, 3, 'A', ['X'], 'x'));
    const bigList = await t.countStatements(list);
    const bigMine = await t.countStatements(mine);
    expect((await list()).data!.questionnaires).toHaveLength(6);
    expect((await mine()).data!.myQuestionnaires).toHaveLength(4);
    expect(bigList.count).toBe(smallList.count);
    expect(bigMine.count).toBe(smallMine.count);

    const results = (id: string) => () => t.as(persona.agencyAdmin, RESULTS, { id });
    const smallResults = await t.countStatements(results(first[0]!.id));
    for (const nip of [persona.sectionHead, persona.departmentHead, persona.staff])
      await submit(nip, first[0]!, answers(first[0]!, 4, 'B', ['Y', 'Z'], `dari ${nip}`));
    const bigResults = await t.countStatements(results(first[0]!.id));
    expect(bigResults.count).toBe(smallResults.count);
    expect(bigList.count).toBeLessThanOrEqual(8);
  });
});

describe('demo seed', () => {
  it('opens the month’s questionnaires with answers, leaves the demo staff and teacher unanswered, and is idempotent', async () => {
    const first = await seedDemoQuestionnaires(t.orm.em.fork(), '2026-11-20');
    expect(first.questionnaires).toBe(3);
    expect(first.responses).toBeGreaterThanOrEqual(10);
    expect(await seedDemoQuestionnaires(t.orm.em.fork(), '2026-11-20')).toEqual({
      questionnaires: 0,
      responses: 0,
    });
    const titles = async (nip: string) =>
      (await t.as(nip, MINE, { p: '2026-11' })).data!.myQuestionnaires.filter(
        (x: { questionnaire: { title: string } }) =>
          ['Refleksi pembelajaran bulanan', 'Survei kepuasan layanan kepegawaian'].includes(
            x.questionnaire.title,
          ),
      );
    const teacher = await titles(TEACHER);
    expect(teacher.map((x: { submitted: boolean }) => x.submitted)).toEqual([false, false]);
    expect(teacher[0].dueDate).toBe('2026-11-30');
    const staff = await titles(persona.staff);
    expect(staff).toHaveLength(1);
    expect(staff[0]).toMatchObject({ submitted: false, editable: true });
    const all = (await t.as(persona.agencyAdmin, LIST, { p: '2026-11' })).data!.questionnaires;
    const byTitle = new Map(all.map((q: { title: string }) => [q.title, q]));
    expect(byTitle.get('Evaluasi pelatihan aplikasi Kinerja')).toMatchObject({ status: 'DRAFT' });
    const reflection = byTitle.get('Refleksi pembelajaran bulanan') as Q;
    expect(reflection.responseCount).toBe(6);
    const r = (await t.as(persona.agencyAdmin, RESULTS, { id: reflection.id })).data!
      .questionnaireResults;
    expect(r.respondents).toHaveLength(6);
    expect(r.questions[0].answered).toBe(6);
    expect(r.questions[0].average).toBeGreaterThan(0);
  });
});

describe('the deadline follows the agency’s time zone', () => {
  it('at 01:00 in Jakarta on the 21st (still the 20th in UTC) a deadline of the 20th has passed', async () => {
    // 2026-11-20T18:00Z is 2026-11-21 01:00 in Asia/Jakarta.
    const late = await createTestApp({ now: '2026-11-20T18:00:00Z' });
    try {
      const made = await late.as<{ createQuestionnaire: Q }>(persona.agencyAdmin, CREATE, {
        i: input({ title: 'Zona waktu', deadline: '2026-11-21' }),
      });
      const q = made.data!.createQuestionnaire;
      expect(code(await late.as(persona.agencyAdmin, OPEN, { id: q.id }))).toBeUndefined();
      const early = await late.as(persona.agencyAdmin, CREATE, {
        i: input({ deadline: '2026-11-20' }),
      });
      expect(code(early)).toBe('BAD_USER_INPUT');
      await late.sql(`update questionnaire set deadline = '2026-11-20' where id = ?`, [q.id]);
      const r = await late.as(persona.staff, SUBMIT, { id: q.id, a: answers(q, 3, 'A', [], null) });
      expect(code(r)).toBe('CONFLICT');
    } finally {
      await late.close();
    }
  });
});
