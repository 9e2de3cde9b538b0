import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { beforeAll, describe, expect, it } from 'vitest';
import { i18n } from '../../plugins/i18n';
import {
  BAND_COLOURS,
  backlogChart,
  bandColour,
  distributionChart,
  rankingChart,
  trendChart,
  type ChartText,
} from './charts';
import './messages';

let en: ChartText;
let id: ChartText;
beforeAll(() => {
  const t = (locale: 'id' | 'en') => (key: string, params?: Record<string, unknown>) =>
    i18n.global.t(key, params ?? {}, { locale });
  en = { t: t('en'), locale: 'en' };
  id = { t: t('id'), locale: 'id' };
});

const ranking = [
  { unitId: 'c', name: 'Dinas Sosial', rank: 3, meanAchievement: 58.2 },
  { unitId: 'a', name: 'Inspektorat', rank: 1, meanAchievement: 100 },
  { unitId: 'b', name: 'Dinas Kominfo', rank: 2, meanAchievement: 84.5 },
];

const seriesOf = <T>(option: { series?: unknown }) => option.series as T[];

describe('rankingChart', () => {
  it('draws the groups best first, each bar coloured by its achievement band', () => {
    const chart = rankingChart(ranking, en);
    const yAxis = chart.option.yAxis as { data: string[]; inverse: boolean };
    expect(yAxis.data).toEqual(['Inspektorat', 'Dinas Kominfo', 'Dinas Sosial']);
    expect(yAxis.inverse).toBe(true);
    const [bars] = seriesOf<BarSeriesOption>(chart.option);
    expect(bars!.data).toEqual([
      { value: 100, itemStyle: { color: BAND_COLOURS[4] } },
      { value: 84.5, itemStyle: { color: BAND_COLOURS[2] } },
      { value: 58.2, itemStyle: { color: BAND_COLOURS[0] } },
    ]);
    expect(chart.option.xAxis).toMatchObject({ min: 0, max: 100 });
  });

  it('says who is highest and lowest, and lists every figure in its table', () => {
    const chart = rankingChart(ranking, en);
    expect(chart.summary).toBe(
      '3 groups ranked by mean achievement: highest Inspektorat (100.00%), lowest Dinas Sosial (58.20%).',
    );
    expect(chart.table.headers).toEqual(['Rank', 'Name', 'Mean achievement']);
    expect(chart.table.rows.map((r) => r.cells)).toEqual([
      ['1', 'Inspektorat', '100.00%'],
      ['2', 'Dinas Kominfo', '84.50%'],
      ['3', 'Dinas Sosial', '58.20%'],
    ]);
    // Indonesian numbers in Indonesian.
    expect(rankingChart(ranking, id).table.rows[1]!.cells[2]).toBe('84,50%');
  });

  it('grows with the number of bars and says when there is nothing to draw', () => {
    const many = Array.from({ length: 20 }, (_, i) => ({
      unitId: String(i),
      name: `Unit ${i}`,
      rank: i + 1,
      meanAchievement: 50,
    }));
    expect(rankingChart(many, en).height).toBeGreaterThan(rankingChart(ranking, en).height);
    const empty = rankingChart([], en);
    expect(empty.summary).toBe('No data for this month yet.');
    expect(empty.table.rows).toEqual([]);
  });
});

describe('bandColour', () => {
  it('follows the bands of the distribution: [0,60) [60,80) [80,90) [90,100) 100', () => {
    expect([0, 59.99, 60, 79.99, 80, 89.99, 90, 99.99, 100].map(bandColour)).toEqual([
      BAND_COLOURS[0],
      BAND_COLOURS[0],
      BAND_COLOURS[1],
      BAND_COLOURS[1],
      BAND_COLOURS[2],
      BAND_COLOURS[2],
      BAND_COLOURS[3],
      BAND_COLOURS[3],
      BAND_COLOURS[4],
    ]);
  });
});

describe('distributionChart', () => {
  const bands = [
    { label: '0–60', count: 92 },
    { label: '60–80', count: 194 },
    { label: '80–90', count: 20 },
    { label: '90–100', count: 0 },
    { label: '100', count: 0 },
  ];

  it('draws one bar per band in the order of the bands', () => {
    const chart = distributionChart(bands, en);
    expect((chart.option.xAxis as { data: string[] }).data).toEqual([
      '0–60%',
      '60–80%',
      '80–90%',
      '90–100%',
      '100%',
    ]);
    const [bars] = seriesOf<BarSeriesOption>(chart.option);
    expect((bars!.data as { value: number }[]).map((d) => d.value)).toEqual([92, 194, 20, 0, 0]);
  });

  it('summarises the people and the largest band', () => {
    expect(distributionChart(bands, en).summary).toBe(
      '306 employees by achievement; most in 60–80% (194 employees). 0–60%: 92; 60–80%: 194; 80–90%: 20; 90–100%: 0; 100%: 0.',
    );
    expect(
      distributionChart(
        bands.map((b) => ({ ...b, count: 0 })),
        en,
      ).summary,
    ).toBe('No data for this month yet.');
  });
});

describe('backlogChart', () => {
  const groups = [
    { unitId: 'a', name: 'Inspektorat', pendingEntries: 96, oldestPendingAgeDays: 4 },
    { unitId: 'b', name: 'BKPSDM', pendingEntries: 212, oldestPendingAgeDays: 8 },
    { unitId: 'c', name: 'Dinas Baru', pendingEntries: 0, oldestPendingAgeDays: null },
  ];

  it('draws the largest backlog first, with its oldest age in the table', () => {
    const chart = backlogChart(groups, en);
    expect((chart.option.yAxis as { data: string[] }).data).toEqual([
      'BKPSDM',
      'Inspektorat',
      'Dinas Baru',
    ]);
    expect(seriesOf<BarSeriesOption>(chart.option)[0]!.data).toEqual([212, 96, 0]);
    expect(chart.table.rows.map((r) => r.cells)).toEqual([
      ['BKPSDM', '212', '8 days'],
      ['Inspektorat', '96', '4 days'],
      ['Dinas Baru', '0', '—'],
    ]);
    expect(chart.summary).toBe(
      '308 entries awaiting verification; most in BKPSDM (212, oldest 8 days).',
    );
  });

  it('says so when nothing waits', () => {
    const none = groups.map((g) => ({ ...g, pendingEntries: 0, oldestPendingAgeDays: null }));
    expect(backlogChart(none, en).summary).toBe('No entries are awaiting verification.');
  });
});

describe('trendChart', () => {
  const months = [
    { month: '2026-09', meanAchievement: 93.52, meanDiscipline: 96.1, shareMeetingTarget: 80 },
    { month: '2026-10', meanAchievement: 95.58, meanDiscipline: null, shareMeetingTarget: 85 },
    { month: '2026-11', meanAchievement: 69.79, meanDiscipline: 96.89, shareMeetingTarget: 0 },
  ];

  it('draws three lines over the months, told apart by colour, dash and marker', () => {
    const chart = trendChart(months, 'Whole agency', en);
    const lines = seriesOf<LineSeriesOption>(chart.option);
    expect(lines.map((l) => l.name)).toEqual([
      'Mean achievement',
      'Mean discipline',
      'Meeting target',
    ]);
    expect(lines[1]!.data).toEqual([96.1, null, 96.89]);
    expect(new Set(lines.map((l) => l.symbol)).size).toBe(3);
    expect(new Set(lines.map((l) => (l.lineStyle as { type: string }).type)).size).toBe(3);
    expect((chart.option.xAxis as { data: string[] }).data).toEqual(['Sep 26', 'Oct 26', 'Nov 26']);
  });

  it('summarises the first and last month and tabulates every figure', () => {
    const chart = trendChart(months, 'Whole agency', en);
    expect(chart.summary).toBe(
      'Whole agency, September 2026 to November 2026: mean achievement from 93.52% to 69.79%.',
    );
    expect(chart.table.rows[1]!.cells).toEqual(['October 2026', '95.58%', '—', '85.00%']);
    expect(trendChart(months, 'Seluruh instansi', id).table.rows[0]!.cells[0]).toBe(
      'September 2026',
    );
  });
});
