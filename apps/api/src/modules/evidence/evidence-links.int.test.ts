/**
 * Link evidence end to end: the staff member stores a teaching video's link, attaches it to an
 * entry like an upload, and the section head sees it in the queue as the link itself; bad links
 * are refused in both languages, nothing is fetched or served, and the same link on two entries
 * is flagged like the same photo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, persona, type TestApp } from '../../../test/harness.js';

const NOW = '2026-11-20T10:00:00+07:00';
let t: TestApp;
let itemId: string;

const ADD = `mutation($url: String!, $title: String) {
  addLinkEvidence(url: $url, title: $title) { id kind mimeType originalName sizeBytes url thumbnailUrl } }`;
const LOG = `mutation($input: ActivityInput!) { logActivity(input: $input) {
  id evidence { id kind url originalName } } }`;
const QUEUE = `query($filter: VerificationQueueFilter) { verificationQueue(filter: $filter, first: 100) {
  edges { node { flags entry { id evidence { kind url originalName thumbnailUrl } } } } } }`;

const code = (res: { errors?: { extensions: { code: string } }[] }) =>
  res.errors?.[0]?.extensions.code;
const linkCount = async () =>
  Number((await t.one<{ n: string }>(`select count(*) as n from evidence where kind = 'LINK'`)).n);

beforeAll(async () => {
  t = await createTestApp({ now: NOW, env: { LOG_LEVEL: 'error' } });
  ({ id: itemId } = await t.one<{ id: string }>(
    `insert into activity_item (agency_id, id, code, name, output_unit, standard_minutes, category, status, requires_evidence)
     select id, gen_random_uuid(), 'video', 'Membuat video pembelajaran', 'video', 60, 'MAIN', 'PUBLISHED', true
       from agency returning id`,
  ));
});
afterAll(() => t?.close());

async function addLink(url: string, title?: string, nip = persona.staff, lang?: string) {
  return t.as(nip, ADD, { url, title }, lang ? { lang } : undefined);
}

describe('addLinkEvidence', () => {
  it('stores an https link as the caller’s evidence, served as the link itself, with its title', async () => {
    const res = await addLink('https://www.youtube.com/watch?v=kelas5', 'Video pecahan kelas 5');
    expect(res.errors).toBeUndefined();
    expect(res.data?.addLinkEvidence).toMatchObject({
      kind: 'LINK',
      mimeType: 'text/uri-list',
      originalName: 'Video pecahan kelas 5',
      sizeBytes: 0,
      url: 'https://www.youtube.com/watch?v=kelas5',
      thumbnailUrl: null,
    });
    const row = await t.one<{ storage_key: string | null; link_url: string; owner: string }>(
      `select ev.storage_key, ev.link_url, e.nip as owner from evidence ev
         join employee e on e.id = ev.owner_id where ev.id = ?`,
      [res.data?.addLinkEvidence.id],
    );
    expect(row).toEqual({
      storage_key: null,
      link_url: 'https://www.youtube.com/watch?v=kelas5',
      owner: persona.staff,
    });
    const audit = await t.one<{ action: string }>(
      `select action from audit_event where entity_id = ?`,
      [res.data?.addLinkEvidence.id],
    );
    expect(audit.action).toBe('evidence.link');
  });

  it('names the host and path when no title is given', async () => {
    const res = await addLink('http://drive.contoh.go.id/berkas/laporan-rapat/');
    expect(res.data?.addLinkEvidence.originalName).toBe('drive.contoh.go.id/berkas/laporan-rapat');
  });

  it('refuses other schemes, partial addresses and credentials with BAD_USER_INPUT, storing nothing', async () => {
    const before = await linkCount();
    const cases: [string, string][] = [
      ['javascript:alert(document.cookie)', 'Hanya tautan http:// atau https://'],
      ['ftp://files.contoh.go.id/a.pdf', 'Hanya tautan http:// atau https://'],
      ['data:text/html,<script>x</script>', 'Hanya tautan http:// atau https://'],
      ['youtube.com/watch?v=1', 'Tautan tidak valid'],
      ['/uploads/123', 'Tautan tidak valid'],
      ['https://pegawai:rahasia@drive.contoh.go.id/x', 'nama pengguna atau kata sandi'],
    ];
    for (const [url, message] of cases) {
      const res = await addLink(url);
      expect(code(res), url).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message, url).toContain(message);
      expect(res.errors?.[0]?.extensions.field, url).toBe('url');
    }
    expect(await linkCount()).toBe(before);
  });

  it('explains a refused link in English on request', async () => {
    const res = await addLink('ftp://files.contoh.go.id/a.pdf', undefined, persona.staff, 'en');
    expect(res.errors?.[0]?.message).toBe(
      'Only http:// or https:// links can be used as evidence.',
    );
    const long = await addLink(
      `https://contoh.go.id/${'a'.repeat(2001)}`,
      undefined,
      persona.staff,
      'en',
    );
    expect(long.errors?.[0]?.message).toBe('The link is too long (at most 2000 characters).');
  });

  it('refuses anonymous callers', async () => {
    const res = await t.gql(ADD, { url: 'https://contoh.go.id/' });
    expect(code(res)).toBe('UNAUTHENTICATED');
  });
});

describe('a link on an entry', () => {
  it('satisfies an item that requires evidence and reaches the supervisor as the link, flagged when reused', async () => {
    const video = await addLink('https://youtu.be/abc123', 'Video kelas 5');
    const again = await addLink('https://youtu.be/abc123', 'Video kelas 5 (lagi)');
    const first = await t.as(persona.staff, LOG, {
      input: {
        date: '2026-11-20',
        startTime: '06:00',
        endTime: '07:00',
        itemId,
        quantity: 1,
        description: 'Video pembelajaran pecahan',
        evidenceIds: [video.data?.addLinkEvidence.id],
      },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data?.logActivity.evidence).toEqual([
      {
        id: video.data?.addLinkEvidence.id,
        kind: 'LINK',
        url: 'https://youtu.be/abc123',
        originalName: 'Video kelas 5',
      },
    ]);
    const second = await t.as(persona.staff, LOG, {
      input: {
        date: '2026-11-19',
        startTime: '06:00',
        endTime: '07:00',
        itemId,
        quantity: 1,
        description: 'Video pembelajaran pecahan',
        evidenceIds: [again.data?.addLinkEvidence.id],
      },
    });
    expect(second.errors).toBeUndefined();
    for (const date of ['2026-11-19', '2026-11-20'])
      expect(
        (await t.as(persona.staff, `mutation { submitDay(date: "${date}") { id } }`)).errors,
      ).toBeUndefined();

    const queue = await t.as(persona.sectionHead, QUEUE, {
      filter: { employeeId: await t.idOf(persona.staff) },
    });
    expect(queue.errors).toBeUndefined();
    type Edge = { node: { flags: string[]; entry: { id: string; evidence: unknown[] } } };
    const edges = queue.data!.verificationQueue.edges as Edge[];
    const mine = edges.filter((e) =>
      [first.data?.logActivity.id, second.data?.logActivity.id].includes(e.node.entry.id),
    );
    expect(mine).toHaveLength(2);
    for (const edge of mine) {
      expect(edge.node.flags).toContain('DUPLICATE_EVIDENCE');
      expect(edge.node.entry.evidence).toEqual([
        expect.objectContaining({
          kind: 'LINK',
          url: 'https://youtu.be/abc123',
          thumbnailUrl: null,
        }),
      ]);
    }
  });

  it('cannot be attached by someone else, and is never served from /uploads', async () => {
    const link = await addLink('https://contoh.go.id/dokumen');
    const id = link.data?.addLinkEvidence.id as string;
    const res = await t.as(persona.sectionHead, LOG, {
      input: {
        date: '2026-11-20',
        startTime: '06:00',
        endTime: '07:00',
        itemId,
        quantity: 1,
        description: 'Bukan milik saya',
        evidenceIds: [id],
      },
    });
    expect(code(res)).toBe('BAD_USER_INPUT');
    const served = await t.app.inject({
      method: 'GET',
      url: `/uploads/${id}`,
      headers: { authorization: `Bearer ${await t.tokenOf(persona.staff)}` },
    });
    expect(served.statusCode).toBe(404);
  });
});
