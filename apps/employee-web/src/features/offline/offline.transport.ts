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
import type { QueuedEntryInput } from './offline.db';

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
  uploadUrl = '/uploads',
): OfflineTransport {
  return {
    async upload(photo) {
      const body = new FormData();
      body.append('file', photo.blob, photo.name);
      const res = await fetch(uploadUrl, { method: 'POST', body, credentials: 'same-origin' });
      const json = (await res.json().catch(() => null)) as {
        id?: string;
        error?: { message?: string };
      } | null;
      if (res.ok && json?.id) return json.id;
      if (res.status >= 400 && res.status < 500 && res.status !== 401 && res.status !== 408)
        throw new RefusedError(json?.error?.message ?? res.statusText);
      throw new Error(`upload failed: ${res.status}`);
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
