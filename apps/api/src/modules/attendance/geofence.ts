/**
 * Whether a reported position lies inside an allowed place (rules.md, “Attendance places”): the
 * great-circle (haversine) distance to the place's centre is at most its radius plus the accuracy
 * the phone reports, that accuracy counted up to ACCURACY_CAP_METRES. Pure.
 */

/**
 * The most reported accuracy that widens a geofence (a policy value of the demo city, rules.md:
 * “the reported accuracy counts toward the radius up to 50 m”); per agency once the policy holds it.
 */
export const ACCURACY_CAP_METRES = 50;

/** Mean earth radius (IUGG), metres. */
const EARTH_RADIUS_METRES = 6_371_008.8;

export interface Position {
  latitude: number;
  longitude: number;
}

export interface Place extends Position {
  name: string;
  radiusMetres: number;
}

export interface PlaceMatch {
  /** The place the position lies in (the nearest such), or null when outside every place. */
  place: string | null;
  /** Metres to the nearest place's centre (null when there are no places). */
  distanceMetres: number | null;
}

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** The great-circle distance between two positions in metres. */
export function distanceMetres(a: Position, b: Position): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Inside = distance ≤ radius + min(accuracy, cap). */
export function insidePlace(at: Position, accuracyMetres: number, place: Place): boolean {
  const allowance = Math.min(Math.max(accuracyMetres, 0), ACCURACY_CAP_METRES);
  return distanceMetres(at, place) <= place.radiusMetres + allowance;
}

/** The nearest place the position lies in, among `places`. */
export function matchPlace(
  at: Position,
  accuracyMetres: number,
  places: readonly Place[],
): PlaceMatch {
  let nearest: number | null = null;
  let match: { name: string; distance: number } | null = null;
  for (const place of places) {
    const distance = distanceMetres(at, place);
    if (nearest === null || distance < nearest) nearest = distance;
    if (insidePlace(at, accuracyMetres, place) && (!match || distance < match.distance))
      match = { name: place.name, distance };
  }
  return { place: match?.name ?? null, distanceMetres: nearest };
}
