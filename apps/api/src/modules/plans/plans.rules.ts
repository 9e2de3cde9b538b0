/**
 * The pure rules of a plan's content and a month's realisations (the service gathers the facts).
 * Each returns the first problem, with the input field at fault, or null.
 */
import { decimalToHundredths } from '@kinerja/scoring';
import type { Problem } from '../policy/policy.rules.js';
import type {
  IkiRealisationInput,
  PerformancePlanInput,
  TeachingPracticeInput,
} from './plans.inputs.js';

export const LIMITS = {
  results: 30,
  indicators: 10,
  title: { min: 3, max: 500 },
  unit: { min: 1, max: 40 },
  note: 2000,
  evidence: 10,
  /** The largest target or realisation numeric(14,2) holds. */
  amount: 999_999_999_999.99,
  years: { min: 2000, max: 2100 },
} as const;

const CODE = /^[A-Z0-9_]{1,40}$/;

/** A positive (or non-negative) decimal with at most two places and numeric(14,2)'s range. */
export function isAmount(value: number, positive: boolean): boolean {
  if (!Number.isFinite(value) || value > LIMITS.amount) return false;
  if (positive ? value <= 0 : value < 0) return false;
  try {
    decimalToHundredths('value', value);
    return true;
  } catch {
    return false;
  }
}

const length = (text: string, min: number, max: number) => {
  const n = text.trim().length;
  return n >= min && n <= max;
};

export function yearProblem(year: number): Problem | null {
  return Number.isInteger(year) && year >= LIMITS.years.min && year <= LIMITS.years.max
    ? null
    : { key: 'plans.badYear', field: 'year', params: LIMITS.years };
}

/** The shape of a plan's content: counts, lengths, targets. */
export function planProblem(input: PerformancePlanInput): Problem | null {
  const year = yearProblem(input.year);
  if (year) return year;
  if (input.results.length === 0 || input.results.length > LIMITS.results)
    return { key: 'plans.resultCount', field: 'results', params: { max: LIMITS.results } };
  const ids = new Set<string>();
  for (const [i, r] of input.results.entries()) {
    const at = `results.${i}`;
    const n = i + 1;
    if (!length(r.title, LIMITS.title.min, LIMITS.title.max))
      return { key: 'plans.titleLength', field: `${at}.title`, params: { n, ...LIMITS.title } };
    if (r.indicators.length === 0 || r.indicators.length > LIMITS.indicators)
      return {
        key: 'plans.indicatorCount',
        field: `${at}.indicators`,
        params: { n, max: LIMITS.indicators },
      };
    for (const id of [r.id, ...r.indicators.map((x) => x.id)]) {
      if (!id) continue;
      if (ids.has(id)) return { key: 'plans.duplicateId', field: at, params: { id } };
      ids.add(id);
    }
    for (const [j, x] of r.indicators.entries()) {
      const f = `${at}.indicators.${j}`;
      const m = j + 1;
      if (!length(x.name, LIMITS.title.min, LIMITS.title.max))
        return {
          key: 'plans.indicatorName',
          field: `${f}.name`,
          params: { n, m, ...LIMITS.title },
        };
      if (!isAmount(x.target, true))
        return { key: 'plans.badTarget', field: `${f}.target`, params: { n, m } };
      if (!length(x.unit, LIMITS.unit.min, LIMITS.unit.max))
        return {
          key: 'plans.unitLength',
          field: `${f}.unit`,
          params: { n, m, max: LIMITS.unit.max },
        };
    }
  }
  return null;
}

/**
 * One realisation against its indicator: a practice indicator is reported by observation, any
 * other by a number; notes and evidence bounded.
 */
export function realisationProblem(
  r: IkiRealisationInput,
  isPractice: boolean,
  index: number,
): Problem | null {
  const at = `realisations.${index}`;
  if (isPractice) {
    if (!r.observation)
      return { key: 'plans.observationRequired', field: `${at}.observation`, params: {} };
  } else if (r.observation) {
    return { key: 'plans.observationNotPractice', field: `${at}.observation`, params: {} };
  } else if (
    r.realisation === null ||
    r.realisation === undefined ||
    !isAmount(r.realisation, false)
  ) {
    return { key: 'plans.badRealisation', field: `${at}.realisation`, params: {} };
  }
  if ((r.note?.length ?? 0) > LIMITS.note)
    return { key: 'plans.noteLength', field: `${at}.note`, params: { max: LIMITS.note } };
  if ((r.evidenceIds?.length ?? 0) > LIMITS.evidence)
    return {
      key: 'plans.tooMuchEvidence',
      field: `${at}.evidenceIds`,
      params: { max: LIMITS.evidence },
    };
  return null;
}

export function practiceProblem(input: TeachingPracticeInput): Problem | null {
  if (!CODE.test(input.code)) return { key: 'plans.practiceCode', field: 'code', params: {} };
  if (!length(input.name, 3, 200))
    return { key: 'plans.practiceName', field: 'name', params: { min: 3, max: 200 } };
  return null;
}
