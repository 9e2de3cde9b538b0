import { DEFAULT_DEDUCTIONS, type DeductionTable } from '@kinerja/scoring';
import { Entity, type Opt, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../common/tenant.entity.js';

export type MonthlyTargetMode = 'WORKING_DAYS' | 'FIXED';

/** Rating thresholds (rules.md, "IKI, SKP and the rating"), in percent / score points. */
export interface RatingThresholds {
  ikiAbove: number;
  ikiAsExpected: number;
  behaviourAbove: number;
  behaviourAsExpected: number;
  achievementAsExpected: number;
  achievementBelow: number;
}

/** Where the peer ranking draws coworkers from. */
export type PeerGroup = 'DEPARTMENT' | 'UNIT';

/** Weights (percent) of each rater kind in the behaviour score (rules.md, "The 360° behaviour review"). */
export interface BehaviourWeights {
  /** For staff (no direct reports). */
  staff: { supervisor: number; peer: number };
  /** For anyone with direct reports. */
  lead: { supervisor: number; peer: number; subordinate: number };
  /** Self-rating weight (rules.md: 0, shown beside). */
  self: number;
}

/** The monthly tasks (IKI, 360° review, peer ranking): who rates whom, how many, and by when. */
export interface ReviewSettings {
  /** Day of the next month by which a month's IKI, 360° review and ranking are due. */
  tasksDueDay: number;
  /** Peers from the same unit each employee rates in the 360° review. */
  reviewPeers: number;
  /** Fewest raters of a kind (peers, subordinates) for their aggregate to count and be shown. */
  minRaters: number;
  /** Coworkers each employee ranks (fewer when the peer group is smaller). */
  rankingSize: number;
  peerGroup: PeerGroup;
  weights: BehaviourWeights;
}

export const DEFAULT_REVIEW_SETTINGS: Readonly<ReviewSettings> = Object.freeze({
  tasksDueDay: 5,
  reviewPeers: 3,
  minRaters: 3,
  rankingSize: 12,
  peerGroup: 'DEPARTMENT',
  weights: Object.freeze({
    staff: Object.freeze({ supervisor: 50, peer: 50 }),
    lead: Object.freeze({ supervisor: 50, peer: 30, subordinate: 20 }),
    self: 0,
  }),
} as const satisfies ReviewSettings);

/** A deep, mutable copy of review settings. */
export function copyReviewSettings(s: Readonly<ReviewSettings>): ReviewSettings {
  return {
    ...s,
    weights: { staff: { ...s.weights.staff }, lead: { ...s.weights.lead }, self: s.weights.self },
  };
}

/** The TPP base of each job class, '1'..'17' → rupiah per month. */
export type TppBases = Record<string, number>;

/** The job classes (kelas jabatan) a TPP table must cover. */
export const JOB_CLASSES: readonly number[] = Array.from({ length: 17 }, (_, i) => i + 1);

const DEFAULT_TPP_BASES: Readonly<TppBases> = Object.freeze({
  '1': 910_340,
  '2': 1_150_930,
  '3': 1_391_519,
  '4': 1_684_129,
  '5': 2_841_561,
  '6': 3_407_272,
  '7': 3_920_964,
  '8': 4_447_069,
  '9': 5_532_975,
  '10': 6_360_556,
  '11': 7_312_275,
  '12': 9_458_076,
  '13': 11_828_507,
  '14': 13_179_238,
  '15': 17_311_827,
  '16': 20_000_000,
  '17': 24_000_000,
});

const DEFAULT_RATING_THRESHOLDS: Readonly<RatingThresholds> = Object.freeze({
  ikiAbove: 110,
  ikiAsExpected: 80,
  behaviourAbove: 90,
  behaviourAsExpected: 70,
  achievementAsExpected: 100,
  achievementBelow: 80,
});

/** Every policy value of rules.md, as in force on a date. */
export interface PolicyValues {
  dailyMinimumMinutes: number;
  dailyCapMinutes: number;
  backdatingDays: number;
  entryDeadlineDay: number;
  verificationDeadlineDay: number;
  escalationWorkingDays: number;
  autoApproveTop: boolean;
  monthlyTargetMode: MonthlyTargetMode;
  /** Set when monthlyTargetMode is FIXED. */
  monthlyTargetFixedMinutes: number | null;
  additionalCapPercent: number;
  performanceWeight: number;
  disciplineWeight: number;
  /** Hundredths of a percent per violation code. */
  deductions: DeductionTable;
  tppBases: TppBases;
  ratingThresholds: RatingThresholds;
  /** Day of the next month on which a month closes. */
  closingDay: number;
  sanctionCutPercent: number;
  sickLeaveFreeDays: number;
  sickLeaveCutPercentPerDay: number;
  bigLeaveCutPercentPerDay: number;
  reviewSettings: ReviewSettings;
}

/** The defaults of rules.md (the demo city's), for an agency that has set no policy yet. */
export const DEFAULT_POLICY = Object.freeze({
  dailyMinimumMinutes: 350,
  dailyCapMinutes: 450,
  backdatingDays: 5,
  entryDeadlineDay: 3,
  verificationDeadlineDay: 7,
  escalationWorkingDays: 5,
  autoApproveTop: false,
  monthlyTargetMode: 'WORKING_DAYS',
  monthlyTargetFixedMinutes: null,
  additionalCapPercent: 25,
  performanceWeight: 60,
  disciplineWeight: 40,
  deductions: DEFAULT_DEDUCTIONS,
  tppBases: DEFAULT_TPP_BASES,
  ratingThresholds: DEFAULT_RATING_THRESHOLDS,
  closingDay: 10,
  sanctionCutPercent: 25,
  sickLeaveFreeDays: 3,
  sickLeaveCutPercentPerDay: 1,
  bigLeaveCutPercentPerDay: 3,
  reviewSettings: DEFAULT_REVIEW_SETTINGS,
} as const satisfies Readonly<PolicyValues>);

/** A fresh, mutable copy of the defaults. */
export function defaultPolicy(): PolicyValues {
  return {
    ...DEFAULT_POLICY,
    deductions: { ...DEFAULT_POLICY.deductions },
    tppBases: { ...DEFAULT_POLICY.tppBases },
    ratingThresholds: { ...DEFAULT_POLICY.ratingThresholds },
    reviewSettings: copyReviewSettings(DEFAULT_POLICY.reviewSettings),
  };
}

/**
 * The agency's policy values (rules.md), versioned by effective date: the version in force on a
 * date is the one with the latest effective_from on or before it. Versions are never edited once
 * in force; a change is a new version. Defaults are the demo city's.
 */
@Entity({ tableName: 'performance_policy' })
export class PerformancePolicy extends TenantEntity {
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'integer' })
  dailyMinimumMinutes: number & Opt = DEFAULT_POLICY.dailyMinimumMinutes;

  @Property({ type: 'integer' })
  dailyCapMinutes: number & Opt = DEFAULT_POLICY.dailyCapMinutes;

  @Property({ type: 'integer' })
  backdatingDays: number & Opt = DEFAULT_POLICY.backdatingDays;

  @Property({ type: 'integer' })
  entryDeadlineDay: number & Opt = DEFAULT_POLICY.entryDeadlineDay;

  @Property({ type: 'integer' })
  verificationDeadlineDay: number & Opt = DEFAULT_POLICY.verificationDeadlineDay;

  @Property({ type: 'integer' })
  escalationWorkingDays: number & Opt = DEFAULT_POLICY.escalationWorkingDays;

  /** Whether entries of the top of the hierarchy (no supervisor) are approved automatically. */
  @Property({ type: 'boolean' })
  autoApproveTop: boolean & Opt = DEFAULT_POLICY.autoApproveTop;

  @Property({ type: 'text' })
  monthlyTargetMode: MonthlyTargetMode & Opt = DEFAULT_POLICY.monthlyTargetMode;

  @Property({ type: 'integer', nullable: true })
  monthlyTargetFixedMinutes: number | null = null;

  @Property({ type: 'integer' })
  additionalCapPercent: number & Opt = DEFAULT_POLICY.additionalCapPercent;

  @Property({ type: 'integer' })
  performanceWeight: number & Opt = DEFAULT_POLICY.performanceWeight;

  @Property({ type: 'integer' })
  disciplineWeight: number & Opt = DEFAULT_POLICY.disciplineWeight;

  @Property({ type: 'json' })
  deductions: DeductionTable & Opt = { ...DEFAULT_POLICY.deductions };

  @Property({ type: 'json' })
  tppBases: TppBases & Opt = { ...DEFAULT_POLICY.tppBases };

  @Property({ type: 'json' })
  ratingThresholds: RatingThresholds & Opt = { ...DEFAULT_POLICY.ratingThresholds };

  @Property({ type: 'integer' })
  closingDay: number & Opt = DEFAULT_POLICY.closingDay;

  @Property({ type: 'integer' })
  sanctionCutPercent: number & Opt = DEFAULT_POLICY.sanctionCutPercent;

  @Property({ type: 'integer' })
  sickLeaveFreeDays: number & Opt = DEFAULT_POLICY.sickLeaveFreeDays;

  @Property({ type: 'integer' })
  sickLeaveCutPercentPerDay: number & Opt = DEFAULT_POLICY.sickLeaveCutPercentPerDay;

  @Property({ type: 'integer' })
  bigLeaveCutPercentPerDay: number & Opt = DEFAULT_POLICY.bigLeaveCutPercentPerDay;

  @Property({ type: 'json' })
  reviewSettings: ReviewSettings & Opt = copyReviewSettings(DEFAULT_POLICY.reviewSettings);

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
