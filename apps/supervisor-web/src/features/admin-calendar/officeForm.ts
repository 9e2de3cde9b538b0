/**
 * An office location as the admin types it: a name, a point (latitude, longitude in decimal
 * degrees, as a map shows them) and a radius in metres. Checked here with the server's own limits
 * so a mistyped coordinate is caught beside its field before sending; the server checks again.
 */

/** The server's limits (places.inputs.ts; rules.md: default radius 100 m). */
export const RADIUS_MIN = 10;
export const RADIUS_MAX = 5000;
export const RADIUS_DEFAULT = 100;
export const NAME_MIN = 2;
export const NAME_MAX = 200;

export interface OfficeText {
  name: string;
  latitude: string;
  longitude: string;
  radiusMetres: string;
}

export interface OfficeInput {
  name: string;
  latitude: number;
  longitude: number;
  radiusMetres: number;
}

export type OfficeField = keyof OfficeText;
export type OfficeProblem =
  | 'nameLength'
  | 'required'
  | 'notNumber'
  | 'latitudeRange'
  | 'longitudeRange'
  | 'radiusRange'
  | 'radiusWhole';

/** A decimal number as typed: a point or a comma as the decimal separator. */
function decimal(text: string): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (!/^[-+]?\d+([.,]\d+)?$/.test(s)) return null;
  return Number(s.replace(',', '.'));
}

/**
 * "−6.9175, 107.6191" as copied from a map: both coordinates in one go (decimal points, a comma
 * or semicolon between), or null when the text is not such a pair.
 */
export function splitPoint(text: string): { latitude: string; longitude: string } | null {
  const match = /^\s*([-+]?\d+\.\d+)\s*[,;]\s*([-+]?\d+\.\d+)\s*$/.exec(text.replace('−', '-'));
  return match ? { latitude: match[1]!, longitude: match[2]! } : null;
}

export function readOffice(
  text: OfficeText,
):
  { input: OfficeInput; problems: [] } | { input: null; problems: [OfficeField, OfficeProblem][] } {
  const problems: [OfficeField, OfficeProblem][] = [];
  const name = text.name.trim();
  if (name.length < NAME_MIN || name.length > NAME_MAX) problems.push(['name', 'nameLength']);

  const coordinate = (field: 'latitude' | 'longitude', limit: number) => {
    const raw = text[field].replace('−', '-');
    if (!raw.trim()) return (problems.push([field, 'required']), 0);
    const value = decimal(raw);
    if (value === null) return (problems.push([field, 'notNumber']), 0);
    if (Math.abs(value) > limit)
      problems.push([field, field === 'latitude' ? 'latitudeRange' : 'longitudeRange']);
    return value;
  };
  const latitude = coordinate('latitude', 90);
  const longitude = coordinate('longitude', 180);

  let radiusMetres = RADIUS_DEFAULT;
  const radiusText = text.radiusMetres.trim();
  if (radiusText) {
    const value = decimal(radiusText);
    if (value === null) problems.push(['radiusMetres', 'notNumber']);
    else if (!Number.isInteger(value)) problems.push(['radiusMetres', 'radiusWhole']);
    else if (value < RADIUS_MIN || value > RADIUS_MAX)
      problems.push(['radiusMetres', 'radiusRange']);
    else radiusMetres = value;
  }

  if (problems.length) return { input: null, problems };
  return { input: { name, latitude, longitude, radiusMetres }, problems: [] };
}

export function officeText(office?: {
  name: string;
  latitude: number;
  longitude: number;
  radiusMetres: number;
}): OfficeText {
  return office
    ? {
        name: office.name,
        latitude: String(office.latitude),
        longitude: String(office.longitude),
        radiusMetres: String(office.radiusMetres),
      }
    : { name: '', latitude: '', longitude: '', radiusMetres: String(RADIUS_DEFAULT) };
}

/** The point on OpenStreetMap (a link: no map library in the app). */
export function mapLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=18/${latitude}/${longitude}`;
}
