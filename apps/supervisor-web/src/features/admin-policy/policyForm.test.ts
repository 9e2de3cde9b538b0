import { describe, expect, it } from 'vitest';
import { fieldsCovered } from '../../app/ui/serverErrors';
import {
  defaultEffectiveFrom,
  diffPolicies,
  flatten,
  formFromPolicy,
  parseNumber,
  readForm,
  versionStatuses,
} from './policyForm';
import { DEMO_POLICY } from './demoPolicy.fixture';
import { ALL_FIELDS, formatValue } from './policyFields';

describe('parseNumber', () => {
  it('reads whole numbers, grouped as Indonesians or English speakers write them', () => {
    expect(parseNumber('350', false)).toBe(350);
    expect(parseNumber(' 1.250.000 ', false)).toBe(1250000);
    expect(parseNumber('1,250,000', false)).toBe(1250000);
    expect(parseNumber('910 340', false)).toBe(910340);
    expect(parseNumber('1.000', false)).toBe(1000);
  });

  it('reads decimals with a comma or a point', () => {
    expect(parseNumber('0,5', true)).toBe(0.5);
    expect(parseNumber('1.25', true)).toBe(1.25);
    expect(parseNumber('5', true)).toBe(5);
  });

  it('names what is wrong', () => {
    expect(parseNumber('', false)).toBe('required');
    expect(parseNumber('0,5', false)).toBe('notWhole');
    expect(parseNumber('lima', true)).toBe('notNumber');
    expect(parseNumber('1..2', true)).toBe('notNumber');
  });
});

describe('the form and the input', () => {
  it('pre-fills every field from a version and reads back the same values', () => {
    const form = formFromPolicy(DEMO_POLICY, '2027-01-01', 'id');
    expect(form.values['deductions.TL3']).toBe('1,25');
    expect(form.values['tppBases.1']).toBe('910340');
    expect(form.values['reviewSettings.weights.lead.peer']).toBe('30');
    expect(form.values.autoApproveTop).toBe(false);
    expect(form.values.monthlyTargetFixedMinutes).toBe('');

    const read = readForm(form);
    expect(read.problems).toEqual([]);
    expect(read.input?.effectiveFrom).toBe('2027-01-01');
    expect(read.input?.monthlyTargetFixedMinutes).toBeNull();
    expect(read.input?.deductions).toEqual(DEMO_POLICY.deductions);
    expect(read.input?.tppBases).toHaveLength(17);
    // Nothing changed: no difference from the version it came from.
    expect(diffPolicies(DEMO_POLICY, read.input!)).toEqual([]);
  });

  it('sends a fixed target only in FIXED mode, and reports fields that are not numbers', () => {
    const form = formFromPolicy(DEMO_POLICY, '2027-01-01', 'en');
    form.values.monthlyTargetMode = 'FIXED';
    form.values.monthlyTargetFixedMinutes = '';
    form.values['deductions.TK'] = 'five';
    form.values.dailyMinimumMinutes = '350,5';
    expect(readForm(form).problems).toEqual([
      { path: 'dailyMinimumMinutes', problem: 'notWhole' },
      { path: 'monthlyTargetFixedMinutes', problem: 'required' },
      { path: 'deductions.TK', problem: 'notNumber' },
    ]);
    form.values.monthlyTargetFixedMinutes = '6.750';
    form.values['deductions.TK'] = '4';
    form.values.dailyMinimumMinutes = '300';
    const { input } = readForm(form);
    expect(input?.monthlyTargetMode).toBe('FIXED');
    expect(input?.monthlyTargetFixedMinutes).toBe(6750);
  });

  it('lists the differences in reading order, tables included', () => {
    const form = formFromPolicy(DEMO_POLICY, '2027-01-01', 'id');
    form.values.performanceWeight = '70';
    form.values.disciplineWeight = '30';
    form.values['deductions.TL4'] = '2';
    form.values['tppBases.17'] = '25.000.000';
    form.values['reviewSettings.peerGroup'] = 'UNIT';
    const diff = diffPolicies(DEMO_POLICY, readForm(form).input!);
    expect(diff.map((d) => [d.path, d.before, d.after])).toEqual([
      ['performanceWeight', 60, 70],
      ['disciplineWeight', 40, 30],
      ['tppBases.17', 24000000, 25000000],
      ['deductions.TL4', 1.5, 2],
      ['reviewSettings.peerGroup', 'DEPARTMENT', 'UNIT'],
    ]);
  });

  it('covers every field of a version', () => {
    expect(Object.keys(flatten(DEMO_POLICY)).sort()).toEqual(ALL_FIELDS.map((f) => f.path).sort());
  });
});

describe('server fields', () => {
  const paths = ALL_FIELDS.map((f) => f.path);
  it('maps a field or a group the server names onto the form', () => {
    expect(fieldsCovered('dailyCapMinutes', paths)).toEqual(['dailyCapMinutes']);
    expect(fieldsCovered('reviewSettings.weights.staff', paths)).toEqual([
      'reviewSettings.weights.staff.supervisor',
      'reviewSettings.weights.staff.peer',
    ]);
    expect(fieldsCovered('deductions', paths)).toHaveLength(9);
    expect(fieldsCovered('effectiveFrom', paths)).toEqual([]);
  });
});

describe('versions', () => {
  const versions = [
    { id: 'planned', effectiveFrom: '2027-01-01' },
    { id: 'now', effectiveFrom: '2026-07-01' },
    { id: 'old', effectiveFrom: '2026-01-01' },
  ];

  it('tells the version in force from planned and past ones', () => {
    const statuses = versionStatuses(versions, '2026-11-24');
    expect([...statuses]).toEqual([
      ['planned', 'PLANNED'],
      ['now', 'IN_FORCE'],
      ['old', 'PAST'],
    ]);
    expect(versionStatuses(versions, '2027-01-01').get('planned')).toBe('IN_FORCE');
  });

  it('starts a new version next month, or after the latest planned one', () => {
    expect(defaultEffectiveFrom(versions.slice(1), '2026-11-24')).toBe('2026-12-01');
    expect(defaultEffectiveFrom(versions, '2026-11-24')).toBe('2027-01-02');
    expect(defaultEffectiveFrom([], '2026-12-31')).toBe('2027-01-01');
  });
});

describe('formatValue', () => {
  const t = (key: string, params?: Record<string, unknown>) =>
    `${key}${params ? JSON.stringify(params) : ''}`;
  it('writes values in the UI language', () => {
    expect(formatValue('percentDecimal', 1.25, 'id', t)).toBe(
      'adminPolicy.value.percent{"n":"1,25"}',
    );
    expect(formatValue('rupiah', 910340, 'id-ID', t).replace(/\s/g, ' ')).toBe('Rp 910.340');
    expect(formatValue('boolean', false, 'id', t)).toBe('adminPolicy.value.no');
    expect(formatValue('minutes', null, 'id', t)).toBe('adminPolicy.value.none');
  });
});
