import { describe, expect, it } from 'vitest';
import { ACCURACY_CAP_METRES, distanceMetres, insidePlace, matchPlace } from './geofence.js';

/** About 1 m of latitude, in degrees. */
const METRE = 1 / 111_195;
const office = { name: 'Balai Kota', latitude: -6.9147, longitude: 107.6098, radiusMetres: 100 };
const north = (metres: number) => ({
  latitude: office.latitude + metres * METRE,
  longitude: office.longitude,
});

describe('geofence', () => {
  it('measures great-circle distance', () => {
    expect(distanceMetres(office, north(100))).toBeCloseTo(100, 0);
    // Jakarta (Monas) to Bandung (Gedung Sate): about 119 km.
    const km =
      distanceMetres(
        { latitude: -6.1754, longitude: 106.8272 },
        { latitude: -6.9025, longitude: 107.6188 },
      ) / 1000;
    expect(km).toBeGreaterThan(115);
    expect(km).toBeLessThan(121);
  });

  it('counts the radius plus the reported accuracy', () => {
    expect(insidePlace(north(99), 0, office)).toBe(true);
    expect(insidePlace(north(101), 0, office)).toBe(false);
    expect(insidePlace(north(129), 30, office)).toBe(true);
    expect(insidePlace(north(132), 30, office)).toBe(false);
  });

  it(`counts the accuracy up to ${ACCURACY_CAP_METRES} m`, () => {
    expect(insidePlace(north(149), 80, office)).toBe(true);
    expect(insidePlace(north(151), 80, office)).toBe(false);
    expect(insidePlace(north(99), -5, office)).toBe(true);
  });

  it('names the nearest place the position lies in', () => {
    const annex = { ...office, name: 'Gedung Annex', latitude: office.latitude + 150 * METRE };
    expect(matchPlace(north(120), 0, [office, annex])).toMatchObject({ place: 'Gedung Annex' });
    expect(matchPlace(north(60), 0, [office, annex])).toMatchObject({ place: 'Balai Kota' });
    const outside = matchPlace(north(500), 10, [office, annex]);
    expect(outside.place).toBeNull();
    expect(outside.distanceMetres).toBeCloseTo(350, 0);
    expect(matchPlace(north(0), 0, [])).toEqual({ place: null, distanceMetres: null });
  });
});
