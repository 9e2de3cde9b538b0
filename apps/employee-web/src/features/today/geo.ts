/** Distances on the phone, to say before checking in whether one is inside an allowed place. */

export interface PlaceArea {
  name: string;
  latitude: number;
  longitude: number;
  radiusMetres: number;
}

const EARTH_METRES = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in metres (haversine). */
export function distanceMetres(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The nearest place and whether the position is inside it, with the server's allowance (radius plus
 * the reported accuracy, the accuracy capped at 50 m). Only a hint: the server decides.
 */
export function nearestPlace(
  position: { latitude: number; longitude: number; accuracy: number },
  places: readonly PlaceArea[],
): { place: PlaceArea; distance: number; inside: boolean } | null {
  let best: { place: PlaceArea; distance: number; inside: boolean } | null = null;
  for (const place of places) {
    const distance = distanceMetres(position, place);
    const inside = distance <= place.radiusMetres + Math.min(50, Math.max(0, position.accuracy));
    if (!best || distance < best.distance) best = { place, distance, inside };
  }
  return best;
}
