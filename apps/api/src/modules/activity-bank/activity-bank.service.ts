/**
 * The activity bank's use cases: search, favourites, propose → publish / reject → retire, and the
 * agency admin's direct creation. Every change runs in one transaction and is written to the audit
 * log; who may do what is in activity-bank.policy.ts.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import {
  type AppError,
  badInput,
  conflict,
  forbidden,
  notFound,
} from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import type { PositionKind } from '../organisation/organisation.enums.js';
import { ActivityItemStatus, type ActivityCategory } from './activity-bank.enums.js';
import type { ActivityItemInput } from './activity-bank.inputs.js';
import {
  type BankAction,
  isAgencyAdmin,
  managedDepartment,
  mayEditStatus,
  mayTransition,
  scopeWithinDepartment,
  TARGET,
} from './activity-bank.policy.js';
import { searchItems, type SearchPage } from './activity-bank.search.js';
import { ActivityFavourite, ActivityItem } from './activity-item.entity.js';
import { ITEM_APPLIES } from './applicability.js';

export const REJECTION_REASON_MIN = 5;

export interface PageArgs {
  search: string | null;
  limit: number;
  offset: number;
}

/** An item's fields as the service stores them (normalised input). */
interface ItemFields {
  code: string;
  name: string;
  description: string | null;
  outputUnit: string;
  standardMinutes: number;
  category: ActivityCategory;
  scopePositionIds: string[];
  scopePositionKinds: PositionKind[];
  scopeUnitIds: string[];
  keywords: string[];
  requiresEvidence: boolean;
}

/** Lowercase, trimmed, without duplicates or empties. */
export function normaliseKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((k) => k.trim().toLowerCase()).filter(Boolean))];
}

export class ActivityBankService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly requestId: string,
    private readonly today: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  // ── reading ──────────────────────────────────────────────────────────────────────────────
  /** Published items that apply to the caller, favourites and recent first. */
  search(args: PageArgs & { category: ActivityCategory | null }): Promise<SearchPage> {
    return searchItems(this.em, {
      kind: 'employee',
      agencyId: this.agencyId,
      employeeId: this.viewer.employeeId,
      today: this.today,
      search: args.search,
      category: args.category,
      limit: args.limit,
      offset: args.offset,
    });
  }

  /**
   * Items of any status the admin manages: the whole bank, or their department's items; with
   * `unitId`, only those inside that unit (its units and positions lie in it or below it).
   */
  async adminSearch(
    args: PageArgs & { status: ActivityItemStatus | null; unitId: string | null },
  ): Promise<SearchPage> {
    let within: string[] | null = null;
    if (args.unitId) {
      within = isUuid(args.unitId) ? await this.departmentUnits(args.unitId, this.em) : [];
      if (within.length === 0) throw notFound('organisation.unitNotFound');
    }
    return searchItems(this.em, {
      kind: 'admin',
      agencyId: this.agencyId,
      status: args.status,
      departmentUnitIds: await this.managedUnits(),
      withinUnitIds: within,
      search: args.search,
      category: null,
      limit: args.limit,
      offset: args.offset,
    });
  }

  async item(id: string, em = this.em): Promise<ActivityItem> {
    const item = isUuid(id)
      ? await em.findOne(ActivityItem, { agencyId: this.agencyId, id })
      : null;
    if (!item) throw notFound('activityBank.itemNotFound');
    return item;
  }

  /** The units whose items the viewer manages: null = the whole bank (agency admin). */
  async managedUnits(em = this.em): Promise<string[] | null> {
    const department = managedDepartment(this.viewer);
    if (department === null) return null;
    return department ? this.departmentUnits(department, em) : [];
  }

  /** The department unit and every unit below it. */
  private async departmentUnits(departmentId: string, em: EntityManager): Promise<string[]> {
    const rows = await query<{ id: string }>(
      em,
      `with recursive sub(id) as (
         select id from org_unit where agency_id = $1 and id = $2
         union
         select o.id from org_unit o join sub on o.parent_id = sub.id where o.agency_id = $1
       ) select id from sub`,
      [this.agencyId, departmentId],
    );
    return rows.map((r) => r.id);
  }

  // ── favourites ───────────────────────────────────────────────────────────────────────────
  async setFavourite(itemId: string, favourite: boolean): Promise<ActivityItem> {
    const item = await this.item(itemId);
    const key = { agencyId: this.agencyId, employeeId: this.viewer.employeeId, itemId: item.id };
    if (!favourite) {
      await this.em.nativeDelete(ActivityFavourite, key);
      return item;
    }
    const [row] = await query<{ ok: boolean }>(
      this.em,
      `select (i.status = 'PUBLISHED' and ${ITEM_APPLIES}) as ok
         from activity_item i
         join employee e on e.agency_id = i.agency_id and e.id = $2
         left join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where i.agency_id = $1 and i.id = $3`,
      [this.agencyId, this.viewer.employeeId, item.id],
    );
    if (!row?.ok) throw badInput('activityBank.notApplicable');
    await query(
      this.em,
      `insert into activity_favourite (agency_id, employee_id, item_id) values ($1, $2, $3)
       on conflict do nothing`,
      [this.agencyId, this.viewer.employeeId, item.id],
    );
    return item;
  }

  // ── proposing and editing ────────────────────────────────────────────────────────────────
  /** A department's (or the agency admin's) proposal, waiting for the agency admin. */
  propose(input: ActivityItemInput): Promise<ActivityItem> {
    return this.createWith(input, ActivityItemStatus.PROPOSED, 'activityItem.propose');
  }

  /** The agency admin's own item, published at once. */
  create(input: ActivityItemInput): Promise<ActivityItem> {
    if (!isAgencyAdmin(this.viewer)) throw forbidden();
    return this.createWith(input, ActivityItemStatus.PUBLISHED, 'activityItem.create');
  }

  private createWith(
    input: ActivityItemInput,
    status: ActivityItemStatus,
    action: string,
  ): Promise<ActivityItem> {
    return this.em.transactional(async (em) => {
      const fields = await this.checkedFields(input, em);
      const published = status === ActivityItemStatus.PUBLISHED;
      const item = em.create(ActivityItem, {
        agencyId: this.agencyId,
        ...fields,
        status,
        proposedBy: this.viewer.employeeId,
        decidedBy: published ? this.viewer.employeeId : null,
        decidedAt: published ? new Date() : null,
      });
      this.audit(em).write(action, 'ActivityItem', item.id, { ...fields, status });
      await this.flush(em, fields.code);
      return item;
    });
  }

  /** Changes an item: its department while PROPOSED, the agency admin in any status. */
  update(id: string, input: ActivityItemInput): Promise<ActivityItem> {
    return this.em.transactional(async (em) => {
      const item = await this.item(id, em);
      await this.assertInScope(item, em);
      if (!mayEditStatus(this.viewer, item.status))
        throw forbidden('activityBank.notEditable', { status: item.status });
      const before = snapshot(item);
      const fields = await this.checkedFields(input, em);
      em.assign(item, fields);
      this.audit(em).write('activityItem.update', 'ActivityItem', item.id, {
        before,
        after: fields,
      });
      await this.flush(em, fields.code);
      return item;
    });
  }

  // ── decisions (agency admin) ─────────────────────────────────────────────────────────────
  publish(id: string): Promise<ActivityItem> {
    return this.decide(id, 'publish', null);
  }

  reject(id: string, reason: string): Promise<ActivityItem> {
    const text = reason.trim();
    if (text.length < REJECTION_REASON_MIN)
      throw badInput(
        'activityBank.reasonRequired',
        { min: REJECTION_REASON_MIN },
        { field: 'reason' },
      );
    return this.decide(id, 'reject', text);
  }

  retire(id: string): Promise<ActivityItem> {
    return this.decide(id, 'retire', null);
  }

  private decide(id: string, action: BankAction, reason: string | null): Promise<ActivityItem> {
    if (!isAgencyAdmin(this.viewer)) throw forbidden();
    return this.em.transactional(async (em) => {
      const item = await this.item(id, em);
      if (!mayTransition(item.status, action))
        throw conflict('activityBank.badTransition', {
          status: item.status,
          action: `@activityBank.action.${action}`,
        });
      const from = item.status;
      em.assign(item, {
        status: TARGET[action],
        decidedBy: this.viewer.employeeId,
        decidedAt: new Date(),
        rejectionReason: reason,
      });
      this.audit(em).write(`activityItem.${action}`, 'ActivityItem', item.id, {
        from,
        to: item.status,
        ...(reason ? { reason } : {}),
      });
      await em.flush();
      return item;
    });
  }

  // ── checks ───────────────────────────────────────────────────────────────────────────────
  /** A department admin may only touch items that lie inside their department. */
  private async assertInScope(item: ActivityItem, em: EntityManager): Promise<void> {
    const managed = await this.managedUnits(em);
    if (!managed) return;
    const units = new Set(managed);
    const positionUnits = await this.positionUnits(item.scopePositionIds, em);
    const inside = scopeWithinDepartment(
      {
        positionKinds: item.scopePositionKinds,
        unitIds: item.scopeUnitIds,
        positionUnitIds: [...positionUnits.values()],
      },
      units,
    );
    if (!inside) throw forbidden('activityBank.outsideScope');
  }

  /** The units of the given positions of the agency, by position id. */
  private async positionUnits(ids: readonly string[], em: EntityManager) {
    if (ids.length === 0) return new Map<string, string>();
    const rows = await query<{ id: string; unit_id: string }>(
      em,
      'select id, unit_id from position where agency_id = $1 and id = any($2::uuid[])',
      [this.agencyId, ids],
    );
    return new Map(rows.map((r) => [r.id, r.unit_id]));
  }

  /** Normalises the input, checks that its scope exists in the agency and suits the viewer. */
  private async checkedFields(input: ActivityItemInput, em: EntityManager): Promise<ItemFields> {
    const fields: ItemFields = {
      code: input.code.trim().toUpperCase(),
      name: input.name.trim().replace(/\s+/g, ' '),
      description: input.description?.trim() || null,
      outputUnit: input.outputUnit.trim().toLowerCase(),
      standardMinutes: input.standardMinutes,
      category: input.category,
      scopePositionIds: [...new Set(input.scopePositionIds ?? [])],
      scopePositionKinds: [...new Set(input.scopePositionKinds ?? [])],
      scopeUnitIds: [...new Set(input.scopeUnitIds ?? [])],
      keywords: normaliseKeywords(input.keywords ?? []),
      requiresEvidence: input.requiresEvidence ?? false,
    };
    if (fields.name.length < 3)
      throw badInput('validation.minLength', { field: 'name', min: 3 }, { field: 'name' });
    if (!fields.scopeUnitIds.every(isUuid)) throw notFound('organisation.unitNotFound');
    if (!fields.scopePositionIds.every(isUuid)) throw notFound('organisation.positionNotFound');
    if (fields.scopeUnitIds.length) {
      const [row] = await query<{ n: string }>(
        em,
        'select count(*) as n from org_unit where agency_id = $1 and id = any($2::uuid[])',
        [this.agencyId, fields.scopeUnitIds],
      );
      if (Number(row?.n) !== fields.scopeUnitIds.length)
        throw notFound('organisation.unitNotFound');
    }
    const positionUnits = await this.positionUnits(fields.scopePositionIds, em);
    if (positionUnits.size !== fields.scopePositionIds.length)
      throw notFound('organisation.positionNotFound');
    const managed = await this.managedUnits(em);
    if (managed) {
      const units = new Set(managed);
      const inside = scopeWithinDepartment(
        {
          positionKinds: fields.scopePositionKinds,
          unitIds: fields.scopeUnitIds,
          positionUnitIds: [...positionUnits.values()],
        },
        units,
      );
      if (!inside) throw forbidden('activityBank.departmentScope');
    }
    return fields;
  }

  /** Flushes; a taken code becomes CONFLICT. */
  private async flush(em: EntityManager, code: string): Promise<void> {
    try {
      await em.flush();
    } catch (e) {
      if (e instanceof UniqueConstraintViolationException) throw codeTaken(code);
      throw e;
    }
  }
}

const codeTaken = (code: string): AppError => conflict('activityBank.codeTaken', { code });

function snapshot(item: ActivityItem): Record<string, unknown> {
  return {
    code: item.code,
    name: item.name,
    description: item.description,
    outputUnit: item.outputUnit,
    standardMinutes: item.standardMinutes,
    category: item.category,
    scopePositionIds: item.scopePositionIds,
    scopePositionKinds: item.scopePositionKinds,
    scopeUnitIds: item.scopeUnitIds,
    keywords: item.keywords,
    requiresEvidence: item.requiresEvidence,
    status: item.status,
  };
}
