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

/**
 * A policy percentage as rules.md writes it (25, 0.5, 110) in hundredths (2500, 50, 11000). At
 * most two decimal places; anything finer, negative or not finite is refused.
 */
export function percentToHundredths(name: string, percent: number): Hundredths {
  const hundredths = Math.round(percent * 100);
  if (!Number.isFinite(percent) || percent < 0 || Math.abs(percent * 100 - hundredths) > 1e-6) {
    throw new RangeError(
      `${name} must be a non-negative percentage with two places, got ${percent}`,
    );
  }
  return hundredths;
}

/** Hundredths as a decimal string with two places (8421 → '84.21', 10000 → '100.00'). */
export function formatHundredths(value: Hundredths): string {
  return `${Math.trunc(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

/** A whole number with thousands separators, as the rules write it (3869991 → '3,869,991'). */
export function formatThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
