import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { isUuid } from '../../common/ids.js';

/**
 * Session tokens: `k1.<agencyId>.<sessionId>.<secret>`. The agency and session ids route the lookup
 * to one row by its primary key (agency_id, id); only an HMAC of the secret is stored.
 */
export interface TokenParts {
  agencyId: string;
  sessionId: string;
  secret: string;
}

export function newToken(agencyId: string, sessionId: string): { token: string; secret: string } {
  const secret = randomBytes(32).toString('base64url');
  return { token: `k1.${agencyId}.${sessionId}.${secret}`, secret };
}

export function parseToken(token: string): TokenParts | null {
  const parts = token.split('.');
  if (parts.length !== 4 || parts[0] !== 'k1') return null;
  const [, agencyId = '', sessionId = '', secret = ''] = parts;
  if (!isUuid(agencyId) || !isUuid(sessionId) || !/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return { agencyId, sessionId, secret };
}

export function hashSecret(sessionSecret: string, secret: string): string {
  return createHmac('sha256', sessionSecret).update(secret).digest('base64url');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
