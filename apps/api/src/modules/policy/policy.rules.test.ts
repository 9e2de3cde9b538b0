import { describe, expect, it } from 'vitest';
import {
  copyReviewSettings,
  DEFAULT_REVIEW_SETTINGS,
  defaultPolicy,
  type PeerGroup,
  type ReviewSettings,
} from './performance-policy.entity.js';
import { mayEditPolicy, mayReadPolicyHistory } from './policy.policy.js';
import { parsePolicyDraft, placeVersion, type PolicyDraft } from './policy.rules.js';
import { Role } from '../organisation/organisation.enums.js';
import type { Viewer } from '../../common/auth/viewer.js';

function draftOfDefaults(): PolicyDraft {
  const d = defaultPolicy();
  return {
    ...d,
    deductions: Object.entries(d.deductions).map(([code, h]) => ({ code, percent: h / 100 })),
    tppBases: Object.entries(d.tppBases).map(([c, amount]) => ({ jobClass: Number(c), amount })),
  };
}

describe('parsePolicyDraft', () => {
  it('turns the defaults back into the stored defaults', () => {
    expect(parsePolicyDraft(draftOfDefaults())).toEqual({ problem: null, values: defaultPolicy() });
  });

  it('stores a FIXED target only in FIXED mode', () => {
    const fixed = parsePolicyDraft({
      ...draftOfDefaults(),
      monthlyTargetMode: 'FIXED',
      monthlyTargetFixedMinutes: 7000,
    });
    expect(fixed.values?.monthlyTargetFixedMinutes).toBe(7000);
    const ignored = parsePolicyDraft({ ...draftOfDefaults(), monthlyTargetFixedMinutes: 7000 });
    expect(ignored.values?.monthlyTargetFixedMinutes).toBeNull();
  });

  it.each([
    [{ performanceWeight: 70 }, 'policy.weightsSum'],
    [{ dailyCapMinutes: 300 }, 'policy.capBelowMinimum'],
    [{ backdatingDays: 1.5 }, 'policy.range'],
    [{ sickLeaveFreeDays: -1 }, 'policy.range'],
    [{ entryDeadlineDay: 8 }, 'policy.deadlinesOrder'],
    [{ deductions: [{ code: 'TL1', percent: 0.505 }] }, 'policy.deductionPercent'],
    [
      {
        deductions: [
          { code: 'TL1', percent: 1 },
          { code: 'tl1', percent: 1 },
        ],
      },
      'policy.deductionDuplicate',
    ],
    [{ tppBases: [{ jobClass: 18, amount: 1 }] }, 'policy.tppJobClass'],
    [
      {
        tppBases: [
          { jobClass: 1, amount: 1 },
          { jobClass: 1, amount: 2 },
        ],
      },
      'policy.tppDuplicate',
    ],
    [{ tppBases: [{ jobClass: 1, amount: 0.5 }] }, 'policy.tppAmount'],
  ] as [Partial<PolicyDraft>, string][])('refuses %j with %s', (changes, key) => {
    expect(parsePolicyDraft({ ...draftOfDefaults(), ...changes }).problem?.key).toBe(key);
  });

  it('refuses thresholds out of range or with more than two decimals', () => {
    const t = defaultPolicy().ratingThresholds;
    const over = parsePolicyDraft({
      ...draftOfDefaults(),
      ratingThresholds: { ...t, ikiAbove: 121 },
    });
    expect(over.problem).toMatchObject({
      key: 'policy.thresholdRange',
      field: 'ratingThresholds.ikiAbove',
    });
    const fine = parsePolicyDraft({
      ...draftOfDefaults(),
      ratingThresholds: { ...t, behaviourAsExpected: 70.255 },
    });
    expect(fine.problem?.key).toBe('policy.thresholdRange');
    const order = parsePolicyDraft({
      ...draftOfDefaults(),
      ratingThresholds: { ...t, achievementBelow: 100 },
    });
    expect(order.problem?.key).toBe('policy.thresholdsOrder');
  });
});

describe('review settings', () => {
  const settings = (changes: Partial<ReviewSettings>): PolicyDraft => ({
    ...draftOfDefaults(),
    reviewSettings: { ...copyReviewSettings(DEFAULT_REVIEW_SETTINGS), ...changes },
  });
  const weights = DEFAULT_REVIEW_SETTINGS.weights;

  it('takes the defaults when none are given', () => {
    const { reviewSettings, ...draft } = draftOfDefaults();
    void reviewSettings;
    expect(parsePolicyDraft(draft).values?.reviewSettings).toEqual(DEFAULT_REVIEW_SETTINGS);
  });

  it.each([
    [{ tasksDueDay: 0 }, 'policy.range', 'reviewSettings.tasksDueDay'],
    [{ tasksDueDay: 11 }, 'policy.tasksAfterClosing', 'reviewSettings.tasksDueDay'],
    [{ reviewPeers: 11 }, 'policy.range', 'reviewSettings.reviewPeers'],
    [{ minRaters: 2.5 }, 'policy.range', 'reviewSettings.minRaters'],
    [{ rankingSize: 31 }, 'policy.range', 'reviewSettings.rankingSize'],
    [{ peerGroup: 'CITY' as PeerGroup }, 'policy.peerGroup', 'reviewSettings.peerGroup'],
    [{ weights: { ...weights, self: 21 } }, 'policy.range', 'reviewSettings.weights.self'],
    [
      { weights: { ...weights, staff: { supervisor: -10, peer: 110 } } },
      'policy.range',
      'reviewSettings.weights.staff.supervisor',
    ],
    [
      { weights: { ...weights, staff: { supervisor: 50, peer: 40 } } },
      'policy.raterWeightsSum',
      'reviewSettings.weights.staff',
    ],
    [
      { weights: { ...weights, lead: { supervisor: 50, peer: 50, subordinate: 10 } } },
      'policy.raterWeightsSum',
      'reviewSettings.weights.lead',
    ],
  ] as [Partial<ReviewSettings>, string, string][])(
    'refuses %j: %s at %s',
    (changes, key, field) => {
      expect(parsePolicyDraft(settings(changes)).problem).toMatchObject({ key, field });
    },
  );

  it('accepts other weights that add up, and a unit peer group', () => {
    const values = parsePolicyDraft(
      settings({
        peerGroup: 'UNIT',
        weights: {
          staff: { supervisor: 70, peer: 30 },
          lead: { supervisor: 40, peer: 40, subordinate: 20 },
          self: 20,
        },
      }),
    ).values;
    expect(values?.reviewSettings.peerGroup).toBe('UNIT');
    expect(values?.reviewSettings.weights.self).toBe(20);
  });
});

describe('placeVersion', () => {
  const today = '2026-11-20';
  it.each([
    ['2026-11-19', null, 'problem'],
    ['2026-11-20', null, 'insert'],
    ['2026-12-01', { id: 'a', effectiveFrom: '2026-01-01' }, 'insert'],
    ['2026-12-01', { id: 'a', effectiveFrom: '2026-12-01' }, 'replace'],
    ['2026-11-20', { id: 'a', effectiveFrom: '2026-11-20' }, 'problem'],
    ['2026-11-25', { id: 'a', effectiveFrom: '2026-12-01' }, 'problem'],
  ] as const)('%s after %j: %s', (from, latest, kind) => {
    expect(placeVersion(from, today, latest).kind).toBe(kind);
  });
});

describe('who may', () => {
  const viewer = (...roles: Role[]): Viewer => ({
    employeeId: 'e',
    agencyId: 'a',
    timeZone: 'Asia/Jakarta',
    roles: new Set([Role.EMPLOYEE, ...roles]),
    adminUnitId: null,
    sessionId: 's',
  });
  it('reads the history: admins and executives; edits: the agency admin', () => {
    expect(mayReadPolicyHistory(viewer())).toBe(false);
    expect(mayReadPolicyHistory(viewer(Role.EXECUTIVE))).toBe(true);
    expect(mayReadPolicyHistory(viewer(Role.DEPARTMENT_ADMIN))).toBe(true);
    expect(mayEditPolicy(viewer(Role.DEPARTMENT_ADMIN))).toBe(false);
    expect(mayEditPolicy(viewer(Role.EXECUTIVE))).toBe(false);
    expect(mayEditPolicy(viewer(Role.AGENCY_ADMIN))).toBe(true);
  });
});
