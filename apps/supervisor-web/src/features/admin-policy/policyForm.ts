/**
 * The policy form's logic, apart from the page: a version's values flattened by field path, the
 * form's text built from them (pre-filled from the version in force), read back into the input the
 * server takes (numbers parsed as Indonesians and English speakers write them), the difference
 * between two versions, and where each version stands today. The server checks every rule (ranges,
 * sums, order of deadlines); the form only refuses what is not a number.
 */
import type { ResultOf } from '@kinerja/web-common';
import type { TypedDocumentNode } from '@apollo/client/core';
import type { PolicyVersionFragment, SetPerformancePolicyMutation } from './policy.documents';
import {
  ALL_FIELDS,
  isDecimal,
  JOB_CLASSES,
  VIOLATION_CODES,
  type FieldKind,
} from './policyFields';
import { addMonths } from '@kinerja/web-common';
import { addDays } from '../admin-periods/dates';

export type PolicyVersion = ResultOf<typeof PolicyVersionFragment>;
type VariablesOf<T> = T extends TypedDocumentNode<infer _R, infer V> ? V : never;
export type PolicyInput = VariablesOf<typeof SetPerformancePolicyMutation>['input'];

/** A version's values by field path (the shape shared by a version and an input). */
export type FlatValues = Record<string, number | string | boolean | null>;
type PolicyShape = Pick<
  PolicyVersion,
  'deductions' | 'tppBases' | 'ratingThresholds' | 'monthlyTargetMode' | 'autoApproveTop'
> &
  Record<string, unknown> & {
    reviewSettings?: PolicyVersion['reviewSettings'] | null;
  };

const SCALARS = ALL_FIELDS.map((f) => f.path).filter((p) => !p.includes('.'));

export function flatten(policy: PolicyShape): FlatValues {
  const flat: FlatValues = {};
  for (const path of SCALARS) flat[path] = (policy[path] as FlatValues[string]) ?? null;
  for (const d of policy.deductions) flat[`deductions.${d.code}`] = d.percent;
  for (const b of policy.tppBases) flat[`tppBases.${b.jobClass}`] = b.amount;
  for (const [name, value] of Object.entries(policy.ratingThresholds)) {
    if (name !== '__typename') flat[`ratingThresholds.${name}`] = value as number;
  }
  const review = policy.reviewSettings;
  if (review) {
    flat['reviewSettings.tasksDueDay'] = review.tasksDueDay;
    flat['reviewSettings.reviewPeers'] = review.reviewPeers;
    flat['reviewSettings.minRaters'] = review.minRaters;
    flat['reviewSettings.rankingSize'] = review.rankingSize;
    flat['reviewSettings.peerGroup'] = review.peerGroup;
    flat['reviewSettings.weights.self'] = review.weights.self;
    flat['reviewSettings.weights.staff.supervisor'] = review.weights.staff.supervisor;
    flat['reviewSettings.weights.staff.peer'] = review.weights.staff.peer;
    flat['reviewSettings.weights.lead.supervisor'] = review.weights.lead.supervisor;
    flat['reviewSettings.weights.lead.peer'] = review.weights.lead.peer;
    flat['reviewSettings.weights.lead.subordinate'] = review.weights.lead.subordinate;
  }
  return flat;
}

/** The form: the effective date and every value as typed (text for numbers). */
export interface PolicyForm {
  effectiveFrom: string;
  values: Record<string, string | boolean>;
}

/** A number as the form shows it: the UI language's decimal separator, no grouping. */
export function numberText(value: number, locale: string): string {
  const separator = locale.startsWith('id') ? ',' : '.';
  return String(value).replace('.', separator);
}

export function formFromPolicy(
  policy: PolicyVersion,
  effectiveFrom: string,
  locale: string,
): PolicyForm {
  const flat = flatten(policy);
  const values: PolicyForm['values'] = {};
  for (const { path, kind } of ALL_FIELDS) {
    const value = flat[path];
    if (kind === 'boolean') values[path] = Boolean(value);
    else if (typeof value === 'number') values[path] = numberText(value, locale);
    else values[path] = value === null || value === undefined ? '' : String(value);
  }
  if (values.monthlyTargetMode === '') values.monthlyTargetMode = 'WORKING_DAYS';
  return { effectiveFrom, values };
}

export type NumberProblem = 'required' | 'notNumber' | 'notWhole';

/**
 * A number as typed: "1.250.000" or "1 250 000" (grouped) and "0,5" or "0.5" (decimal comma or
 * point) are read as people write them; decimals are refused where only whole numbers make sense.
 */
export function parseNumber(text: string, decimal: boolean): number | NumberProblem {
  const s = text.replace(/[\s\u00a0]/g, '');
  if (!s) return 'required';
  if (/^-?\d{1,3}([.,]\d{3}){2,}$/.test(s) || (!decimal && /^-?\d{1,3}([.,]\d{3})+$/.test(s)))
    return Number(s.replace(/[.,]/g, ''));
  if (/^-?\d+$/.test(s)) return Number(s);
  if (/^-?\d*[.,]\d+$/.test(s)) return decimal ? Number(s.replace(',', '.')) : 'notWhole';
  return 'notNumber';
}

export interface FieldProblem {
  path: string;
  problem: NumberProblem;
}

/** The form read back: the input to send, or the fields that are not numbers. */
export function readForm(
  form: PolicyForm,
): { input: PolicyInput; problems: [] } | { input: null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const fixed = form.values.monthlyTargetMode === 'FIXED';
  const num = (path: string, kind: FieldKind): number => {
    const parsed = parseNumber(String(form.values[path] ?? ''), isDecimal(kind));
    if (typeof parsed === 'number') return parsed;
    problems.push({ path, problem: parsed });
    return 0;
  };
  const numbers: Record<string, number> = {};
  for (const { path, kind } of ALL_FIELDS) {
    if (kind === 'boolean' || kind === 'targetMode' || kind === 'peerGroup') continue;
    if (path === 'monthlyTargetFixedMinutes' && !fixed) continue;
    numbers[path] = num(path, kind);
  }
  if (problems.length) return { input: null, problems };

  const n = (path: string) => numbers[path]!;
  const input: PolicyInput = {
    effectiveFrom: form.effectiveFrom,
    dailyMinimumMinutes: n('dailyMinimumMinutes'),
    dailyCapMinutes: n('dailyCapMinutes'),
    backdatingDays: n('backdatingDays'),
    entryDeadlineDay: n('entryDeadlineDay'),
    verificationDeadlineDay: n('verificationDeadlineDay'),
    escalationWorkingDays: n('escalationWorkingDays'),
    autoApproveTop: Boolean(form.values.autoApproveTop),
    monthlyTargetMode: fixed ? 'FIXED' : 'WORKING_DAYS',
    monthlyTargetFixedMinutes: fixed ? n('monthlyTargetFixedMinutes') : null,
    additionalCapPercent: n('additionalCapPercent'),
    performanceWeight: n('performanceWeight'),
    disciplineWeight: n('disciplineWeight'),
    closingDay: n('closingDay'),
    sanctionCutPercent: n('sanctionCutPercent'),
    sickLeaveFreeDays: n('sickLeaveFreeDays'),
    sickLeaveCutPercentPerDay: n('sickLeaveCutPercentPerDay'),
    bigLeaveCutPercentPerDay: n('bigLeaveCutPercentPerDay'),
    deductions: VIOLATION_CODES.map((code) => ({ code, percent: n(`deductions.${code}`) })),
    tppBases: JOB_CLASSES.map((jobClass) => ({ jobClass, amount: n(`tppBases.${jobClass}`) })),
    ratingThresholds: {
      ikiAbove: n('ratingThresholds.ikiAbove'),
      ikiAsExpected: n('ratingThresholds.ikiAsExpected'),
      behaviourAbove: n('ratingThresholds.behaviourAbove'),
      behaviourAsExpected: n('ratingThresholds.behaviourAsExpected'),
      achievementAsExpected: n('ratingThresholds.achievementAsExpected'),
      achievementBelow: n('ratingThresholds.achievementBelow'),
    },
    reviewSettings: {
      tasksDueDay: n('reviewSettings.tasksDueDay'),
      reviewPeers: n('reviewSettings.reviewPeers'),
      minRaters: n('reviewSettings.minRaters'),
      rankingSize: n('reviewSettings.rankingSize'),
      peerGroup: form.values['reviewSettings.peerGroup'] === 'UNIT' ? 'UNIT' : 'DEPARTMENT',
      weights: {
        self: n('reviewSettings.weights.self'),
        staff: {
          supervisor: n('reviewSettings.weights.staff.supervisor'),
          peer: n('reviewSettings.weights.staff.peer'),
        },
        lead: {
          supervisor: n('reviewSettings.weights.lead.supervisor'),
          peer: n('reviewSettings.weights.lead.peer'),
          subordinate: n('reviewSettings.weights.lead.subordinate'),
        },
      },
    },
  };
  return { input, problems: [] };
}

export interface DiffLine {
  path: string;
  kind: FieldKind;
  before: number | string | boolean | null;
  after: number | string | boolean | null;
}

/** The values that differ between two versions, in reading order. */
export function diffPolicies(before: PolicyShape, after: PolicyShape): DiffLine[] {
  const a = flatten(before);
  const b = flatten(after);
  return ALL_FIELDS.filter(({ path }) => (a[path] ?? null) !== (b[path] ?? null)).map(
    ({ path, kind }) => ({ path, kind, before: a[path] ?? null, after: b[path] ?? null }),
  );
}

export type VersionStatus = 'IN_FORCE' | 'PLANNED' | 'PAST';

/**
 * Where each version stands on `today`: the latest effective on or before today is in force,
 * later ones are planned, earlier ones past.
 */
export function versionStatuses(
  versions: readonly { id?: string | null; effectiveFrom?: string | null }[],
  today: string,
): Map<string, VersionStatus> {
  const statuses = new Map<string, VersionStatus>();
  const sorted = versions
    .filter((v): v is { id: string; effectiveFrom: string } => !!v.id && !!v.effectiveFrom)
    .sort((x, y) => (x.effectiveFrom < y.effectiveFrom ? 1 : -1));
  let inForceFound = false;
  for (const v of sorted) {
    if (v.effectiveFrom > today) statuses.set(v.id, 'PLANNED');
    else if (!inForceFound) {
      statuses.set(v.id, 'IN_FORCE');
      inForceFound = true;
    } else statuses.set(v.id, 'PAST');
  }
  return statuses;
}

/**
 * The effective date a new version starts with: the first of next month, or the day after the
 * latest version when that is later (a new version must come after every existing one).
 */
export function defaultEffectiveFrom(
  versions: readonly { effectiveFrom?: string | null }[],
  today: string,
): string {
  const nextMonth = `${addMonths(today.slice(0, 7), 1)}-01`;
  const latest = versions
    .map((v) => v.effectiveFrom ?? '')
    .reduce((max, d) => (d > max ? d : max), '');
  return latest >= nextMonth ? addDays(latest, 1) : nextMonth;
}
