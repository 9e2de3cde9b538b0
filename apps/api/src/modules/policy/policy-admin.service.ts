/**
 * Reading and setting the agency's performance policy. A change is always a new version effective
 * from a date (today or later); versions in force are never edited, a planned one (not yet in force)
 * may be replaced or withdrawn. Every change runs in one transaction and is audited.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { conflict, forbidden, notFound, refuse } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import {
  defaultPolicy,
  PerformancePolicy,
  type PolicyValues,
} from './performance-policy.entity.js';
import type { PerformancePolicyInput } from './policy.inputs.js';
import { mayEditPolicy, mayReadPolicyHistory } from './policy.policy.js';
import { parsePolicyDraft, placeVersion, VIOLATION_CODES } from './policy.rules.js';
import { POLICY_COLUMNS, policyFromRow, type PolicyRow } from './policy.service.js';
import type { PerformancePolicyView } from './policy.types.js';

type VersionRow = PolicyRow & {
  id: string;
  effective_from: string;
  /** Hand-written SQL may hand a timestamptz over as text. */
  created_at: Date | string;
  created_by: string | null;
};

const VERSION_COLUMNS = `id, effective_from::text as effective_from, created_at, created_by, ${POLICY_COLUMNS}`;

export class PolicyAdmin {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly today: string,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /** The version in force on `date` (default today), or the defaults when none is. */
  async inForce(date: string | null | undefined): Promise<PerformancePolicyView> {
    const [row] = await query<VersionRow>(
      this.em,
      `select ${VERSION_COLUMNS} from performance_policy
        where agency_id = $1 and effective_from <= $2::date
        order by effective_from desc limit 1`,
      [this.agencyId, date ?? this.today],
    );
    return row ? this.view(row) : toView(defaultPolicy(), null, this.today);
  }

  /** Every version, newest first (admins and executives). */
  async versions(): Promise<PerformancePolicyView[]> {
    if (!mayReadPolicyHistory(this.viewer)) throw forbidden();
    const rows = await query<VersionRow>(
      this.em,
      `select ${VERSION_COLUMNS} from performance_policy where agency_id = $1
        order by effective_from desc`,
      [this.agencyId],
    );
    return rows.map((r) => this.view(r));
  }

  async set(input: PerformancePolicyInput): Promise<PerformancePolicyView> {
    if (!mayEditPolicy(this.viewer)) throw forbidden();
    const { values, problem } = parsePolicyDraft(input);
    if (problem) throw refuse(problem);
    return this.em.transactional(async (em) => {
      await this.lockHistory(em);
      const [latest] = await query<{ id: string; effective_from: string }>(
        em,
        `select id, effective_from::text as effective_from from performance_policy
          where agency_id = $1 order by effective_from desc limit 1`,
        [this.agencyId],
      );
      const placement = placeVersion(
        input.effectiveFrom,
        this.today,
        latest ? { id: latest.id, effectiveFrom: latest.effective_from } : null,
      );
      if (placement.kind === 'problem') throw conflict(placement.key, placement.params);
      let version: PerformancePolicy;
      if (placement.kind === 'replace') {
        version = await em.findOneOrFail(PerformancePolicy, {
          agencyId: this.agencyId,
          id: placement.id,
        });
        em.assign(version, { ...values, createdBy: this.viewer.employeeId });
      } else {
        version = em.create(PerformancePolicy, {
          ...values,
          agencyId: this.agencyId,
          effectiveFrom: input.effectiveFrom,
          createdBy: this.viewer.employeeId,
        });
      }
      this.audit(em).write(
        placement.kind === 'replace' ? 'performancePolicy.replace' : 'performancePolicy.create',
        'PerformancePolicy',
        version.id,
        { effectiveFrom: input.effectiveFrom, ...values },
      );
      await em.flush();
      return toView(
        values,
        {
          id: version.id,
          effectiveFrom: input.effectiveFrom,
          createdAt: version.createdAt,
          createdBy: version.createdBy,
        },
        this.today,
      );
    });
  }

  /** Withdraws a version not yet in force. */
  async remove(id: string): Promise<boolean> {
    if (!mayEditPolicy(this.viewer)) throw forbidden();
    return this.em.transactional(async (em) => {
      await this.lockHistory(em);
      const version = isUuid(id)
        ? await em.findOne(PerformancePolicy, { agencyId: this.agencyId, id })
        : null;
      if (!version) throw notFound('policy.versionNotFound');
      if (version.effectiveFrom <= this.today)
        throw conflict('policy.inForce', { date: version.effectiveFrom });
      this.audit(em).write('performancePolicy.delete', 'PerformancePolicy', version.id, {
        effectiveFrom: version.effectiveFrom,
      });
      em.remove(version);
      await em.flush();
      return true;
    });
  }

  /** One change of the agency's policy history at a time (the checks read the latest version). */
  private async lockHistory(em: EntityManager): Promise<void> {
    await query(
      em,
      `select pg_advisory_xact_lock(hashtextextended('performance_policy:' || $1, 0))`,
      [this.agencyId],
    );
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  private view(row: VersionRow): PerformancePolicyView {
    return toView(
      policyFromRow(row),
      {
        id: row.id,
        effectiveFrom: row.effective_from,
        createdAt: new Date(row.created_at),
        createdBy: row.created_by,
      },
      this.today,
    );
  }
}

function toView(
  values: PolicyValues,
  version: {
    id: string;
    effectiveFrom: string;
    createdAt: Date;
    createdBy: string | null;
  } | null,
  today: string,
): PerformancePolicyView {
  return {
    ...values,
    id: version?.id ?? null,
    effectiveFrom: version?.effectiveFrom ?? null,
    inForce: version ? version.effectiveFrom <= today : true,
    createdAt: version?.createdAt ?? null,
    createdBy: version?.createdBy ?? null,
    deductions: VIOLATION_CODES.map((code) => ({ code, percent: values.deductions[code] / 100 })),
    tppBases: Object.entries(values.tppBases)
      .map(([jobClass, amount]) => ({ jobClass: Number(jobClass), amount }))
      .sort((a, b) => a.jobClass - b.jobClass),
    ratingThresholds: { ...values.ratingThresholds },
  };
}
