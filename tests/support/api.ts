/**
 * The API as a demo user, for browser tests to set up data and to check what a page shows against
 * what the server says: a bearer session of its own (the page's cookie session is untouched).
 */
import { PASSWORD } from './pages.js';

export type Gql = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  language?: 'id' | 'en',
) => Promise<T>;

async function post<T>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  language: string,
  token: string | null,
): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'accept-language': language,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

/** Signs `nip` in (demo password) and answers a function running GraphQL as them. */
export async function apiAs(baseUrl: string, nip: string): Promise<Gql> {
  const { login } = await post<{ login: { token: string } }>(
    baseUrl,
    'mutation($nip: String!, $password: String!) { login(nip: $nip, password: $password) { token } }',
    { nip, password: PASSWORD },
    'id',
    null,
  );
  return (query, variables = {}, language = 'id') =>
    post(baseUrl, query, variables, language, login.token);
}
