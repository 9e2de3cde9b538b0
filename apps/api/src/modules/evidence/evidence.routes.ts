/**
 * Evidence over plain HTTP (files do not travel through GraphQL): `POST /uploads` takes one file in
 * the multipart field `file`; `GET /uploads/:id` and `/uploads/:id/thumbnail` serve the bytes to
 * those who may see them. Callers sign in as for /graphql (common/auth/http-auth.ts); errors
 * answer `{ error: { code, message } }` with the GraphQL error codes, in the caller's language.
 */
import path from 'node:path';
import fastifyMultipart from '@fastify/multipart';
import { ErrorCode } from '@kinerja/schema';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config.js';
import { ViewerScope } from '../../context.js';
import { authenticateRequest } from '../../common/auth/http-auth.js';
import { AppError, badInput, unauthenticated } from '../../common/errors/app-error.js';
import { translate, type MessageKey, type MessageParams } from '../../common/i18n/messages.js';
import { currentRequest } from '../../common/request-store.js';
import { LocalStorage } from '../../common/storage/local-storage.js';
import type { Storage } from '../../common/storage/storage.js';
import { AuthService, type AuthSettings } from '../auth/auth.service.js';
import { EvidenceService, type EvidenceVariant } from './evidence.service.js';
import { UPLOADS_PATH, evidenceThumbnailUrl, evidenceUrl } from './evidence.urls.js';

export interface EvidenceRoutesOptions {
  orm: MikroORM;
  config: Config;
  authSettings: AuthSettings;
  now: () => Date;
  /** Where the bytes go; DATA_DIR/uploads on the local disk by default. */
  storage?: Storage;
}

/** How long a browser may reuse a file it was allowed to fetch (the bytes of an id never change). */
const CACHE_SECONDS = 3600;

const STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

function sendError(
  reply: FastifyReply,
  status: number,
  code: ErrorCode,
  key: MessageKey,
  params: MessageParams = {},
) {
  const { locale, requestId } = currentRequest();
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .send({ error: { code, message: translate(locale, key, { requestId, ...params }) } });
}

export const evidenceRoutes: FastifyPluginAsync<EvidenceRoutesOptions> = async (app, opts) => {
  const { orm, config, authSettings, now } = opts;
  const storage = opts.storage ?? new LocalStorage(path.join(config.dataDir, 'uploads'));
  // Registered inside this plugin only: /graphql keeps refusing multipart bodies.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 10, parts: 11 },
  });

  app.setErrorHandler((err: FastifyError, request, reply) => {
    if (err instanceof AppError)
      return sendError(reply, STATUS[err.code], err.code, err.messageKey, err.params);
    if (err instanceof app.multipartErrors.RequestFileTooLargeError)
      return sendError(reply, 413, ErrorCode.BAD_USER_INPUT, 'evidence.tooLarge', {
        maxMb: Math.round((config.uploadMaxBytes / 1_048_576) * 10) / 10,
      });
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Malformed requests: a broken multipart body, too many parts or files, a bad content type.
      const details = { details: err.message };
      return sendError(reply, status, ErrorCode.BAD_USER_INPUT, 'common.badInput', details);
    }
    request.log.error({ err }, 'unexpected error in an upload route');
    return sendError(reply, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'common.internal');
  });

  /** A forked EntityManager and the signed-in viewer; UNAUTHENTICATED without a valid session. */
  async function signedIn(request: FastifyRequest) {
    const em = orm.em.fork();
    const viewer = await authenticateRequest(request, new AuthService(em, authSettings));
    if (!viewer) throw unauthenticated();
    const service = new EvidenceService(em, viewer, storage, String(request.id), now);
    return { em, viewer, service };
  }

  app.post(UPLOADS_PATH, async (request, reply) => {
    const { service } = await signedIn(request);
    const part = request.isMultipart() ? await request.file() : undefined;
    if (part?.fieldname !== 'file') throw badInput('evidence.fileMissing', {}, { field: 'file' });
    const bytes = await part.toBuffer();
    const evidence = await service.upload({ bytes, filename: part.filename || null });
    return reply
      .code(201)
      .header('location', evidenceUrl(evidence.id))
      .send({
        id: evidence.id,
        kind: evidence.kind,
        mimeType: evidence.mimeType,
        sizeBytes: evidence.sizeBytes,
        sha256: evidence.sha256,
        width: evidence.width,
        height: evidence.height,
        originalName: evidence.originalName,
        url: evidenceUrl(evidence.id),
        thumbnailUrl: evidence.thumbnailKey ? evidenceThumbnailUrl(evidence.id) : null,
      });
  });

  const serve =
    (variant: EvidenceVariant) =>
    async (request: FastifyRequest<{ Params: { id: string } }>, reply: FastifyReply) => {
      const { em, viewer, service } = await signedIn(request);
      const { access } = new ViewerScope(em, viewer, String(request.id), now);
      const file = await service.open(request.params.id, variant, access);
      return reply
        .header('content-type', file.contentType)
        .header('content-length', file.size)
        .header('content-disposition', file.contentDisposition)
        .header('cache-control', `private, max-age=${CACHE_SECONDS}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.stream);
    };
  app.get(`${UPLOADS_PATH}/:id`, serve('original'));
  app.get(`${UPLOADS_PATH}/:id/thumbnail`, serve('thumbnail'));
};
