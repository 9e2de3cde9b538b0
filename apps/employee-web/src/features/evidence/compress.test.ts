import { describe, expect, it } from 'vitest';
import {
  FIRST_ATTEMPT,
  MAX_SIDE,
  TARGET_BYTES,
  fitWithin,
  isCompressible,
  nextAttempt,
  type Attempt,
} from './compress';

describe('fitWithin', () => {
  it('keeps an image that already fits', () => {
    expect(fitWithin(1200, 900)).toEqual({ width: 1200, height: 900 });
    expect(fitWithin(1600, 1600)).toEqual({ width: 1600, height: 1600 });
  });

  it('scales the longest side down to 1600 px, keeping the proportions', () => {
    expect(fitWithin(4000, 3000)).toEqual({ width: 1600, height: 1200 });
    expect(fitWithin(3000, 4000)).toEqual({ width: 1200, height: 1600 });
    expect(fitWithin(4032, 1908)).toEqual({ width: 1600, height: 757 });
  });

  it('never makes a side zero and answers 0 × 0 for an empty image', () => {
    expect(fitWithin(20000, 3)).toEqual({ width: 1600, height: 1 });
    expect(fitWithin(0, 100)).toEqual({ width: 0, height: 0 });
    expect(fitWithin(Number.NaN, 100)).toEqual({ width: 0, height: 0 });
  });

  it('takes another limit', () => {
    expect(fitWithin(1600, 1200, 800)).toEqual({ width: 800, height: 600 });
  });

  it('never exceeds the limit on either side (any size)', () => {
    for (const [w, h] of [
      [1601, 1],
      [7000, 6999],
      [333, 9999],
      [12345, 6789],
    ] as const) {
      const size = fitWithin(w, h);
      expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(MAX_SIDE);
      expect(Math.abs(size.width / size.height - w / h)).toBeLessThan(w / h / 50 + 1 / size.height);
    }
  });
});

describe('nextAttempt', () => {
  it('stops as soon as the photo is under the target', () => {
    expect(nextAttempt(FIRST_ATTEMPT, TARGET_BYTES)).toBeNull();
    expect(nextAttempt(FIRST_ATTEMPT, 120_000)).toBeNull();
  });

  it('lowers the quality to 0.5 first, then shrinks the image down to 640 px, then gives up', () => {
    const seen: Attempt[] = [FIRST_ATTEMPT];
    let attempt: Attempt | null = FIRST_ATTEMPT;
    while ((attempt = nextAttempt(attempt, 5_000_000))) seen.push(attempt);
    expect(seen.map((a) => a.quality)).toEqual([0.8, 0.65, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);
    expect(seen.map((a) => a.maxSide)).toEqual([1600, 1600, 1600, 1280, 1024, 819, 655, 640]);
  });
});

describe('isCompressible', () => {
  it('redraws photos, sends documents as they are', () => {
    expect(isCompressible(new Blob([], { type: 'image/jpeg' }))).toBe(true);
    expect(isCompressible(new Blob([], { type: 'image/png' }))).toBe(true);
    expect(isCompressible(new Blob([], { type: 'application/pdf' }))).toBe(false);
    expect(isCompressible(new Blob([], { type: 'image/heic' }))).toBe(false);
  });
});
