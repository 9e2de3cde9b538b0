/**
 * The report card's explanation in the caller's language. @kinerja/scoring explains every figure
 * in English lines keyed by what they explain ('minutes.main', 'tpp.cut.sanction', …); here each
 * key maps to a message of the `reports.explanation` catalogue, its parameters taken from the line
 * and the computed report (numbers formatted for the language). A key without a message keeps the
 * English text, so a new line in scoring shows up before it is translated.
 */
import { fromHundredths, type ExplanationLine as ScoringLine } from '@kinerja/scoring';
import {
  translate,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../common/i18n/messages.js';
import type { ComputedReport } from './report-facts.js';

export interface TranslatedLine {
  key: string;
  text: string;
  /** The line's figure as text: minutes and rupiah as integers, percentages with two places. */
  value: string | null;
  sources: string[];
}

type ValueKind = 'number' | 'percent' | 'text';

/** How each key's value reads: a percentage (scoring's hundredths), a number, or text. */
const PERCENT_KEYS = new Set([
  'achievement',
  'discipline.deduction',
  'discipline',
  'iki',
  'skp',
  'behaviour',
]);

function kindOf(key: string): ValueKind {
  if (PERCENT_KEYS.has(key)) return 'percent';
  if (key.startsWith('rating.') || key === 'predicate') return 'text';
  return 'number';
}

function valueText(line: ScoringLine): string | null {
  if (line.value === null) return null;
  if (typeof line.value === 'string') return line.value;
  return kindOf(line.key) === 'percent'
    ? fromHundredths(line.value).toFixed(2)
    : String(line.value);
}

const formats = new Map<string, Intl.NumberFormat>();
function format(locale: Locale, fractionDigits: number, value: number): string {
  const id = `${locale}|${fractionDigits}`;
  let f = formats.get(id);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-US', {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats.set(id, f);
  }
  return f.format(value);
}

/** Numbers as the language writes them: 6.900 / 6,900; 96,75 / 96.75; Rp 3.869.991. */
export function numberFormats(locale: Locale) {
  return {
    int: (n: number) => format(locale, 0, n),
    pct: (hundredths: number) => format(locale, 2, fromHundredths(hundredths)),
    percentOf: (percent: number) => format(locale, Number.isInteger(percent) ? 0 : 2, percent),
    rp: (n: number) => `Rp ${format(locale, 0, n)}`,
    days: (halfDays: number) => format(locale, halfDays % 2 ? 1 : 0, halfDays / 2),
  };
}

/** The message and parameters of a line, or null to keep scoring's English text. */
function messageOf(
  line: ScoringLine,
  report: ComputedReport,
  f: ReturnType<typeof numberFormats>,
  state: { deductionsByDate: Map<string, number>; cutIndex: number },
  locale: Locale,
): { key: MessageKey; params: MessageParams } | null {
  const { card, policy } = report;
  const n = typeof line.value === 'number' ? line.value : 0;
  const m = (key: string, params: MessageParams = {}) => ({
    key: `reports.explanation.${key}` as MessageKey,
    params,
  });
  const rating = (r: string) => `@reports.rating.${r}`;
  switch (line.key) {
    case 'minutes.main':
    case 'minutes.additional':
      return m(line.key === 'minutes.main' ? 'main' : 'additional', {
        minutes: f.int(n),
        count: f.int(line.sources.length),
      });
    case 'minutes.aboveDailyCap':
      return m('aboveDailyCap', {
        minutes: f.int(n),
        cap: f.int(policy.dailyCapMinutes),
        days: f.int(line.sources.length),
      });
    case 'target.gross':
      return policy.monthlyTargetMode === 'WORKING_DAYS'
        ? m('targetGross', {
            days: f.int(line.sources.length),
            minimum: f.int(policy.dailyMinimumMinutes),
            minutes: f.int(n),
          })
        : m('targetFixed', { minutes: f.int(n) });
    case 'target.excused':
      return m('excused', {
        minutes: f.int(n),
        days: f.days(
          policy.dailyMinimumMinutes ? Math.round((2 * n) / policy.dailyMinimumMinutes) : 0,
        ),
      });
    case 'target':
      return m('target', { minutes: f.int(n) });
    case 'minutes.additionalCounted':
      return m('additionalCounted', {
        minutes: f.int(n),
        cap: f.percentOf(policy.additionalCapPercent),
      });
    case 'achievement':
      return card.targetMinutes === 0
        ? m('achievementNoTarget')
        : m('achievement', {
            percent: f.pct(n),
            main: f.int(card.approvedMainMinutes),
            additional: f.int(card.countedAdditionalMinutes),
            target: f.int(card.targetMinutes),
          });
    case 'daysUnderMinimum':
      return m('daysUnderMinimum', { days: f.int(n), minimum: f.int(policy.dailyMinimumMinutes) });
    case 'negativeActivities':
      return m('negativeActivities', {
        count: f.int(card.negativeActivities.count),
        minutes: f.int(card.negativeActivities.minutes),
      });
    case 'discipline.deduction': {
      const date = line.sources[0] ?? '';
      const nth = state.deductionsByDate.get(date) ?? 0;
      state.deductionsByDate.set(date, nth + 1);
      const cause = report.causes[date]?.[nth];
      const code = /^(TL\d|PSW\d|TK)\b/.exec(line.text)?.[1] ?? '';
      if (!cause || !code) return null;
      return m('deduction', {
        code,
        date,
        cause: translate(locale, cause.key, cause.params),
        percent: f.pct(n),
      });
    }
    case 'discipline':
      return m('discipline', {
        percent: f.pct(n),
        deduction: f.pct(card.discipline.totalDeduction),
        count: f.int(card.discipline.deductions.length),
      });
    case 'iki':
    case 'skp':
    case 'behaviour':
      return m(line.key, { percent: f.pct(n) });
    case 'peerStanding':
      return m('peerStanding', { percentile: f.int(n) });
    case 'rating.workResult':
      return card.iki !== null
        ? m('workResultIki', {
            rating: rating(card.workResultRating),
            iki: f.pct(card.iki),
            above: f.percentOf(policy.ratingThresholds.ikiAbove),
            asExpected: f.percentOf(policy.ratingThresholds.ikiAsExpected),
          })
        : m('workResultAchievement', {
            rating: rating(card.workResultRating),
            achievement: f.pct(card.achievement),
            below: f.percentOf(policy.ratingThresholds.achievementBelow),
          });
    case 'rating.behaviour':
      return card.behaviour === null
        ? m('behaviourNone', { rating: rating(card.behaviourRating) })
        : m('behaviourScore', {
            rating: rating(card.behaviourRating),
            score: f.pct(card.behaviour),
          });
    case 'predicate':
      return m('predicate', {
        predicate: card.predicate,
        workResult: rating(card.workResultRating),
        behaviour: rating(card.behaviourRating),
      });
    case 'tpp.none':
      return m('tppNone');
    case 'tpp.base':
      return m('tppBase', { amount: f.rp(n) });
    case 'tpp.proratedBase':
      return m('tppProrated', {
        days: f.int(line.sources.length),
        working: f.int(report.workingDays),
        amount: f.rp(n),
      });
    case 'tpp.performancePart':
    case 'tpp.disciplinePart': {
      const performance = line.key === 'tpp.performancePart';
      return m(performance ? 'tppPerformance' : 'tppDiscipline', {
        amount: f.rp(n),
        base: f.rp(card.tpp.proratedBase),
        weight: f.int(performance ? policy.performanceWeight : policy.disciplineWeight),
        score: f.pct(performance ? card.achievement : card.discipline.discipline),
      });
    }
    case 'tpp.cut.sanction':
    case 'tpp.cut.sickLeave':
    case 'tpp.cut.bigLeave': {
      const cut = card.tpp.otherCutLines[state.cutIndex];
      state.cutIndex += 1;
      if (!cut) return null;
      const which = line.key.slice('tpp.cut.'.length);
      return m(`cut${which[0]!.toUpperCase()}${which.slice(1)}`, {
        percent: f.pct(cut.percent),
        amount: f.rp(cut.amount),
        free: f.int(policy.sickLeaveFreeDays),
      });
    }
    case 'tpp.otherCuts':
      return m('tppOtherCuts', {
        amount: f.rp(n),
        percent: f.pct(
          Math.min(
            10_000,
            card.tpp.otherCutLines.reduce((sum, c) => sum + c.percent, 0),
          ),
        ),
        parts: f.rp(card.tpp.performancePart + card.tpp.disciplinePart),
      });
    case 'tpp.total':
      return m('tppTotal', {
        total: f.rp(n),
        performance: f.rp(card.tpp.performancePart),
        discipline: f.rp(card.tpp.disciplinePart),
        cuts: f.rp(card.tpp.otherCuts),
      });
    default:
      return null;
  }
}

/** Every line of the report's explanation, worded in `locale`. */
export function explain(report: ComputedReport, locale: Locale): TranslatedLine[] {
  const f = numberFormats(locale);
  const state = { deductionsByDate: new Map<string, number>(), cutIndex: 0 };
  return report.card.explanation.map((line) => {
    const message = messageOf(line, report, f, state, locale);
    return {
      key: line.key,
      text: message ? translate(locale, message.key, message.params) : line.text,
      value: valueText(line),
      sources: line.sources,
    };
  });
}
