/**
 * Hand-written SQL through MikroORM's connection (so it joins the request's transaction and is
 * seen by statement counters). Queries use PostgreSQL's numbered parameters ($1 … each usable many
 * times); arrays are sent as PostgreSQL array literals (cast them in the SQL: `$2::uuid[]`), since
 * the driver (knex) would otherwise spread them into lists.
 */
import type { EntityManager } from '@mikro-orm/postgresql';

/** A PostgreSQL array literal of text values (NULL for null). */
export function arrayLiteral(values: readonly unknown[]): string {
  const items = values.map((v) =>
    v === null || v === undefined
      ? 'NULL'
      : `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  );
  return `{${items.join(',')}}`;
}

export function positional(
  sql: string,
  params: readonly unknown[],
): { sql: string; bindings: unknown[] } {
  const bindings: unknown[] = [];
  const text = sql.replace(/\$(\d+)/g, (_, n: string) => {
    const index = Number(n) - 1;
    if (index < 0 || index >= params.length) throw new Error(`SQL parameter $${n} has no value`);
    const value = params[index];
    bindings.push(Array.isArray(value) ? arrayLiteral(value) : value);
    return '?';
  });
  return { sql: text, bindings };
}

/** Runs `sql` with numbered parameters in `em`'s transaction, if any; returns the rows. */
export function query<T extends object = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const q = positional(sql, params);
  return em.getConnection().execute<T[]>(q.sql, q.bindings, 'all', em.getTransactionContext());
}

type Results<T extends readonly (() => Promise<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

/**
 * Runs the statements concurrently outside a transaction (each on a pooled connection), and one
 * after another inside one, where they share the transaction's connection (node-postgres queues
 * concurrent queries on one client, deprecated since pg 8.14 and refused by pg 9).
 */
export async function concurrently<T extends readonly (() => Promise<unknown>)[]>(
  em: EntityManager,
  tasks: T,
): Promise<Results<T>> {
  if (!em.getTransactionContext()) return (await Promise.all(tasks.map((t) => t()))) as Results<T>;
  const out: unknown[] = [];
  for (const task of tasks) out.push(await task());
  return out as Results<T>;
}
