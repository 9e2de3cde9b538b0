import { describe, expect, it } from 'vitest';
import { distanceMetres, nearestPlace } from './geo';

const office = { name: 'Kantor Dinas', latitude: -6.9175, longitude: 107.6191, radiusMetres: 100 };
const branch = { name: 'Kantor Cabang', latitude: -6.93, longitude: 107.63, radiusMetres: 100 };

describe('nearestPlace', () => {
  it('measures metres on the earth', () => {
    expect(distanceMetres(office, office)).toBe(0);
    // 0.001° of latitude ≈ 111 m
    expect(distanceMetres(office, { latitude: -6.9165, longitude: 107.6191 })).toBeCloseTo(111, 0);
  });

  it('says inside within the radius plus the accuracy (capped at 50 m)', () => {
    const near = { latitude: -6.9165, longitude: 107.6191 };
    expect(nearestPlace({ ...near, accuracy: 5 }, [branch, office])).toMatchObject({
      place: office,
      inside: false,
    });
    expect(nearestPlace({ ...near, accuracy: 20 }, [office])?.inside).toBe(true);
    const far = { latitude: -6.9175 + 0.0013, longitude: 107.6191 }; // ≈ 145 m
    expect(nearestPlace({ ...far, accuracy: 500 }, [office])?.inside).toBe(true);
    expect(
      nearestPlace({ latitude: -6.92, longitude: 107.6191, accuracy: 500 }, [office])?.inside,
    ).toBe(false);
    expect(nearestPlace({ ...near, accuracy: 5 }, [])).toBeNull();
  });
});
