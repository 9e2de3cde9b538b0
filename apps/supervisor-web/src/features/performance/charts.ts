/**
 * The department charts as data: each of departmentPerformance's (or unitPerformance's) figures
 * turned into an ECharts option, a spoken summary of what the drawing shows, and the table of its
 * figures (the chart's text alternative). Pure, so tests read them without a canvas.
 */
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { formatInteger, formatMonth, formatPercent } from '@kinerja/web-common';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
>;

export interface ChartTable {
  headers: string[];
  rows: { key: string; cells: string[] }[];
}

export interface ChartModel {
  option: ChartOption;
  /** One or two sentences for the drawing's aria-label. */
  summary: string;
  table: ChartTable;
  /** Pixels: the drawing grows with the number of bars. */
  height: number;
}

/** The UI's translation (keys under `performance.charts`) and language. */
export interface ChartText {
  t: (key: string, params?: Record<string, unknown>) => string;
  locale: string;
}

export interface RankedGroup {
  unitId: string;
  name: string;
  rank: number;
  meanAchievement: number;
}

export interface AchievementBand {
  label: string;
  count: number;
}

export interface GroupBacklog {
  unitId: string;
  name: string;
  pendingEntries: number;
  oldestPendingAgeDays: number | null;
}

export interface MonthFigures {
  month: string;
  meanAchievement: number | null;
  meanDiscipline: number | null;
  shareMeetingTarget: number | null;
}

/**
 * Colours on white with at least 3:1 contrast (WCAG non-text), told apart by lightness as well as
 * hue. Achievement bands run from red (under 60 %) to deep green (100 %).
 */
export const BAND_COLOURS = ['#a4161a', '#c2410c', '#8a6d00', '#2e7d32', '#14532d'] as const;
export const PRIMARY = '#0b57a4';
const TEXT = '#1b1f24';
const MUTED = '#4a5460';
const LINE = '#c9d0d8';

/** The colour of an achievement (percent) on the bands' scale. */
export function bandColour(achievement: number): string {
  const index =
    achievement >= 100
      ? 4
      : achievement >= 90
        ? 3
        : achievement >= 80
          ? 2
          : achievement >= 60
            ? 1
            : 0;
  return BAND_COLOURS[index]!;
}

/** "Nov 26": a month on a chart's axis, in the UI language. */
function formatShortMonth(month: string, locale: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
}

const FONT = { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif' };
const axisLabel = { color: MUTED, fontSize: 12 };
const splitLine = { lineStyle: { color: LINE, type: 'dashed' as const } };
const tooltip: TooltipComponentOption = {
  trigger: 'axis',
  axisPointer: { type: 'shadow' },
  textStyle: { color: TEXT },
};

/** An axis of counts (people, entries): whole numbers in the UI language. */
const countAxis = (int: (n: number) => string) => ({
  type: 'value' as const,
  minInterval: 1,
  axisLabel: { ...axisLabel, formatter: (v: number) => int(v) },
  splitLine,
});

/** Room for horizontal bars: ~28 px each plus the axes. */
const barsHeight = (count: number) => Math.max(220, 28 * count + 70);

/** Departments (or child units) by mean achievement, best first: horizontal bars, 0–100 %. */
export function rankingChart(
  ranking: readonly RankedGroup[],
  { t, locale }: ChartText,
): ChartModel {
  const rows = [...ranking].sort((a, b) => a.rank - b.rank);
  const pct = (n: number) => formatPercent(n, locale);
  const summary = rows.length
    ? t('performance.charts.ranking.summary', {
        count: rows.length,
        best: rows[0]!.name,
        bestValue: pct(rows[0]!.meanAchievement),
        worst: rows.at(-1)!.name,
        worstValue: pct(rows.at(-1)!.meanAchievement),
      })
    : t('performance.charts.empty');
  return {
    summary,
    height: barsHeight(rows.length),
    table: {
      headers: [
        t('performance.charts.ranking.rank'),
        t('performance.charts.ranking.group'),
        t('performance.charts.ranking.value'),
      ],
      rows: rows.map((r) => ({
        key: r.unitId,
        cells: [formatInteger(r.rank, locale), r.name, pct(r.meanAchievement)],
      })),
    },
    option: {
      textStyle: FONT,
      grid: { left: 8, right: 64, top: 8, bottom: 24, containLabel: true },
      tooltip: { ...tooltip, valueFormatter: (v) => pct(Number(v)) },
      xAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { ...axisLabel, formatter: '{value}%' },
        splitLine,
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { ...axisLabel, color: TEXT, width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('performance.charts.ranking.value'),
          data: rows.map((r) => ({
            value: r.meanAchievement,
            itemStyle: { color: bandColour(r.meanAchievement) },
          })),
          barMaxWidth: 20,
          label: {
            show: true,
            position: 'right',
            color: TEXT,
            formatter: (p) => pct(Number(p.value)),
          },
        },
      ],
    },
  };
}

/** How many people fall in each achievement band: vertical bars, coloured red to green. */
export function distributionChart(
  bands: readonly AchievementBand[],
  { t, locale }: ChartText,
): ChartModel {
  const total = bands.reduce((sum, b) => sum + b.count, 0);
  const int = (n: number) => formatInteger(n, locale);
  const label = (b: AchievementBand) => `${b.label}%`;
  const largest = bands.reduce<AchievementBand | null>(
    (top, b) => (!top || b.count > top.count ? b : top),
    null,
  );
  return {
    summary:
      total > 0 && largest
        ? t('performance.charts.distribution.summary', {
            total: int(total),
            band: label(largest),
            count: int(largest.count),
            parts: bands.map((b) => `${label(b)}: ${int(b.count)}`).join('; '),
          })
        : t('performance.charts.empty'),
    height: 260,
    table: {
      headers: [
        t('performance.charts.distribution.band'),
        t('performance.charts.distribution.people'),
      ],
      rows: bands.map((b) => ({ key: b.label, cells: [label(b), int(b.count)] })),
    },
    option: {
      textStyle: FONT,
      grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
      tooltip: { ...tooltip, valueFormatter: (v) => int(Number(v)) },
      xAxis: { type: 'category', data: bands.map(label), axisLabel: { ...axisLabel, color: TEXT } },
      yAxis: countAxis(int),
      series: [
        {
          type: 'bar',
          name: t('performance.charts.distribution.people'),
          data: bands.map((b, i) => ({
            value: b.count,
            itemStyle: { color: BAND_COLOURS[Math.min(i, BAND_COLOURS.length - 1)] },
          })),
          barMaxWidth: 56,
          label: {
            show: true,
            position: 'top',
            color: TEXT,
            formatter: (p) => int(Number(p.value)),
          },
        },
      ],
    },
  };
}

/** Entries still waiting for a decision, per group, largest backlog first. */
export function backlogChart(
  groups: readonly GroupBacklog[],
  { t, locale }: ChartText,
): ChartModel {
  const rows = [...groups].sort(
    (a, b) => b.pendingEntries - a.pendingEntries || a.name.localeCompare(b.name, 'id'),
  );
  const int = (n: number) => formatInteger(n, locale);
  const days = (n: number | null) =>
    n === null ? '—' : t('performance.charts.backlog.days', { days: int(n) });
  const total = rows.reduce((sum, r) => sum + r.pendingEntries, 0);
  return {
    summary:
      total > 0
        ? t('performance.charts.backlog.summary', {
            total: int(total),
            largest: rows[0]!.name,
            count: int(rows[0]!.pendingEntries),
            oldest: days(rows[0]!.oldestPendingAgeDays),
          })
        : t('performance.charts.backlog.none'),
    height: barsHeight(rows.length),
    table: {
      headers: [
        t('performance.charts.ranking.group'),
        t('performance.charts.backlog.pending'),
        t('performance.charts.backlog.oldest'),
      ],
      rows: rows.map((r) => ({
        key: r.unitId,
        cells: [r.name, int(r.pendingEntries), days(r.oldestPendingAgeDays)],
      })),
    },
    option: {
      textStyle: FONT,
      grid: { left: 8, right: 56, top: 8, bottom: 24, containLabel: true },
      tooltip: { ...tooltip, valueFormatter: (v) => int(Number(v)) },
      xAxis: countAxis(int),
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { ...axisLabel, color: TEXT, width: 220, overflow: 'truncate' },
      },
      series: [
        {
          type: 'bar',
          name: t('performance.charts.backlog.pending'),
          data: rows.map((r) => r.pendingEntries),
          itemStyle: { color: PRIMARY },
          barMaxWidth: 20,
          label: {
            show: true,
            position: 'right',
            color: TEXT,
            formatter: (p) => int(Number(p.value)),
          },
        },
      ],
    },
  };
}

/** The months of the trend: mean achievement, mean discipline and the share meeting the target. */
export function trendChart(
  months: readonly MonthFigures[],
  subject: string,
  { t, locale }: ChartText,
): ChartModel {
  const pct = (n: number | null) => formatPercent(n, locale);
  const lines = [
    { key: 'meanAchievement', colour: PRIMARY, symbol: 'circle', dash: 'solid' },
    { key: 'meanDiscipline', colour: '#2e7d32', symbol: 'rect', dash: 'dashed' },
    { key: 'shareMeetingTarget', colour: '#b45309', symbol: 'triangle', dash: 'dotted' },
  ] as const;
  const first = months[0];
  const last = months.at(-1);
  return {
    summary:
      first && last
        ? t('performance.charts.trend.summary', {
            subject,
            from: formatMonth(first.month, locale),
            to: formatMonth(last.month, locale),
            start: pct(first.meanAchievement),
            end: pct(last.meanAchievement),
          })
        : t('performance.charts.empty'),
    height: 280,
    table: {
      headers: [
        t('performance.charts.trend.month'),
        ...lines.map((l) => t(`performance.charts.trend.${l.key}`)),
      ],
      rows: months.map((m) => ({
        key: m.month,
        cells: [formatMonth(m.month, locale), ...lines.map((l) => pct(m[l.key]))],
      })),
    },
    option: {
      textStyle: FONT,
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, textStyle: { color: TEXT } },
      tooltip: {
        trigger: 'axis',
        textStyle: { color: TEXT },
        valueFormatter: (v) => pct(v === null || v === undefined ? null : Number(v)),
      },
      xAxis: {
        type: 'category',
        data: months.map((m) => formatShortMonth(m.month, locale)),
        axisLabel: { ...axisLabel, color: TEXT },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        axisLabel: { ...axisLabel, formatter: '{value}%' },
        splitLine,
      },
      series: lines.map((l): LineSeriesOption => ({
        type: 'line',
        name: t(`performance.charts.trend.${l.key}`),
        data: months.map((m) => m[l.key]),
        itemStyle: { color: l.colour },
        lineStyle: { color: l.colour, width: 2, type: l.dash },
        symbol: l.symbol,
        symbolSize: 8,
        connectNulls: false,
      })),
    },
  };
}
