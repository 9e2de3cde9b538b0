/**
 * The values of a policy version, as the admin pages show and edit them: one catalogue (sections,
 * each field's path and kind) used by the readable view, the form and the diff. A field's path is
 * the input's path as the server names it in `extensions.field` (e.g. `ratingThresholds.ikiAbove`,
 * `reviewSettings.weights.staff.peer`); deductions and TPP bases are `deductions.TL1`,
 * `tppBases.5`.
 */

/** How a value is written and read back. */
export type FieldKind =
  | 'minutes'
  | 'days'
  | 'workingDays'
  | 'dayOfMonth'
  | 'percent'
  | 'percentDecimal'
  | 'score'
  | 'count'
  | 'rupiah'
  | 'boolean'
  | 'targetMode'
  | 'peerGroup';

export interface PolicyField {
  path: string;
  kind: FieldKind;
}

export const VIOLATION_CODES = [
  'TL1',
  'TL2',
  'TL3',
  'TL4',
  'PSW1',
  'PSW2',
  'PSW3',
  'PSW4',
  'TK',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

export const JOB_CLASSES: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);

export type SectionKey = 'activities' | 'deadlines' | 'tpp' | 'deductions' | 'ratings' | 'reviews';

/** The sections of a version, in reading order; deductions and TPP bases are tables of their own. */
export const SECTIONS: readonly { key: SectionKey; fields: readonly PolicyField[] }[] = [
  {
    key: 'activities',
    fields: [
      { path: 'dailyMinimumMinutes', kind: 'minutes' },
      { path: 'dailyCapMinutes', kind: 'minutes' },
      { path: 'monthlyTargetMode', kind: 'targetMode' },
      { path: 'monthlyTargetFixedMinutes', kind: 'minutes' },
      { path: 'additionalCapPercent', kind: 'percent' },
      { path: 'backdatingDays', kind: 'days' },
      { path: 'autoApproveTop', kind: 'boolean' },
    ],
  },
  {
    key: 'deadlines',
    fields: [
      { path: 'entryDeadlineDay', kind: 'dayOfMonth' },
      { path: 'verificationDeadlineDay', kind: 'dayOfMonth' },
      { path: 'closingDay', kind: 'dayOfMonth' },
      { path: 'escalationWorkingDays', kind: 'workingDays' },
    ],
  },
  {
    key: 'tpp',
    fields: [
      { path: 'performanceWeight', kind: 'percent' },
      { path: 'disciplineWeight', kind: 'percent' },
      { path: 'sanctionCutPercent', kind: 'percent' },
      { path: 'sickLeaveFreeDays', kind: 'workingDays' },
      { path: 'sickLeaveCutPercentPerDay', kind: 'percent' },
      { path: 'bigLeaveCutPercentPerDay', kind: 'percent' },
    ],
  },
  {
    key: 'deductions',
    fields: VIOLATION_CODES.map((code) => ({ path: `deductions.${code}`, kind: 'percentDecimal' })),
  },
  {
    key: 'ratings',
    fields: [
      { path: 'ratingThresholds.ikiAbove', kind: 'score' },
      { path: 'ratingThresholds.ikiAsExpected', kind: 'score' },
      { path: 'ratingThresholds.achievementAsExpected', kind: 'score' },
      { path: 'ratingThresholds.achievementBelow', kind: 'score' },
      { path: 'ratingThresholds.behaviourAbove', kind: 'score' },
      { path: 'ratingThresholds.behaviourAsExpected', kind: 'score' },
    ],
  },
  {
    key: 'reviews',
    fields: [
      { path: 'reviewSettings.tasksDueDay', kind: 'dayOfMonth' },
      { path: 'reviewSettings.reviewPeers', kind: 'count' },
      { path: 'reviewSettings.minRaters', kind: 'count' },
      { path: 'reviewSettings.rankingSize', kind: 'count' },
      { path: 'reviewSettings.peerGroup', kind: 'peerGroup' },
      { path: 'reviewSettings.weights.staff.supervisor', kind: 'percent' },
      { path: 'reviewSettings.weights.staff.peer', kind: 'percent' },
      { path: 'reviewSettings.weights.lead.supervisor', kind: 'percent' },
      { path: 'reviewSettings.weights.lead.peer', kind: 'percent' },
      { path: 'reviewSettings.weights.lead.subordinate', kind: 'percent' },
      { path: 'reviewSettings.weights.self', kind: 'percent' },
    ],
  },
];

export const TPP_BASE_FIELDS: readonly PolicyField[] = JOB_CLASSES.map((c) => ({
  path: `tppBases.${c}`,
  kind: 'rupiah',
}));

/** Every field of a version, in reading order (TPP bases after the TPP section). */
export const ALL_FIELDS: readonly PolicyField[] = SECTIONS.flatMap((s) =>
  s.key === 'tpp' ? [...s.fields, ...TPP_BASE_FIELDS] : s.fields,
);

const KIND_BY_PATH = new Map(ALL_FIELDS.map((f) => [f.path, f.kind]));

export function kindOf(path: string): FieldKind | undefined {
  return KIND_BY_PATH.get(path);
}

/** Fields holding decimals (two places); every other number is whole. */
export function isDecimal(kind: FieldKind): boolean {
  return kind === 'percentDecimal' || kind === 'score';
}

/** The message key of a field's label. */
export function labelKey(path: string): string {
  if (path.startsWith('deductions.')) return 'adminPolicy.fields.deduction';
  if (path.startsWith('tppBases.')) return 'adminPolicy.fields.tppBase';
  return `adminPolicy.fields.${path}`;
}

/** The parameters of a field's label (the code or job class of a table row). */
export function labelParams(path: string): Record<string, string> {
  const [head, rest] = path.split('.', 2) as [string, string | undefined];
  if (head === 'deductions') return { code: rest ?? '' };
  if (head === 'tppBases') return { jobClass: rest ?? '' };
  return {};
}

/** A value of a field in the UI language: "350 menit", "0,5%", "Rp910.340", "tanggal 10". */
export function formatValue(
  kind: FieldKind,
  value: number | string | boolean | null | undefined,
  locale: string,
  t: (key: string, params?: Record<string, unknown>) => string,
): string {
  if (value === null || value === undefined || value === '') return t('adminPolicy.value.none');
  const n = (digits = 0) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(Number(value));
  switch (kind) {
    case 'minutes':
      return t('adminPolicy.value.minutes', { n: n() });
    case 'days':
      return t('adminPolicy.value.days', { n: n() });
    case 'workingDays':
      return t('adminPolicy.value.workingDays', { n: n() });
    case 'dayOfMonth':
      return t('adminPolicy.value.dayOfMonth', { n: n() });
    case 'percent':
    case 'percentDecimal':
      return t('adminPolicy.value.percent', { n: n(2) });
    case 'score':
    case 'count':
      return n(2);
    case 'rupiah':
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'IDR',
        maximumFractionDigits: 0,
      }).format(Number(value));
    case 'boolean':
      return value ? t('adminPolicy.value.yes') : t('adminPolicy.value.no');
    case 'targetMode':
      return t(`adminPolicy.targetMode.${String(value)}`);
    case 'peerGroup':
      return t(`adminPolicy.peerGroup.${String(value)}`);
  }
}
