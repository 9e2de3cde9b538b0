import { describe, expect, it } from 'vitest';
import { scaleLength, sketch } from './officeSketch';

describe('sketch', () => {
  it('draws two offices 1 km apart to scale, north up, inside the box', () => {
    // About 1 km north of each other (0.009° of latitude).
    const s = sketch(
      [
        { id: 'south', latitude: -6.92, longitude: 107.62, radiusMetres: 100 },
        { id: 'north', latitude: -6.911, longitude: 107.62, radiusMetres: 100 },
      ],
      400,
      300,
    );
    const [south, north] = s.circles;
    expect(north!.y).toBeLessThan(south!.y);
    expect(north!.x).toBeCloseTo(south!.x, 6);
    const distance = (south!.y - north!.y) * s.metresPerUnit;
    expect(distance).toBeCloseTo(1001.9, 0);
    expect(south!.r * s.metresPerUnit).toBeCloseTo(100, 6);
    for (const c of s.circles) {
      expect(c.y - c.r).toBeGreaterThanOrEqual(16 - 1e-9);
      expect(c.y + c.r).toBeLessThanOrEqual(300 - 16 + 1e-9);
    }
  });

  it('is empty without offices', () => {
    expect(sketch([], 400, 300).circles).toEqual([]);
  });
});

describe('scaleLength', () => {
  it('picks a round length near a fifth of the span', () => {
    expect(scaleLength(1200)).toBe(500);
    expect(scaleLength(6000)).toBe(2000);
    expect(scaleLength(400)).toBe(100);
  });
});
