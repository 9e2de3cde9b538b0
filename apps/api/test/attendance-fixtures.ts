/**
 * Shared arrangements of the attendance integration tests: an office of our own (far from the demo
 * city's) assigned to the units of some people, and selfies uploaded through POST /uploads.
 */
import type { TestApp } from './harness.js';
import { multipart, pdf, photo } from './sample-files.js';

/** Our office: in the Java Sea, far from every demo office. */
export const OFFICE = {
  name: 'Kantor Uji Presensi',
  latitude: -5.5,
  longitude: 107.0,
  radius: 100,
};
const METRE = 1 / 111_195;
/** A point `metres` north of our office. */
export const north = (metres: number) => ({
  latitude: OFFICE.latitude + metres * METRE,
  longitude: OFFICE.longitude,
});

/** Assigns our office to the units of these employees' positions. */
export async function placeOffice(t: TestApp, employeeIds: string[]): Promise<void> {
  const { id } = await t.one<{ id: string }>(
    `insert into office_location (agency_id, id, name, latitude, longitude, radius_metres)
     select agency_id, gen_random_uuid(), ?, ?, ?, ? from employee where id = ? returning id`,
    [OFFICE.name, OFFICE.latitude, OFFICE.longitude, OFFICE.radius, employeeIds[0]],
  );
  await t.sql(
    `insert into unit_office (agency_id, unit_id, location_id)
     select distinct p.agency_id, p.unit_id, ?::uuid
       from employee e join position p on p.agency_id = e.agency_id and p.id = e.position_id
      where e.id = any(?::uuid[])
     on conflict do nothing`,
    [id, `{${employeeIds.join(',')}}`],
  );
}

/** Uploads a selfie (or a PDF) as the person; returns the evidence id. */
export async function selfie(t: TestApp, nip: string, kind: 'photo' | 'pdf' = 'photo') {
  const file =
    kind === 'photo'
      ? { filename: 'selfie.jpg', content: await photo(64, 64) }
      : { filename: 'surat.pdf', content: pdf() };
  const { payload, headers } = multipart(file);
  headers.authorization = `Bearer ${await t.tokenOf(nip)}`;
  const res = await t.app.inject({ method: 'POST', url: '/uploads', payload, headers });
  if (res.statusCode !== 201) throw new Error(`upload failed: ${res.body}`);
  return (res.json() as { id: string }).id;
}

export const RECORD = `
  id date
  employee { id }
  checkIn { at time source inArea place accepted valid latitude longitude accuracyMetres photoUrl }
  checkOut { at time source inArea place accepted valid photoUrl }`;
