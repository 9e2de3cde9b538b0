import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { translate } from '../../common/i18n/messages.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import { ExportedFile, SpreadsheetFormat } from '../../common/spreadsheet/spreadsheet.js';
import type { Context } from '../../context.js';
import { Employee } from '../organisation/employee.entity.js';
import { Role } from '../organisation/organisation.enums.js';
import { OrgUnit } from '../organisation/org-unit.entity.js';
import { Position } from '../organisation/position.entity.js';
import { activityBank } from './activity-bank.context.js';
import { ActivityCategory, ActivityItemStatus } from './activity-bank.enums.js';
import { ActivityItemInput } from './activity-bank.inputs.js';
import type { SearchPage } from './activity-bank.search.js';
import { ActivityItemConnection, ActivityItemImportResult } from './activity-bank.types.js';
import { ActivityItem } from './activity-item.entity.js';

/** Cursors carry the offset of the row after which the next page starts. */
type OffsetCursor = { o: number };
const isOffsetCursor = (v: unknown): v is OffsetCursor =>
  Number.isInteger((v as OffsetCursor)?.o) && (v as OffsetCursor).o >= 0;

const offsetOf = (after: string | null | undefined) =>
  after ? decodeCursor(after, isOffsetCursor).o : 0;

async function connection(
  ctx: Context,
  page: SearchPage,
  offset: number,
): Promise<ActivityItemConnection> {
  const nodes = await ctx.scope().loaders.activityItem.loadMany(page.ids);
  const edges = nodes.map((node, i) => ({
    cursor: encodeCursor({ o: offset + i + 1 }),
    node: node as ActivityItem,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: offset + edges.length < page.totalCount,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

const ADMINS = [Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN];

@Resolver(() => ActivityItem)
export class ActivityItemResolver {
  @Authorized()
  @Query(() => ActivityItemConnection, {
    description:
      'Published items that apply to the caller’s position. With `search`: ranked, words in any order, prefixes, typos and common abbreviations (rakor, SPJ, monev…). The caller’s favourites come first, then what they logged in the last 60 days.',
  })
  async activityItems(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('category', () => ActivityCategory, { nullable: true })
    category?: ActivityCategory | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ActivityItemConnection> {
    const limit = pageSize(first, 20);
    const offset = offsetOf(after);
    const page = await activityBank(ctx).service.search({
      search: search?.trim() || null,
      category: category ?? null,
      limit,
      offset,
    });
    return connection(ctx, page, offset);
  }

  @Authorized(...ADMINS)
  @Query(() => ActivityItemConnection, {
    description:
      'Items of any status for administration: the whole bank for the agency admin, the department’s items for a department admin. Ordered by relevance with `search`, else by name.',
  })
  async adminActivityItems(
    @Ctx() ctx: Context,
    @Arg('status', () => ActivityItemStatus, { nullable: true })
    status?: ActivityItemStatus | null,
    @Arg('unitId', () => ID, {
      nullable: true,
      description:
        'Only items inside this unit (e.g. a department): scoped to it, units below it or their positions.',
    })
    unitId?: string | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<ActivityItemConnection> {
    const limit = pageSize(first);
    const offset = offsetOf(after);
    const page = await activityBank(ctx).service.adminSearch({
      search: search?.trim() || null,
      status: status ?? null,
      unitId: unitId ?? null,
      limit,
      offset,
    });
    return connection(ctx, page, offset);
  }

  // ── fields ───────────────────────────────────────────────────────────────────────────────
  @FieldResolver(() => Boolean, { description: 'The caller marked this item as a favourite.' })
  isFavourite(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<boolean> {
    return activityBank(ctx).isFavourite.load(item.id);
  }

  @FieldResolver(() => Boolean, { description: 'For everyone: no scope listed.' })
  general(@Root() item: ActivityItem): boolean {
    return (
      item.scopePositionIds.length === 0 &&
      item.scopePositionKinds.length === 0 &&
      item.scopeUnitIds.length === 0
    );
  }

  @FieldResolver(() => [ID])
  scopePositionIds(@Root() item: ActivityItem): string[] {
    return item.scopePositionIds;
  }

  @FieldResolver(() => [ID], { description: 'The units (with every unit below them).' })
  scopeUnitIds(@Root() item: ActivityItem): string[] {
    return item.scopeUnitIds;
  }

  @FieldResolver(() => [Position])
  async scopePositions(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<Position[]> {
    const rows = await ctx.scope().loaders.position.loadMany(item.scopePositionIds);
    return rows.filter((p): p is Position => p instanceof Position);
  }

  @FieldResolver(() => [OrgUnit])
  async scopeUnits(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<OrgUnit[]> {
    const rows = await ctx.scope().loaders.unit.loadMany(item.scopeUnitIds);
    return rows.filter((u): u is OrgUnit => u instanceof OrgUnit);
  }

  @FieldResolver(() => Employee, { nullable: true, description: 'Who proposed or created it.' })
  async proposedBy(@Root() item: ActivityItem, @Ctx() ctx: Context): Promise<Employee | null> {
    return item.proposedBy ? ctx.scope().loaders.employee.load(item.proposedBy) : null;
  }

  // ── favourites ───────────────────────────────────────────────────────────────────────────
  @Authorized()
  @Mutation(() => ActivityItem, {
    description: 'Marks (or unmarks) a published item that applies to the caller as a favourite.',
  })
  async setFavouriteItem(
    @Arg('itemId', () => ID) itemId: string,
    @Arg('favourite', () => Boolean) favourite: boolean,
    @Ctx() ctx: Context,
  ): Promise<ActivityItem> {
    const bank = activityBank(ctx);
    const item = await bank.service.setFavourite(itemId, favourite);
    bank.isFavourite.clear(item.id).prime(item.id, favourite);
    return item;
  }

  // ── proposing, editing and deciding ──────────────────────────────────────────────────────
  @Authorized(...ADMINS)
  @Mutation(() => ActivityItem, {
    description:
      'Proposes an item (status PROPOSED) for the agency admin to evaluate. A department admin’s scope must be units or positions of their department.',
  })
  proposeActivityItem(
    @Arg('input', () => ActivityItemInput) input: ActivityItemInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityItem> {
    return activityBank(ctx).service.propose(input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => ActivityItem, {
    description: 'The agency admin’s own item, published at once.',
  })
  createActivityItem(
    @Arg('input', () => ActivityItemInput) input: ActivityItemInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityItem> {
    return activityBank(ctx).service.create(input);
  }

  @Authorized(...ADMINS)
  @Mutation(() => ActivityItem, {
    description:
      'Changes an item: a department admin while it is PROPOSED, the agency admin in any status.',
  })
  updateActivityItem(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ActivityItemInput) input: ActivityItemInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityItem> {
    return activityBank(ctx).service.update(id, input);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => ActivityItem, { description: 'PROPOSED (or RETIRED) → PUBLISHED.' })
  publishActivityItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ActivityItem> {
    return activityBank(ctx).service.publish(id);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => ActivityItem, { description: 'PROPOSED → REJECTED, with a reason.' })
  rejectActivityItem(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<ActivityItem> {
    return activityBank(ctx).service.reject(id, reason);
  }

  @Authorized(Role.AGENCY_ADMIN)
  @Mutation(() => ActivityItem, {
    description: 'PUBLISHED → RETIRED: no longer loggable; past entries keep it.',
  })
  retireActivityItem(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ActivityItem> {
    return activityBank(ctx).service.retire(id);
  }

  // ── spreadsheets ─────────────────────────────────────────────────────────────────────────
  @Authorized(...ADMINS)
  @Mutation(() => ActivityItemImportResult, {
    description:
      'Creates or updates items (matched by code) from CSV text or an XLSX file in base64. Columns: code, name, description, output_unit, standard_minutes, category, position_kinds, unit_codes, keywords, requires_evidence (optional: position_ids, status). All-or-nothing: any rejected row saves nothing.',
  })
  async importActivityItems(
    @Arg('file', () => String) file: string,
    @Arg('format', () => SpreadsheetFormat) format: SpreadsheetFormat,
    @Ctx() ctx: Context,
  ): Promise<ActivityItemImportResult> {
    const report = await activityBank(ctx).transfer.import(file, format);
    return {
      ok: report.rejected.length === 0,
      created: report.created,
      updated: report.updated,
      rejected: report.rejected.map((r) => ({
        line: r.line,
        code: r.code,
        messages: r.problems.map((p) => translate(ctx.locale, p.key, p.params)),
      })),
    };
  }

  @Authorized(...ADMINS)
  @Query(() => ExportedFile, {
    description: 'The bank (the caller’s admin scope) as CSV or XLSX, in the import’s columns.',
  })
  exportActivityItems(
    @Arg('format', () => SpreadsheetFormat) format: SpreadsheetFormat,
    @Arg('status', () => ActivityItemStatus, { nullable: true })
    status: ActivityItemStatus | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<ExportedFile> {
    return activityBank(ctx).transfer.export(format, status ?? null);
  }
}
