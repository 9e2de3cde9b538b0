/**
 * Evidence use cases: storing an upload (bytes in the Storage, the record in `evidence`), opening
 * one for a viewer who may see it, and the check the entries module runs before attaching ids.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { todayIn } from '../../common/dates.js';
import { badInput, notFound, refuse } from '../../common/errors/app-error.js';
import { isUuid, uuidv7 } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import type { Storage, StoredObject } from '../../common/storage/storage.js';
import { AuditLog } from '../audit/audit.service.js';
import type { Access } from '../organisation/access.js';
import { Evidence, EvidenceKind } from './evidence.entity.js';
import {
  ACCEPTED_TYPES,
  THUMBNAIL_MIME,
  cleanOriginalName,
  contentDisposition,
  detectType,
  encodeImage,
  sha256Hex,
  type EncodedImage,
} from './evidence.files.js';
import { checkLink, LINK_MIME, linkSha256 } from './evidence.links.js';
import { mayViewEvidence } from './evidence.policy.js';

export interface UploadedFile {
  bytes: Buffer;
  /** The name the client sent (only checked against the content and kept for display). */
  filename: string | null;
}

export type EvidenceVariant = 'original' | 'thumbnail';

export interface EvidenceFile extends StoredObject {
  contentType: string;
  contentDisposition: string;
}

/**
 * Throws BAD_USER_INPUT unless every id is evidence of the viewer's agency uploaded by the viewer
 * (one statement; nothing for an empty list).
 */
export async function assertEvidenceUsable(
  em: EntityManager,
  viewer: Viewer,
  evidenceIds: readonly string[],
): Promise<void> {
  const ids = [...new Set(evidenceIds)];
  if (!ids.length) return;
  const refuse = () => badInput('evidence.notUsable', {}, { field: 'evidenceIds' });
  if (!ids.every(isUuid)) throw refuse();
  const [row] = await query<{ n: number }>(
    em,
    `select count(*)::int as n from evidence
      where agency_id = $1 and owner_id = $2 and id = any($3::uuid[])`,
    [viewer.agencyId, viewer.employeeId, ids],
  );
  if (row?.n !== ids.length) throw refuse();
}

/**
 * Stores a link as evidence (http or https only, see evidence.links.ts). The server never fetches
 * it: the record holds the link, its title and a hash of the link, so the same link on two entries
 * is flagged like the same photo. No bytes, so no storage.
 */
export async function addLinkEvidence(
  em: EntityManager,
  viewer: Viewer,
  requestId: string,
  now: Date,
  rawUrl: string,
  rawTitle: string | null | undefined,
): Promise<Evidence> {
  const link = checkLink(rawUrl, rawTitle);
  if (!link.ok) throw refuse(link.problem);
  const { agencyId, employeeId } = viewer;
  const id = uuidv7(now.getTime());
  const evidence = em.create(Evidence, {
    id,
    agencyId,
    ownerId: employeeId,
    kind: EvidenceKind.LINK,
    mimeType: LINK_MIME,
    originalName: link.title,
    sizeBytes: 0,
    sha256: linkSha256(link.url),
    storageKey: null,
    linkUrl: link.url,
  });
  new AuditLog(em, agencyId, employeeId, requestId).write('evidence.link', 'Evidence', id, {
    kind: evidence.kind,
    url: link.url,
  });
  await em.flush();
  return evidence;
}

export class EvidenceService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly storage: Storage,
    private readonly requestId: string,
    private readonly now: () => Date,
  ) {}

  /**
   * Checks and stores an upload. `sha256` is the hash of the bytes as uploaded (before images are
   * re-encoded), so the same photo sent twice has the same hash (verification flags reuse by it).
   */
  async upload(file: UploadedFile): Promise<Evidence> {
    const type = await detectType(file.bytes, file.filename);
    const encoded = type.kind === EvidenceKind.IMAGE ? await encodeImage(file.bytes) : null;
    const stored: Pick<EncodedImage, 'bytes' | 'mimeType'> = encoded?.image ?? {
      bytes: file.bytes,
      mimeType: type.mimeType,
    };

    const { agencyId, employeeId } = this.viewer;
    const id = uuidv7(this.now().getTime());
    const [year, month] = todayIn(this.viewer.timeZone, this.now()).split('-');
    const storageKey = `${agencyId}/${year}/${month}/${id}`;
    const thumbnailKey = encoded ? `${storageKey}.thumb` : null;

    await this.storage.put(storageKey, stored.bytes);
    try {
      if (encoded && thumbnailKey) await this.storage.put(thumbnailKey, encoded.thumbnail.bytes);
      const evidence = this.em.create(Evidence, {
        id,
        agencyId,
        ownerId: employeeId,
        kind: type.kind,
        mimeType: stored.mimeType,
        originalName: cleanOriginalName(file.filename),
        sizeBytes: stored.bytes.length,
        sha256: sha256Hex(file.bytes),
        storageKey,
        thumbnailKey,
        width: encoded?.image.width ?? null,
        height: encoded?.image.height ?? null,
      });
      new AuditLog(this.em, agencyId, employeeId, this.requestId).write(
        'evidence.upload',
        'Evidence',
        id,
        { kind: evidence.kind, mimeType: evidence.mimeType, sha256: evidence.sha256 },
      );
      await this.em.flush();
      return evidence;
    } catch (err) {
      // No record, no bytes: leave nothing behind that nobody could ever reach.
      await Promise.allSettled(
        [storageKey, thumbnailKey].flatMap((k) => (k ? [this.storage.delete(k)] : [])),
      );
      throw err;
    }
  }

  /**
   * The bytes of evidence (or its thumbnail) for a viewer allowed to see them; NOT_FOUND when it
   * does not exist in the agency, has no such variant, or the viewer may not see it.
   */
  async open(id: string, variant: EvidenceVariant, access: Access): Promise<EvidenceFile> {
    const missing = () => notFound('evidence.notFound');
    if (!isUuid(id)) throw missing();
    const [row] = await query<{
      owner_id: string;
      mime_type: string;
      original_name: string | null;
      storage_key: string;
      thumbnail_key: string | null;
      entry_employee_ids: string[];
    }>(
      this.em,
      `select ev.owner_id, ev.mime_type, ev.original_name, ev.storage_key, ev.thumbnail_key,
              array(select ae.employee_id
                      from activity_entry_evidence l
                      join activity_entry ae on ae.agency_id = l.agency_id and ae.id = l.entry_id
                     where l.agency_id = ev.agency_id and l.evidence_id = ev.id
                    union
                    select ar.employee_id from attendance_record ar
                     where ar.agency_id = ev.agency_id and ar.check_in_photo_id = ev.id
                    union
                    select ar.employee_id from attendance_record ar
                     where ar.agency_id = ev.agency_id and ar.check_out_photo_id = ev.id
                    union
                    select lr.employee_id from leave_request lr
                     where lr.agency_id = ev.agency_id and lr.attachment_id = ev.id
                    union
                    select ir.employee_id
                      from iki_realisation_evidence l
                      join iki_realisation x on x.agency_id = l.agency_id and x.id = l.realisation_id
                      join iki_report ir on ir.agency_id = x.agency_id and ir.id = x.report_id
                     where l.agency_id = ev.agency_id and l.evidence_id = ev.id) as entry_employee_ids
         from evidence ev
        where ev.agency_id = $1 and ev.id = $2`,
      [this.viewer.agencyId, id],
    );
    if (!row) throw missing();
    const readable =
      row.owner_id === this.viewer.employeeId
        ? []
        : await Promise.all(row.entry_employee_ids.map((e) => access.mayReadPrivate(e)));
    if (!mayViewEvidence(this.viewer, row.owner_id, readable)) throw missing();

    const key = variant === 'thumbnail' ? row.thumbnail_key : row.storage_key;
    if (!key) throw missing();
    const object = await this.storage.getStream(key);
    if (!object) throw new Error(`evidence ${id}: nothing stored under ${key}`);
    const contentType = variant === 'thumbnail' ? THUMBNAIL_MIME : row.mime_type;
    const extension =
      ACCEPTED_TYPES.find((t) => t.mimeType === contentType)?.extensions[0] ?? 'bin';
    const stem = `bukti-${id.slice(0, 8)}`;
    return {
      ...object,
      contentType,
      contentDisposition: contentDisposition(
        row.original_name,
        stem,
        extension,
        variant === 'thumbnail' ? '-thumbnail' : '',
      ),
    };
  }
}
