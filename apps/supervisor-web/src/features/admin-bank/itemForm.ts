/**
 * The bank item form's model: an item (or nothing, for a new one) as editable text, and back to
 * the API's ActivityItemInput. The client only checks what it can explain at once (required
 * fields, lengths, whole minutes); the server decides the rest (a taken code, the scope).
 */
import type {
  ActivityItemInput,
  ItemCategory as ActivityCategory,
  PositionKind,
} from './bank.documents';

export interface ItemDraft {
  code: string;
  name: string;
  description: string;
  outputUnit: string;
  standardMinutes: string;
  category: ActivityCategory;
  requiresEvidence: boolean;
  /** Comma-separated. */
  keywords: string;
  positionKinds: PositionKind[];
  unitIds: string[];
  /** Positions the item was scoped to (kept; not picked in this form). */
  positionIds: string[];
}

export interface ItemLike {
  code: string;
  name: string;
  description?: string | null;
  outputUnit: string;
  standardMinutes: number;
  category: ActivityCategory;
  requiresEvidence: boolean;
  keywords: readonly string[];
  scopePositionKinds: readonly PositionKind[];
  scopeUnitIds: readonly string[];
  scopePositionIds: readonly string[];
}

export function draftOf(item: ItemLike | null): ItemDraft {
  return {
    code: item?.code ?? '',
    name: item?.name ?? '',
    description: item?.description ?? '',
    outputUnit: item?.outputUnit ?? '',
    standardMinutes: item ? String(item.standardMinutes) : '',
    category: item?.category ?? ('MAIN' as ActivityCategory),
    requiresEvidence: item?.requiresEvidence ?? false,
    keywords: item?.keywords.join(', ') ?? '',
    positionKinds: [...(item?.scopePositionKinds ?? [])],
    unitIds: [...(item?.scopeUnitIds ?? [])],
    positionIds: [...(item?.scopePositionIds ?? [])],
  };
}

/** Keywords as the API takes them: trimmed, lowercase, without empties or repeats. */
export function keywordsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((k) => k.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

export const ITEM_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Message keys (adminBank.form.problems.*) by field, for what is wrong before sending. */
export type DraftProblems = Partial<Record<keyof ActivityItemInput | 'scope', string>>;

export function checkDraft(d: ItemDraft): DraftProblems {
  const problems: DraftProblems = {};
  const code = d.code.trim();
  if (!code) problems.code = 'required';
  else if (code.length > 40 || !ITEM_CODE.test(code)) problems.code = 'code';
  const name = d.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length < 3 || name.length > 200) problems.name = 'nameLength';
  if (!d.outputUnit.trim()) problems.outputUnit = 'required';
  else if (d.outputUnit.trim().length > 60) problems.outputUnit = 'outputUnitLength';
  const minutes = Number(d.standardMinutes.trim());
  if (!d.standardMinutes.trim()) problems.standardMinutes = 'required';
  else if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
    problems.standardMinutes = 'minutes';
  if (d.description.trim().length > 2000) problems.description = 'descriptionLength';
  const keywords = keywordsOf(d.keywords);
  if (keywords.length > 30 || keywords.some((k) => k.length > 60)) problems.keywords = 'keywords';
  return problems;
}

export function inputOf(d: ItemDraft): ActivityItemInput {
  return {
    code: d.code.trim().toUpperCase(),
    name: d.name.trim().replace(/\s+/g, ' '),
    description: d.description.trim() || null,
    outputUnit: d.outputUnit.trim(),
    standardMinutes: Number(d.standardMinutes.trim()),
    category: d.category,
    requiresEvidence: d.requiresEvidence,
    keywords: keywordsOf(d.keywords),
    scopePositionKinds: [...d.positionKinds],
    scopeUnitIds: [...d.unitIds],
    scopePositionIds: [...d.positionIds],
  };
}
