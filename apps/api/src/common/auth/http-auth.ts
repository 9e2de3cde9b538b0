/**
 * The one way a request says who is calling, for /graphql and plain HTTP routes alike: a bearer
 * token (`Authorization: Bearer …`, for other clients) or else the SPAs' session cookie.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthService } from '../../modules/auth/auth.service.js';
import { SESSION_COOKIE } from '../../modules/auth/auth.resolver.js';
import type { Viewer } from './viewer.js';

/** The session token a request carries, if any. */
export function requestToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || undefined;
  return request.cookies[SESSION_COOKIE] || undefined;
}

/** The viewer of a request, or null when it carries no valid session. */
export async function authenticateRequest(
  request: FastifyRequest,
  auth: AuthService,
): Promise<Viewer | null> {
  const token = requestToken(request);
  return token ? auth.authenticate(token) : null;
}
