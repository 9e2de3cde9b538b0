/**
 * How the queue reaches the API: photos to POST /uploads, then logActivity with the entry's client
 * id (the server returns the entry already logged when it is sent twice). A refusal by the server
 * (bad input, an overlap, a closed month) is a RefusedError carrying its message; anything else
 * (no network, a timeout, a 5xx) means "try again later".
 */
import { graphQLErrorsOf } from '@kinerja/web-common';
import { graphql } from '@kinerja/schema/gql';
import { isApolloError } from '@apollo/client/core';
import type { KinerjaApolloClient } from '@kinerja/web-common';
import { uploadEvidence, UploadError } from '../evidence/upload';
import type { QueuedEntryInput } from './offline.db';

/** Answers that mean the server looked at the request and said no (retrying cannot help). */
const REFUSALS = new Set(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

export class RefusedError extends Error {}

export interface OfflineTransport {
  /** Uploads one photo; its evidence id. */
  upload(photo: { name: string; type: string; blob: Blob }): Promise<string>;
  /** Logs the entry (idempotent by client id). */
  log(input: QueuedEntryInput & { clientId: string; evidenceIds: string[] }): Promise<void>;
}

const LogQueuedActivity = graphql(`
  mutation LogQueuedActivity($input: ActivityInput!) {
    logActivity(input: $input) {
      id
      clientId
      date
      status
    }
  }
`);

export function apiTransport(
  client: KinerjaApolloClient,
  getLocale: () => string = () => 'id',
): OfflineTransport {
  return {
    async upload(photo) {
      try {
        const uploaded = await uploadEvidence(photo.blob, photo.name, {
          locale: getLocale(),
          networkMessage: 'network',
        });
        return uploaded.id;
      } catch (error) {
        // A refusal of the file itself (too large, not an image) will not change by retrying.
        if (error instanceof UploadError && REFUSALS.has(error.code))
          throw new RefusedError(error.message);
        throw error;
      }
    },
    async log(input) {
      try {
        await client.mutate({ mutation: LogQueuedActivity, variables: { input } });
      } catch (error) {
        if (error instanceof Error && isApolloError(error)) {
          const errors = graphQLErrorsOf(error.graphQLErrors, error.networkError);
          const refusal = errors.find((e) => e.extensions?.code !== 'UNAUTHENTICATED');
          if (refusal) throw new RefusedError(refusal.message);
        }
        throw error;
      }
    },
  };
}
