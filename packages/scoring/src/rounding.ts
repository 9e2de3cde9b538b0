/**
 * Exact rounding of the rules (rules.md, "Units and rounding"): percentages are decimals with two
 * places rounded half up, and rupiah are whole numbers rounded half up, part by part. Computed on
 * integers (BigInt where products grow), never on binary floating point.
 */

/** A percentage in hundredths of a percent: 84.21 % is 8421. */
export type Hundredths = number;

function assertNonNegativeInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative safe integer, got ${value}`);
  }
}

/** numerator ÷ denominator rounded half up, for non-negative integers (denominator > 0). */
export function divideHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('denominator must be positive');
  if (numerator < 0n) throw new RangeError('numerator must not be negative');
  return (numerator * 2n + denominator) / (denominator * 2n);
}

/** part ÷ whole × 100, rounded half up to two places, in hundredths (84.2105… % → 8421). */
export function percentHundredths(part: number, whole: number): Hundredths {
  assertNonNegativeInteger('part', part);
  assertNonNegativeInteger('whole', whole);
  if (whole === 0) throw new RangeError('whole must be positive');
  return Number(divideHalfUp(BigInt(part) * 10_000n, BigInt(whole)));
}

/** Hundredths as the decimal users see (8421 → 84.21). */
export function fromHundredths(value: Hundredths): number {
  return value / 100;
}

/**
 * base × weight% × score%, rounded half up to whole rupiah: the rules' performancePart and
 * disciplinePart (e.g. 3,920,964 × 60 % × 100.00 % = 2,352,578).
 */
export function rupiahShare(base: number, weightPercent: number, score: Hundredths): number {
  assertNonNegativeInteger('base', base);
  assertNonNegativeInteger('weightPercent', weightPercent);
  assertNonNegativeInteger('score', score);
  return Number(divideHalfUp(BigInt(base) * BigInt(weightPercent) * BigInt(score), 1_000_000n));
}

/** amount × percent (in hundredths of a percent), rounded half up to whole rupiah. */
export function rupiahPercent(amount: number, percent: Hundredths): number {
  assertNonNegativeInteger('amount', amount);
  assertNonNegativeInteger('percent', percent);
  return Number(divideHalfUp(BigInt(amount) * BigInt(percent), 10_000n));
}
