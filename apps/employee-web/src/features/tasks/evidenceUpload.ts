/**
 * Evidence for an IKI realisation: a photo is shrunk on the phone (features/evidence/compress.ts)
 * and sent to the upload route like every other evidence (features/evidence/upload.ts).
 */
import { compressImage } from '../evidence/compress';
import { photoName, uploadEvidence } from '../evidence/upload';
import type { EvidenceItem } from './ikiDraft';

export { UploadError } from '../evidence/upload';

export async function uploadIkiEvidence(
  file: File,
  locale: string,
  networkMessage: string,
): Promise<EvidenceItem> {
  const blob = await compressImage(file);
  const name = blob === file ? file.name : photoName(blob);
  const uploaded = await uploadEvidence(blob, name, { locale, networkMessage });
  return {
    id: uploaded.id,
    name: uploaded.originalName ?? name,
    thumbnailUrl: uploaded.thumbnailUrl,
    url: uploaded.url,
  };
}
