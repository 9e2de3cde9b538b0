/**
 * The morning peak of check-ins: a synthetic agency (synthetic.ts) with one office covering
 * everyone, a session and one uploaded selfie per employee written set-based, then the real server
 * (buildServer, listening on 127.0.0.1 only) hammered by autocannon with `checkIn` mutations, each
 * request as a different employee. Bounded: one request per employee, a fixed number of
 * connections and a timeout.
 */
import autocannon from 'autocannon';
import { MikroORM } from '@mikro-orm/postgresql';
import { query } from '../common/sql.js';
import { loadConfig } from '../config.js';
import { ormConfig } from '../db/mikro-orm.config.js';
import { hashSecret, newToken } from '../modules/auth/tokens.js';
import { buildServer } from '../server.js';
import { buildAgency } from './synthetic.js';

const SESSION_SECRET = 'bench-session-secret-'.padEnd(48, 'x');
/** The peak: a Monday morning in the agency's time zone (the server's clock for every request). */
const NOW = new Date('2026-11-23T07:20:00+07:00');
const OFFICE = { latitude: -6.9175, longitude: 107.6191 };

export interface CheckinsOptions {
  departments: number;
  connections: number;
}

export async function checkinsCase(url: string, o: CheckinsOptions): Promise<void> {
  // The server's own pool, sized for the connections (the bench's default ORM has 2).
  const orm = await MikroORM.init(ormConfig({ url, poolMax: 20 }));
  try {
    const em = orm.em.fork();
    let t0 = performance.now();
    const agencyId = await buildAgency(em, {
      departments: o.departments,
      holdersPerStaffPosition: 5,
    });
    await query(
      em,
      `with l as (insert into office_location (agency_id, id, name, latitude, longitude, radius_metres)
                  values ($1, gen_random_uuid(), 'Balai Kota', $2, $3, 150) returning id)
       insert into unit_office (agency_id, unit_id, location_id)
       select $1, u.id, l.id from org_unit u, l where u.agency_id = $1 and u.parent_id is null`,
      [agencyId, OFFICE.latitude, OFFICE.longitude],
    );
    const employees = (
      await query<{ id: string }>(em, 'select id from employee where agency_id = $1 order by id', [
        agencyId,
      ])
    ).map((r) => r.id);
    const sessions = employees.map((employeeId) => {
      const sessionId = crypto.randomUUID();
      const { token, secret } = newToken(agencyId, sessionId);
      return { employeeId, sessionId, token, hash: hashSecret(SESSION_SECRET, secret) };
    });
    await query(
      em,
      `insert into session (agency_id, id, employee_id, token_hash, expires_at)
       select $1, s.id, s.employee_id, s.hash, now() + interval '30 days'
         from unnest($2::uuid[], $3::uuid[], $4::text[]) as s(id, employee_id, hash)`,
      [
        agencyId,
        sessions.map((s) => s.sessionId),
        sessions.map((s) => s.employeeId),
        sessions.map((s) => s.hash),
      ],
    );
    // One small selfie per employee (the check-in only needs the record, not the bytes).
    const photos = await query<{ id: string; owner_id: string }>(
      em,
      `insert into evidence (agency_id, id, owner_id, kind, mime_type, size_bytes, sha256, storage_key, width, height)
       select $1, gen_random_uuid(), e.id, 'IMAGE', 'image/jpeg', 24000, md5(e.id::text) || md5(e.nip),
              $1 || '/2026/11/' || e.id, 480, 640
         from employee e where e.agency_id = $1
       returning id, owner_id`,
      [agencyId],
    );
    await query(em, 'analyze');
    const photoOf = new Map(photos.map((p) => [p.owner_id, p.id]));
    const setupSeconds = (performance.now() - t0) / 1000;

    const app = await buildServer({
      config: loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: url,
        SESSION_SECRET,
        LOG_LEVEL: 'warn',
      }),
      orm,
      sessionSecret: SESSION_SECRET,
      now: () => NOW,
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no server address');
    const mutation =
      'mutation($input: CheckInput!) { checkIn(input: $input) { id checkIn { time inArea place } } }';
    let next = 0;
    let failed = 0;
    try {
      t0 = performance.now();
      const latencies: number[] = [];
      const result = await new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon(
          {
            url: `http://127.0.0.1:${address.port}/graphql`,
            connections: o.connections,
            amount: sessions.length,
            timeout: 20,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            requests: [
              {
                setupRequest: (req) => {
                  const s = sessions[next++ % sessions.length]!;
                  // Up to ~110 m from the office centre, a typical phone accuracy.
                  const north = ((next * 37) % 110) / 111_195;
                  return {
                    ...req,
                    headers: { ...req.headers, authorization: `Bearer ${s.token}` },
                    body: JSON.stringify({
                      query: mutation,
                      variables: {
                        input: {
                          latitude: OFFICE.latitude + north,
                          longitude: OFFICE.longitude,
                          accuracyMetres: 12,
                          photoId: photoOf.get(s.employeeId),
                        },
                      },
                    }),
                  };
                },
                onResponse: (status, body) => {
                  if (status !== 200 || body.includes('"errors"')) failed += 1;
                },
              },
            ],
          },
          (err, res) => (err ? reject(err) : resolve(res)),
        );
        // Every response's latency, for exact percentiles (autocannon's histogram has no p95).
        instance.on('response', (_client, _status, _bytes, responseTime) =>
          latencies.push(responseTime),
        );
      });
      latencies.sort((a, b) => a - b);
      const pct = (p: number) =>
        latencies[
          Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)
        ]?.toFixed(0);
      const seconds = (performance.now() - t0) / 1000;
      const [made] = await query<{ records: number; inside: number }>(
        orm.em.fork(),
        `select count(*)::int as records, count(*) filter (where check_in_in_area)::int as inside
           from attendance_record where agency_id = $1`,
        [agencyId],
      );
      console.log(
        `\ncheckins: ${employees.length} employees, ${sessions.length} sessions and selfies, one office ` +
          `(set up in ${setupSeconds.toFixed(1)} s)`,
      );
      console.log(
        `  ${result.requests.total} check-in mutations over ${o.connections} connections in ${seconds.toFixed(1)} s ` +
          `(${result.non2xx} non-2xx, ${failed} with errors, ${result.errors} socket errors, ${result.timeouts} timeouts)`,
      );
      console.log(
        `  requests/s: mean ${result.requests.average.toFixed(0)}, overall ${(result.requests.total / seconds).toFixed(0)}`,
      );
      console.log(
        `  latency ms: p50 ${pct(50)}, p95 ${pct(95)}, p99 ${pct(99)}, max ${result.latency.max}`,
      );
      console.log(
        `  attendance records created: ${made?.records} (${made?.inside} inside the office)`,
      );
    } finally {
      await app.close();
    }
  } finally {
    await orm.close(true);
  }
}
