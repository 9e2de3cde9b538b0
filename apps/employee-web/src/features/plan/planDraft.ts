/**
 * The plan (SKP) editor's pure logic: a draft built from the server's plan, results (RHK) and
 * indicators added and removed, the input savePerformancePlan takes (ids kept, so the results of
 * people below stay linked), and which results still support nothing. The server checks every
 * rule; these only shape what is sent.
 */
export type IndicatorKind = 'QUANTITY' | 'QUALITY' | 'TIME' | 'COST';
export const INDICATOR_KINDS: readonly IndicatorKind[] = ['QUANTITY', 'QUALITY', 'TIME', 'COST'];

export interface DraftIndicator {
  /** A stable key for the list (the server's id, or a local one for a new indicator). */
  key: string;
  id: string | null;
  kind: IndicatorKind;
  name: string;
  /** As typed (a decimal with a point or a comma). */
  target: string;
  unit: string;
  practiceId: string | null;
}

export interface DraftResult {
  key: string;
  id: string | null;
  title: string;
  /** The supervisor's result it supports (intervensi); '' for none yet. */
  parentResultId: string;
  indicators: DraftIndicator[];
}

export interface PlanLike {
  results: readonly {
    id: string;
    title: string;
    parentResultId?: string | null;
    indicators: readonly {
      id: string;
      kind: IndicatorKind;
      name: string;
      target: number;
      unit: string;
      practiceId?: string | null;
    }[];
  }[];
}

let counter = 0;
const localKey = () => `new-${++counter}`;

export function newIndicator(): DraftIndicator {
  return {
    key: localKey(),
    id: null,
    kind: 'QUANTITY',
    name: '',
    target: '',
    unit: '',
    practiceId: null,
  };
}

export function newResult(): DraftResult {
  return { key: localKey(), id: null, title: '', parentResultId: '', indicators: [newIndicator()] };
}

/** The draft of a plan (one empty result when there is no plan yet or it is empty). */
export function draftOf(plan: PlanLike | null | undefined): DraftResult[] {
  if (!plan?.results.length) return [newResult()];
  return plan.results.map((r) => ({
    key: r.id,
    id: r.id,
    title: r.title,
    parentResultId: r.parentResultId ?? '',
    indicators: r.indicators.map((x) => ({
      key: x.id,
      id: x.id,
      kind: x.kind,
      name: x.name,
      target: String(x.target),
      unit: x.unit,
      practiceId: x.practiceId ?? null,
    })),
  }));
}

/** Removes the item at `index` of a list, keeping at least one. */
export function removeAt<T>(list: T[], index: number): void {
  if (list.length > 1) list.splice(index, 1);
}

/** A typed target as a number ("2,5" → 2.5); NaN when it is not a number. */
export function parseTarget(text: string): number {
  const cleaned = text.trim().replace(',', '.');
  return cleaned === '' || !/^\d*\.?\d*$/.test(cleaned) ? Number.NaN : Number(cleaned);
}

/**
 * The input of savePerformancePlan. A parent the supervisor's plan no longer offers is sent as
 * none (the server would refuse it), a target that is not a number as 0 (the server explains).
 */
export function toPlanInput(
  year: number,
  results: readonly DraftResult[],
  supportable: ReadonlySet<string>,
) {
  return {
    year,
    results: results.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      title: r.title,
      parentResultId:
        r.parentResultId && supportable.has(r.parentResultId) ? r.parentResultId : null,
      indicators: r.indicators.map((x) => {
        const target = parseTarget(x.target);
        return {
          ...(x.id ? { id: x.id } : {}),
          kind: x.kind,
          name: x.name,
          target: Number.isFinite(target) ? target : 0,
          unit: x.unit,
          practiceId: x.practiceId,
        };
      }),
    })),
  };
}

/** Results that support nothing yet (belum selaras). */
export function unaligned<T extends { parentResultId?: string | null }>(
  results: readonly T[],
): T[] {
  return results.filter((r) => !r.parentResultId);
}

/** What the page offers for a plan of this status. */
export function modeOf(status: string | null | undefined): 'edit' | 'waiting' | 'approved' {
  if (!status || status === 'DRAFT' || status === 'RETURNED') return 'edit';
  return status === 'SUBMITTED' ? 'waiting' : 'approved';
}

/**
 * A server error's field (`results.2.indicators.0.target`) as the draft's keys, so the message
 * is shown beside the input it is about; null when it names no input of the draft.
 */
export function fieldKey(field: string | null | undefined, results: readonly DraftResult[]) {
  if (!field) return null;
  const m = /^(?:input\.)?results\.(\d+)(?:\.indicators\.(\d+))?(?:\.(\w+))?$/.exec(field);
  if (!m) return null;
  const result = results[Number(m[1])];
  if (!result) return null;
  const indicator = m[2] !== undefined ? result.indicators[Number(m[2])] : undefined;
  if (m[2] !== undefined && !indicator) return null;
  return { result: result.key, indicator: indicator?.key ?? null, prop: m[3] ?? null };
}
