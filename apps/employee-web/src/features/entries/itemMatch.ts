import type { ItemOption } from './entries.types';

/** Lower case without accents, for comparing what was typed with an item's name and code. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Whether an item matches what was typed, by every word as a prefix of a word of its name or as
 * part of its code: the picker's plain fallback when the API (which forgives typos) is out of reach.
 */
export function matches(item: Pick<ItemOption, 'name' | 'code'>, typed: string): boolean {
  const words = normalise(typed).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const nameWords = normalise(item.name).split(/[^\p{L}\p{N}]+/u);
  const code = normalise(item.code);
  return words.every((w) => code.includes(w) || nameWords.some((n) => n.startsWith(w)));
}

/** Every item the API answered in this session: without a network the picker searches among them. */
export const seenItems = new Map<string, ItemOption>();
