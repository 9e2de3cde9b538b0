/**
 * The office locations drawn to scale on a plain plane (no map tiles, no map library): points
 * projected around their centre (metres east and north, equirectangular, fine for a city), circles
 * of their radius, fitted into a box. Enough to see a mistyped coordinate far from the rest.
 */

const METRES_PER_DEGREE = 111_320;

export interface SketchPoint {
  id: string;
  latitude: number;
  longitude: number;
  radiusMetres: number;
}

export interface SketchCircle {
  id: string;
  x: number;
  y: number;
  r: number;
}

export interface Sketch {
  circles: SketchCircle[];
  /** Metres per unit of the drawing, and the length in metres of the scale bar. */
  metresPerUnit: number;
  scaleMetres: number;
}

/** A round length for a scale bar about a fifth of `span` metres (100 m, 200 m, 500 m, 1 km…). */
export function scaleLength(span: number): number {
  const target = Math.max(span / 5, 1);
  const power = 10 ** Math.floor(Math.log10(target));
  return [1, 2, 5, 10].map((f) => f * power).find((l) => l >= target) ?? 10 * power;
}

export function sketch(
  points: readonly SketchPoint[],
  width: number,
  height: number,
  margin = 16,
): Sketch {
  if (!points.length) return { circles: [], metresPerUnit: 1, scaleMetres: 100 };
  const lat0 = points.reduce((s, p) => s + p.latitude, 0) / points.length;
  const lng0 = points.reduce((s, p) => s + p.longitude, 0) / points.length;
  const cos = Math.cos((lat0 * Math.PI) / 180);
  const local = points.map((p) => ({
    id: p.id,
    east: (p.longitude - lng0) * METRES_PER_DEGREE * cos,
    north: (p.latitude - lat0) * METRES_PER_DEGREE,
    r: p.radiusMetres,
  }));
  const minX = Math.min(...local.map((p) => p.east - p.r));
  const maxX = Math.max(...local.map((p) => p.east + p.r));
  const minY = Math.min(...local.map((p) => p.north - p.r));
  const maxY = Math.max(...local.map((p) => p.north + p.r));
  const spanX = Math.max(maxX - minX, 1);
  const spanY = Math.max(maxY - minY, 1);
  const metresPerUnit = Math.max(spanX / (width - 2 * margin), spanY / (height - 2 * margin));
  const offsetX = (width - spanX / metresPerUnit) / 2;
  const offsetY = (height - spanY / metresPerUnit) / 2;
  return {
    metresPerUnit,
    scaleMetres: scaleLength(Math.max(spanX, spanY)),
    circles: local.map((p) => ({
      id: p.id,
      x: offsetX + (p.east - minX) / metresPerUnit,
      // North is up: y grows downwards on screen.
      y: offsetY + (maxY - p.north) / metresPerUnit,
      r: p.r / metresPerUnit,
    })),
  };
}
