/**
 * Evidence uploads end to end: POST /uploads as the demo city's staff member, the stored bytes on
 * disk (a temporary DATA_DIR), who may fetch them back, and the helpers the entries module uses.
 */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Factory } from '../../../test/factories.js';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';
import { docx, exe, multipart, pdf, photo, xlsx } from '../../../test/sample-files.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { AppError } from '../../common/errors/app-error.js';
import { createEvidenceLoaders } from './evidence.loaders.js';
import { assertEvidenceUsable } from './evidence.service.js';
import { sha256Hex } from './evidence.files.js';

let t: TestApp;
let dataDir: string;
let agencyId: string;
let ids: Record<'staff' | 'sectionHead', string>;
let peer: string; // another staff member under the same section head
let teacher: string; // someone in another department
const MAX_BYTES = 1_500_000;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kinerja-evidence-'));
  t = await createTestApp({ env: { DATA_DIR: dataDir, UPLOAD_MAX_BYTES: String(MAX_BYTES) } });
  ids = { staff: await t.idOf(persona.staff), sectionHead: await t.idOf(persona.sectionHead) };
  ({ agency_id: agencyId } = await t.one<{ agency_id: string }>(
    'select agency_id from employee where id = ?',
    [ids.staff],
  ));
  ({ nip: peer } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.parent_id = (select p2.parent_id from employee s join position p2 on p2.id = s.position_id where s.id = ?)
        and e.id <> ? and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
    [ids.staff, ids.staff],
  ));
  ({ nip: teacher } = await t.one<{ nip: string }>(
    `select e.nip from employee e join position p on p.id = e.position_id
      where p.name like 'Guru%' and e.roles = '{EMPLOYEE}' order by e.nip limit 1`,
  ));
});
afterAll(async () => {
  await t?.close();
  await rm(dataDir, { recursive: true, force: true });
});

type UploadBody = {
  id: string;
  kind: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  width: number | null;
  height: number | null;
  url: string;
  thumbnailUrl: string | null;
  error?: { code: string; message: string };
};

async function upload(
  nip: string | null,
  file: { filename: string; content: Buffer; contentType?: string },
  opts: { lang?: string; field?: string } = {},
) {
  const { payload, headers } = multipart(file, opts.field);
  if (nip) headers.authorization = `Bearer ${await t.tokenOf(nip)}`;
  if (opts.lang) headers['accept-language'] = opts.lang;
  const res = await t.app.inject({ method: 'POST', url: '/uploads', payload, headers });
  return { status: res.statusCode, body: res.json() as UploadBody, headers: res.headers };
}

async function fetchAs(nip: string | null, url: string, headers: Record<string, string> = {}) {
  if (nip) headers.authorization = `Bearer ${await t.tokenOf(nip)}`;
  return t.app.inject({ method: 'GET', url, headers });
}

const stored = async (key: string) => readFile(path.join(dataDir, 'uploads', key));
const evidenceCount = async () =>
  Number((await t.one<{ n: string }>('select count(*) as n from evidence')).n);

/** Attaches evidence to a new entry of `employeeId` (SQL; the entries module does this for real). */
async function attach(evidenceId: string, employeeId: string, hour: number) {
  const { id: itemId } = await t.one<{ id: string }>(
    `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status)
     values (?, gen_random_uuid(), 'ev-' || substr(md5(random()::text), 1, 8), 'Dokumentasi kegiatan', 'kegiatan', 60, 'MAIN', 'PUBLISHED')
     returning id`,
    [agencyId],
  );
  const { id: entryId } = await t.one<{ id: string }>(
    `insert into activity_entry (agency_id, id, employee_id, date, start_time, end_time, item_id, quantity, credited_minutes, status)
     values (?, gen_random_uuid(), ?, '2026-11-19', make_time(?, 0, 0), make_time(?, 30, 0), ?, 1, 30, 'SUBMITTED')
     returning id`,
    [agencyId, employeeId, hour, hour, itemId],
  );
  await t.sql(
    'insert into activity_entry_evidence (agency_id, entry_id, evidence_id) values (?, ?, ?)',
    [agencyId, entryId, evidenceId],
  );
  return entryId;
}

describe('POST /uploads', () => {
  it('refuses anonymous callers with 401, in the caller’s language', async () => {
    const file = { filename: 'foto.jpg', content: await photo(20, 20) };
    const id = await upload(null, file);
    expect(id.status).toBe(401);
    expect(id.body.error).toEqual({
      code: 'UNAUTHENTICATED',
      message: expect.stringMatching(/belum masuk/),
    });
    const en = await upload(null, file, { lang: 'en' });
    expect(en.body.error?.message).toMatch(/not signed in/);
    const forged = await t.app.inject({
      method: 'POST',
      url: '/uploads',
      ...multipart(file),
      headers: { ...multipart(file).headers, cookie: 'kinerja_session=garbage' },
    });
    expect(forged.statusCode).toBe(401);
  });

  it('stores a photo re-encoded, upright, at most 1600 px, with a 320 px WebP thumbnail', async () => {
    const original = await photo(3000, 2000, 'jpeg', { orientation: 6 });
    const res = await upload(persona.staff, {
      filename: 'Rapat Koordinasi.JPG',
      content: original,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      kind: 'IMAGE',
      mimeType: 'image/jpeg',
      width: 1067,
      height: 1600,
      sha256: sha256Hex(original),
      url: `/uploads/${res.body.id}`,
      thumbnailUrl: `/uploads/${res.body.id}/thumbnail`,
    });
    expect(res.headers.location).toBe(`/uploads/${res.body.id}`);

    const row = await t.one('select * from evidence where id = ?', [res.body.id]);
    expect(row).toMatchObject({
      owner_id: ids.staff,
      original_name: 'Rapat Koordinasi.JPG',
      size_bytes: res.body.sizeBytes,
      storage_key: expect.stringMatching(new RegExp(`^${agencyId}/\\d{4}/\\d{2}/${res.body.id}$`)),
      thumbnail_key: `${row.storage_key}.thumb`,
    });
    const bytes = await stored(row.storage_key);
    expect(bytes.length).toBe(res.body.sizeBytes);
    expect(bytes.length).toBeLessThan(original.length);
    const meta = await sharp(bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 1067, height: 1600 });
    expect(meta.exif).toBeUndefined();
    const thumb = await sharp(await stored(row.thumbnail_key)).metadata();
    expect(thumb).toMatchObject({ format: 'webp', width: 213, height: 320 });
    const audit = await t.one('select * from audit_event where entity_id = ?', [res.body.id]);
    expect(audit).toMatchObject({ action: 'evidence.upload', actor_id: ids.staff });
  });

  it('accepts PNG and WebP (stored as JPEG) and PDF, DOCX, XLSX (stored as sent)', async () => {
    const png = await photo(400, 300, 'png', { alpha: true });
    const webp = await photo(300, 400, 'webp');
    const documents: [string, Buffer, string][] = [
      ['surat tugas.pdf', pdf(), 'application/pdf'],
      [
        'laporan.docx',
        docx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'rekap.xlsx',
        await xlsx(),
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ],
    ];
    for (const [name, content, size] of [
      ['layar.png', png, [400, 300]],
      ['foto.webp', webp, [300, 400]],
    ] as const) {
      const res = await upload(persona.staff, { filename: name, content });
      expect(res.status, name).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'IMAGE',
        mimeType: 'image/jpeg',
        width: size[0],
        height: size[1],
        sha256: sha256Hex(content),
      });
    }
    for (const [name, content, mimeType] of documents) {
      // The client's content type is ignored: the bytes decide.
      const res = await upload(persona.staff, {
        filename: name,
        content,
        contentType: 'image/png',
      });
      expect(res.status, name).toBe(201);
      expect(res.body).toMatchObject({
        kind: 'DOCUMENT',
        mimeType,
        sizeBytes: content.length,
        sha256: sha256Hex(content),
        width: null,
        height: null,
        thumbnailUrl: null,
      });
      const row = await t.one('select * from evidence where id = ?', [res.body.id]);
      expect(row.thumbnail_key).toBeNull();
      expect((await stored(row.storage_key)).equals(content)).toBe(true);
    }
  });

  it('refuses forged extensions and unaccepted types with 400, storing nothing', async () => {
    const before = await evidenceCount();
    for (const [filename, content, pattern] of [
      ['foto.jpg', Buffer.from('bukan gambar, hanya teks'), /\.jpg.*tidak dikenal/],
      ['foto.jpg', exe(), /\.jpg.*EXE/],
      ['foto.png', pdf(), /\.png.*PDF/],
      ['rekap.xlsx', docx(), /\.xlsx.*DOCX/],
      ['setup', exe(), /\(EXE\) tidak didukung/],
    ] as const) {
      const res = await upload(persona.staff, { filename, content, contentType: 'image/jpeg' });
      expect(res.status, filename).toBe(400);
      expect(res.body.error?.code).toBe('BAD_USER_INPUT');
      expect(res.body.error?.message).toMatch(pattern);
    }
    const en = await upload(
      persona.staff,
      { filename: 'foto.png', content: pdf() },
      { lang: 'en' },
    );
    expect(en.body.error?.message).toBe(
      'The file’s content does not match its name: the name ends in ".png" but the content is of type PDF. Check that you picked the right file.',
    );
    expect(await evidenceCount()).toBe(before);
  });

  it('refuses a file over UPLOAD_MAX_BYTES with 413', async () => {
    const big = Buffer.concat([pdf(), Buffer.alloc(MAX_BYTES + 10, 0x20)]);
    const res = await upload(
      persona.staff,
      { filename: 'besar.pdf', content: big },
      { lang: 'en' },
    );
    expect(res.status).toBe(413);
    expect(res.body.error).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'The file is too large; the limit is 1.4 MB.',
    });
  });

  it('asks for the file in the "file" field of a multipart body', async () => {
    const other = await upload(
      persona.staff,
      { filename: 'a.pdf', content: pdf() },
      { field: 'x' },
    );
    expect(other.status).toBe(400);
    expect(other.body.error?.message).toMatch(/kolom "file"/);
    const json = await t.app.inject({
      method: 'POST',
      url: '/uploads',
      headers: { authorization: `Bearer ${await t.tokenOf(persona.staff)}` },
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('BAD_USER_INPUT');
  });

  it('gives the same photo uploaded twice the same sha256', async () => {
    const content = await photo(800, 600);
    const first = await upload(persona.staff, { filename: 'a.jpg', content });
    const second = await upload(persona.staff, { filename: 'b.jpg', content });
    expect(first.body.id).not.toBe(second.body.id);
    expect(second.body.sha256).toBe(first.body.sha256);
  });
});

describe('GET /uploads/:id', () => {
  let photoId: string;
  let pdfId: string;
  let photoBytes: Buffer;
  beforeAll(async () => {
    const image = await upload(persona.staff, {
      filename: 'Apel pagi ké-2.png',
      content: await photo(500, 500, 'png'),
    });
    photoId = image.body.id;
    photoBytes = await stored(
      (await t.one('select storage_key from evidence where id = ?', [photoId])).storage_key,
    );
    pdfId = (await upload(persona.staff, { filename: 'surat.pdf', content: pdf() })).body.id;
  });

  it('serves the owner the stored bytes with safe headers', async () => {
    const res = await fetchAs(persona.staff, `/uploads/${photoId}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(photoBytes)).toBe(true);
    expect(res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-length': String(photoBytes.length),
      'content-disposition': `inline; filename="Apel pagi ke-2.jpg"; filename*=UTF-8''Apel%20pagi%20k%C3%A9-2.jpg`,
      'cache-control': 'private, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    const thumb = await fetchAs(persona.staff, `/uploads/${photoId}/thumbnail`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/webp');
    expect(await sharp(thumb.rawPayload).metadata()).toMatchObject({ width: 320, height: 320 });
    const doc = await fetchAs(persona.staff, `/uploads/${pdfId}`);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(doc.rawPayload.equals(pdf())).toBe(true);
    expect((await fetchAs(persona.staff, `/uploads/${pdfId}/thumbnail`)).statusCode).toBe(404);
    const head = await t.app.inject({
      method: 'HEAD',
      url: `/uploads/${photoId}`,
      headers: { authorization: `Bearer ${await t.tokenOf(persona.staff)}` },
    });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(photoBytes.length));
    expect(head.rawPayload.length).toBe(0);
  });

  it('masks a server fault (bytes missing from the storage) as INTERNAL_SERVER_ERROR', async () => {
    const { id } = (await upload(persona.staff, { filename: 'x.pdf', content: pdf() })).body;
    const { storage_key } = await t.one('select storage_key from evidence where id = ?', [id]);
    await rm(path.join(dataDir, 'uploads', storage_key));
    const res = await fetchAs(persona.staff, `/uploads/${id}`, { 'x-request-id': 'req-42' });
    expect(res.statusCode).toBe(500);
    expect(res.json().error.code).toBe('INTERNAL_SERVER_ERROR');
    expect(res.json().error.message).toMatch(/req-42/);
    expect(res.json().error.message).not.toMatch(/storage|nothing stored/);
  });

  it('accepts the SPAs’ session cookie as well as a bearer token', async () => {
    const res = await fetchAs(null, `/uploads/${photoId}`, {
      cookie: `kinerja_session=${await t.tokenOf(persona.staff)}`,
    });
    expect(res.statusCode).toBe(200);
    const anonymous = await fetchAs(null, `/uploads/${photoId}`);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('serves the supervisor once the evidence is on an entry of the owner; never peers or other departments', async () => {
    const url = `/uploads/${photoId}`;
    expect((await fetchAs(persona.sectionHead, url)).statusCode).toBe(404);
    await attach(photoId, ids.staff, 8);
    for (const nip of [persona.sectionHead, persona.departmentHead, persona.agencyAdmin]) {
      expect((await fetchAs(nip, url)).statusCode, nip).toBe(200);
      expect((await fetchAs(nip, `${url}/thumbnail`)).statusCode, nip).toBe(200);
    }
    for (const nip of [peer, teacher]) {
      const res = await fetchAs(nip, url);
      expect(res.statusCode, nip).toBe(404);
      expect(res.json().error.code).toBe('NOT_FOUND');
    }
  });

  it('serves a leave request’s attachment (a doctor’s letter) to the requester’s supervisors, not peers', async () => {
    const letter = await upload(persona.staff, { filename: 'surat-dokter.pdf', content: pdf() });
    const url = `/uploads/${letter.body.id}`;
    expect((await fetchAs(persona.sectionHead, url)).statusCode).toBe(404);
    await t.sql(
      `insert into leave_request (agency_id, id, employee_id, kind, start_date, end_date, reason, attachment_id)
       values (?, gen_random_uuid(), ?, 'SICK', '2026-11-10', '2026-11-11', 'Demam', ?)`,
      [agencyId, ids.staff, letter.body.id],
    );
    expect((await fetchAs(persona.sectionHead, url)).statusCode).toBe(200);
    expect((await fetchAs(peer, url)).statusCode).toBe(404);
  });

  it('answers 404 to another agency and for unknown or malformed ids', async () => {
    const other = await Factory.agency(t.orm.em.fork(), 'kabupaten-lain');
    const unit = await other.unit('Dinas Lain');
    const stranger = await other.employee('Orang Lain', await other.position('Kepala', unit), {
      password: 'rahasia-lain-2026',
    });
    const token = await t.tokenOf(stranger.nip, 'rahasia-lain-2026');
    const res = await t.app.inject({
      method: 'GET',
      url: `/uploads/${photoId}`,
      headers: { authorization: `Bearer ${token}`, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Evidence not found.' } });
    for (const id of ['00000000-0000-4000-8000-000000000000', 'nope']) {
      expect((await fetchAs(persona.staff, `/uploads/${id}`)).statusCode).toBe(404);
    }
  });
});

describe('GraphQL and the entries module’s helpers', () => {
  let mine: string;
  let theirs: string;
  beforeAll(async () => {
    mine = (await upload(persona.staff, { filename: 'a.jpg', content: await photo(50, 40) })).body
      .id;
    theirs = (await upload(persona.sectionHead, { filename: 'b.pdf', content: pdf() })).body.id;
  });

  const viewerOf = (employeeId: string): Viewer => ({
    employeeId,
    agencyId,
    timeZone: 'Asia/Jakarta',
    roles: new Set(),
    adminUnitId: null,
    sessionId: '00000000-0000-4000-8000-000000000000',
  });

  it('myEvidence returns the caller’s own evidence with its URLs', async () => {
    const res = await t.as(
      persona.staff,
      'query($ids: [ID!]!) { myEvidence(ids: $ids) { id kind mimeType width height url thumbnailUrl } }',
      { ids: [theirs, mine, 'nope'] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.myEvidence).toEqual([
      {
        id: mine,
        kind: 'IMAGE',
        mimeType: 'image/jpeg',
        width: 50,
        height: 40,
        url: `/uploads/${mine}`,
        thumbnailUrl: `/uploads/${mine}/thumbnail`,
      },
    ]);
  });

  it('assertEvidenceUsable accepts only the viewer’s own evidence, in one statement', async () => {
    const em = t.orm.em.fork();
    const ok = await t.countStatements(() =>
      assertEvidenceUsable(em, viewerOf(ids.staff), [mine, mine]),
    );
    expect(ok.count).toBe(1);
    await expect(assertEvidenceUsable(em, viewerOf(ids.staff), [])).resolves.toBeUndefined();
    for (const list of [[mine, theirs], ['nope'], ['00000000-0000-4000-8000-000000000000']]) {
      const err = await assertEvidenceUsable(em, viewerOf(ids.staff), list).catch((e) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(err).toMatchObject({ code: 'BAD_USER_INPUT', messageKey: 'evidence.notUsable' });
    }
  });

  it('createEvidenceLoaders loads the evidence of many entries in one statement', async () => {
    const second = (await upload(persona.staff, { filename: 'c.pdf', content: pdf() })).body.id;
    const entryA = await attach(mine, ids.staff, 10);
    await t.sql(
      'insert into activity_entry_evidence (agency_id, entry_id, evidence_id) values (?, ?, ?)',
      [agencyId, entryA, second],
    );
    const entryB = await attach(theirs, ids.sectionHead, 11);
    const entryC = await attach(mine, ids.staff, 12);
    const loaders = createEvidenceLoaders(t.orm.em.fork(), agencyId);
    let result: { id: string; kind: string; ownerId: string }[][] = [];
    const { count } = await t.countStatements(async () => {
      result = await Promise.all(
        [entryA, entryB, entryC, '00000000-0000-4000-8000-000000000000'].map((e) =>
          loaders.byEntry.load(e),
        ),
      );
    });
    expect(count).toBe(1);
    expect(result.map((list) => list.map((e) => e.id))).toEqual([
      [mine, second],
      [theirs],
      [mine],
      [],
    ]);
    expect(result[0]?.[0]).toMatchObject({ kind: 'IMAGE', ownerId: ids.staff });
    expect(result[1]?.[0]).toMatchObject({ kind: 'DOCUMENT', ownerId: ids.sectionHead });
  });
});

describe('storage layout', () => {
  it('keeps files under DATA_DIR/uploads/<agency>/<yyyy>/<mm>/', async () => {
    const row = await t.one('select storage_key from evidence order by created_at limit 1');
    expect((await stat(path.join(dataDir, 'uploads', row.storage_key))).isFile()).toBe(true);
  });
});
