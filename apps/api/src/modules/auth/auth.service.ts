import type { EntityManager } from '@mikro-orm/postgresql';
import { ErrorCode } from '@kinerja/schema';
import { AppError, badInput } from '../../common/errors/app-error.js';
import { query } from '../../common/sql.js';
import type { Viewer } from '../../common/auth/viewer.js';
import { Employee } from '../organisation/employee.entity.js';
import { AuditLog } from '../audit/audit.service.js';
import { Account, LoginThrottle, Session } from './auth.entities.js';
import { verifyAgainstDummy, verifyPassword } from './passwords.js';
import { hashSecret, newToken, parseToken, sameHash } from './tokens.js';

export interface AuthSettings {
  sessionSecret: string;
  sessionTtlDays: number;
  maxFailures: number;
  lockMinutes: number;
}

/** Failures allowed before attempts are spaced out, and the longest spacing. */
const FREE_FAILURES = 3;
const MAX_DELAY_SECONDS = 60;
/** A failure older than this starts the count afresh. */
const FAILURE_WINDOW_MS = 60 * 60 * 1000;

/** Seconds to wait after `failures` failures before the next attempt is heard. */
export function delayAfter(failures: number): number {
  return failures < FREE_FAILURES
    ? 0
    : Math.min(MAX_DELAY_SECONDS, 2 ** (failures - FREE_FAILURES));
}

export interface LoginMeta {
  ip: string | null;
  userAgent: string | null;
  requestId: string;
}

export class AuthService {
  constructor(
    private readonly em: EntityManager,
    private readonly settings: AuthSettings,
  ) {}

  async login(nip: string, password: string, meta: LoginMeta, now = new Date()) {
    if (!/^\d{18}$/.test(nip))
      throw badInput('organisation.invalidNip', { nip, reason: '@nip.length' }, { field: 'nip' });
    const throttle = await this.em.findOne(LoginThrottle, { nip });
    this.refuseWhileThrottled(throttle, now);

    const account = await this.em.findOne(Account, { nip });
    const employee = account
      ? await this.em.findOne(
          Employee,
          { agencyId: account.agencyId, nip },
          { populate: ['passwordHash'] },
        )
      : null;
    const ok = employee?.passwordHash
      ? await verifyPassword(employee.passwordHash, password)
      : await verifyAgainstDummy(password);

    if (!ok || !employee) {
      const failures = await this.recordFailure(nip, now);
      if (employee) {
        new AuditLog(this.em, employee.agencyId, null, meta.requestId).write(
          'auth.loginFailed',
          'Employee',
          employee.id,
          { failures },
        );
        await this.em.flush();
      }
      if (failures >= this.settings.maxFailures)
        throw this.lockedError(this.settings.lockMinutes * 60);
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'auth.wrongCredentials');
    }
    if (!employee.active) throw new AppError(ErrorCode.UNAUTHENTICATED, 'auth.inactive');

    await this.em.nativeDelete(LoginThrottle, { nip });
    const session = this.em.create(Session, {
      agencyId: employee.agencyId,
      employee,
      tokenHash: '',
      expiresAt: new Date(now.getTime() + this.settings.sessionTtlDays * 86_400_000),
      userAgent: meta.userAgent?.slice(0, 500) ?? null,
      ip: meta.ip,
    });
    const { token, secret } = newToken(employee.agencyId, session.id);
    session.tokenHash = hashSecret(this.settings.sessionSecret, secret);
    new AuditLog(this.em, employee.agencyId, employee.id, meta.requestId).write(
      'auth.login',
      'Session',
      session.id,
      { ip: meta.ip },
    );
    await this.em.flush();
    return { token, employee, expiresAt: session.expiresAt };
  }

  /** The viewer of a token, or null when it is malformed, unknown, expired or the person inactive. */
  async authenticate(token: string, now = new Date()): Promise<Viewer | null> {
    const parts = parseToken(token);
    if (!parts) return null;
    const rows = await query<{
      token_hash: string;
      employee_id: string;
      roles: string[];
      admin_unit_id: string | null;
      time_zone: string;
    }>(
      this.em,
      `select s.token_hash, e.id as employee_id, e.roles, e.admin_unit_id, a.time_zone
         from session s
         join employee e on e.agency_id = s.agency_id and e.id = s.employee_id and e.active
         join agency a on a.id = s.agency_id
        where s.agency_id = $1 and s.id = $2 and s.expires_at > $3`,
      [parts.agencyId, parts.sessionId, now],
    );
    const row = rows[0];
    if (!row || !sameHash(row.token_hash, hashSecret(this.settings.sessionSecret, parts.secret)))
      return null;
    return {
      employeeId: row.employee_id,
      agencyId: parts.agencyId,
      timeZone: row.time_zone,
      roles: new Set(row.roles as Viewer['roles'] extends ReadonlySet<infer R> ? R[] : never),
      adminUnitId: row.admin_unit_id,
      sessionId: parts.sessionId,
    };
  }

  async logout(viewer: Viewer, requestId: string): Promise<void> {
    await this.em.nativeDelete(Session, { agencyId: viewer.agencyId, id: viewer.sessionId });
    new AuditLog(this.em, viewer.agencyId, viewer.employeeId, requestId).write(
      'auth.logout',
      'Session',
      viewer.sessionId,
    );
    await this.em.flush();
  }

  private refuseWhileThrottled(t: LoginThrottle | null, now: Date): void {
    if (!t) return;
    if (t.lockedUntil && t.lockedUntil > now) {
      throw this.lockedError(Math.ceil((t.lockedUntil.getTime() - now.getTime()) / 1000));
    }
    if (t.lockedUntil || !t.lastFailureAt) return;
    const waitMs = t.lastFailureAt.getTime() + delayAfter(t.failures) * 1000 - now.getTime();
    if (waitMs > 0 && now.getTime() - t.lastFailureAt.getTime() < FAILURE_WINDOW_MS) {
      const seconds = Math.ceil(waitMs / 1000);
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        'auth.slowDown',
        { seconds },
        { retryAfterSeconds: seconds },
      );
    }
  }

  private lockedError(seconds: number): AppError {
    return new AppError(
      ErrorCode.RATE_LIMITED,
      'auth.locked',
      { minutes: Math.ceil(seconds / 60) },
      { retryAfterSeconds: seconds },
    );
  }

  /** Counts a failure atomically; returns the failures in the current window. */
  private async recordFailure(nip: string, now: Date): Promise<number> {
    const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MS);
    const rows = await query<{ failures: number }>(
      this.em,
      `insert into login_throttle (nip, failures, last_failure_at, locked_until)
       values ($1, 1, $2, null)
       on conflict (nip) do update set
         failures = case
           when login_throttle.last_failure_at < $3 or login_throttle.locked_until <= $2
           then 1 else login_throttle.failures + 1 end,
         last_failure_at = excluded.last_failure_at,
         locked_until = null
       returning failures`,
      [nip, now, windowStart],
    );
    const failures = rows[0]?.failures ?? 1;
    if (failures >= this.settings.maxFailures) {
      await this.em.nativeUpdate(
        LoginThrottle,
        { nip },
        { lockedUntil: new Date(now.getTime() + this.settings.lockMinutes * 60_000) },
      );
    }
    return failures;
  }
}
