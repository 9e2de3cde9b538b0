/** One piece of evidence on the entry form, from the server or picked on the phone. */
export interface EvidenceDraft {
  /** Stable key for the list. */
  key: string;
  name: string;
  kind: 'IMAGE' | 'DOCUMENT' | 'LINK';
  /** A link's address (kind LINK), shown as the link. */
  url?: string | null;
  /** The stored evidence's id once uploaded. */
  id: string | null;
  /** The (compressed) file picked on this phone, kept for the offline queue. */
  blob: Blob | null;
  /** A preview: the server's thumbnail or an object URL of the local photo. */
  previewUrl: string | null;
  status: 'UPLOADING' | 'READY' | 'LOCAL' | 'ERROR';
  error: string | null;
}
