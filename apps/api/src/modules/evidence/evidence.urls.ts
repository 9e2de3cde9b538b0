/** Where evidence bytes are served (evidence.routes.ts), relative to the API's origin. */
export const UPLOADS_PATH = '/uploads';

export const evidenceUrl = (id: string): string => `${UPLOADS_PATH}/${id}`;
export const evidenceThumbnailUrl = (id: string): string => `${UPLOADS_PATH}/${id}/thumbnail`;
