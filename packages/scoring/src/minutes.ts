/**
 * Minutes of activities (rules.md, "Activities and the performance part"). Integers throughout.
 */

/** An entry's credited minutes: the item's standard minutes × quantity, capped at end − start. */
export function creditedMinutes(
  standardMinutes: number,
  quantity: number,
  startMinute: number,
  endMinute: number,
): number {
  for (const [name, v] of Object.entries({ standardMinutes, quantity, startMinute, endMinute })) {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
  }
  if (endMinute <= startMinute) throw new RangeError('endMinute must be after startMinute');
  return Math.min(standardMinutes * quantity, endMinute - startMinute);
}
