/**
 * The IKI form's drafts: what the employee typed per indicator, checked before sending (the
 * server checks again and its message wins), and turned into the mutation's realisations.
 */

export type Observation = 'BELUM_DILAKUKAN' | 'DILAKUKAN_BELUM_EFEKTIF' | 'DILAKUKAN_EFEKTIF';
export const OBSERVATIONS: readonly Observation[] = [
  'BELUM_DILAKUKAN',
  'DILAKUKAN_BELUM_EFEKTIF',
  'DILAKUKAN_EFEKTIF',
];

export const NOTE_MAX = 2000;
export const EVIDENCE_MAX = 10;

export interface EvidenceItem {
  id: string;
  name: string;
  thumbnailUrl?: string | null;
  url?: string | null;
}

export interface IkiDraft {
  /** As typed: "12", "12,5" or "12.5". */
  realisation: string;
  observation: Observation | null;
  note: string;
  evidence: EvidenceItem[];
}

export interface IkiDraftLine {
  indicatorId: string;
  /** A teacher's practice indicator: reported by observation. */
  practice: boolean;
}

export interface DraftProblem {
  field: 'realisation' | 'observation' | 'note' | 'evidence';
  key: string;
  params?: Record<string, number>;
}

/** A non-negative number with at most two decimals, with a decimal comma or point; else null. */
export function parseAmount(text: string): number | null {
  const clean = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) && value <= 999_999_999_999.99 ? value : null;
}

/** The first problem of each line's draft, by indicator id (empty: all fine). */
export function draftProblems(
  lines: readonly IkiDraftLine[],
  drafts: Readonly<Record<string, IkiDraft>>,
): Record<string, DraftProblem> {
  const problems: Record<string, DraftProblem> = {};
  for (const line of lines) {
    const d = drafts[line.indicatorId];
    let problem: DraftProblem | null = null;
    if (line.practice) {
      if (!d?.observation)
        problem = { field: 'observation', key: 'tasks.iki.errors.observationRequired' };
    } else if (!d || d.realisation.trim() === '') {
      problem = { field: 'realisation', key: 'tasks.iki.errors.realisationRequired' };
    } else if (parseAmount(d.realisation) === null) {
      problem = { field: 'realisation', key: 'tasks.iki.errors.realisationNumber' };
    }
    if (!problem && d && d.note.length > NOTE_MAX)
      problem = { field: 'note', key: 'tasks.iki.errors.noteTooLong', params: { max: NOTE_MAX } };
    if (!problem && d && d.evidence.length > EVIDENCE_MAX)
      problem = {
        field: 'evidence',
        key: 'tasks.iki.tooMuchEvidence',
        params: { max: EVIDENCE_MAX },
      };
    if (problem) problems[line.indicatorId] = problem;
  }
  return problems;
}

export interface RealisationInput {
  indicatorId: string;
  realisation?: number | null;
  observation?: Observation | null;
  note?: string | null;
  evidenceIds?: string[];
}

/** The mutation's realisations, in the lines' order (call after draftProblems found none). */
export function toRealisations(
  lines: readonly IkiDraftLine[],
  drafts: Readonly<Record<string, IkiDraft>>,
): RealisationInput[] {
  return lines.map((line) => {
    const d = drafts[line.indicatorId]!;
    return {
      indicatorId: line.indicatorId,
      ...(line.practice
        ? { observation: d.observation }
        : { realisation: parseAmount(d.realisation) }),
      note: d.note.trim() || null,
      evidenceIds: d.evidence.map((e) => e.id),
    };
  });
}

/** Where a server error's `extensions.field` (realisations.N.realisation) points: line and field. */
export function serverField(
  field: unknown,
  lines: readonly IkiDraftLine[],
): { indicatorId: string; field: DraftProblem['field'] } | null {
  if (typeof field !== 'string') return null;
  const match = /^realisations\.(\d+)\.(\w+)$/.exec(field);
  const line = match ? lines[Number(match[1])] : undefined;
  if (!match || !line) return null;
  const map: Record<string, DraftProblem['field']> = {
    realisation: 'realisation',
    observation: 'observation',
    note: 'note',
    evidenceIds: 'evidence',
    indicatorId: line.practice ? 'observation' : 'realisation',
  };
  return { indicatorId: line.indicatorId, field: map[match[2]!] ?? 'realisation' };
}
