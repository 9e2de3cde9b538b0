import { GraphQLLocalDate } from 'graphql-scalars';
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
import { badInput, forbidden, notFound } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { translate } from '../../common/i18n/messages.js';
import { decodeCursor, encodeCursor, pageSize } from '../../common/pagination/connection.js';
import type { Context } from '../../context.js';
import { ActingAssignment } from './acting-assignment.entity.js';
import { Employee } from './employee.entity.js';
import { EmployeeImport } from './employee-import.js';
import { isSubtreeCursor } from './hierarchy.js';
import { EmploymentType, Role } from './organisation.enums.js';
import { EmployeeInput } from './organisation.inputs.js';
import { EmployeeDirectory, isDirectoryCursor } from './employee-directory.js';
import {
  EmployeeConnection,
  EmployeeImportResult,
  EmployeeSearchConnection,
} from './organisation.types.js';
import { OrgUnit } from './org-unit.entity.js';
import { Position } from './position.entity.js';

@Resolver(() => Employee)
export class EmployeeResolver {
  @Authorized()
  @Query(() => Employee, { description: 'The signed-in employee.' })
  async me(@Ctx() ctx: Context): Promise<Employee> {
    const { loaders, viewer } = ctx.scope();
    const me = await loaders.employee.load(viewer.employeeId);
    if (!me) throw notFound('organisation.employeeNotFound');
    return me;
  }

  @Authorized()
  @Query(() => Employee, {
    description:
      'Any employee of the agency: the directory card for everyone; other fields for the owner, their supervisors and admins.',
  })
  async employee(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Employee> {
    const employee = isUuid(id) ? await ctx.scope().loaders.employee.load(id) : null;
    if (!employee) throw notFound('organisation.employeeNotFound');
    return employee;
  }

  @Authorized()
  @Query(() => EmployeeConnection, {
    description:
      'People under `of` (default: the caller) down the hierarchy, ordered by depth then name. `depth` 1 = direct reports; omitted = the whole subtree.',
  })
  async subordinates(
    @Ctx() ctx: Context,
    @Arg('of', () => ID, { nullable: true }) of?: string | null,
    @Arg('depth', () => Int, { nullable: true }) depth?: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EmployeeConnection> {
    const scope = ctx.scope();
    const root = of ?? scope.viewer.employeeId;
    if (!isUuid(root) || !(await scope.loaders.employee.load(root)))
      throw notFound('organisation.employeeNotFound');
    await scope.access.assertMayReadPrivate(root);
    if (depth != null && depth < 1) throw badInput('common.badInput', { details: 'depth ≥ 1' });
    const size = pageSize(first);
    const page = await scope.hierarchy.subtreePage(root, scope.today, {
      depth: depth ?? null,
      first: size,
      after: after ? decodeCursor(after, isSubtreeCursor) : null,
    });
    const nodes = await scope.loaders.employee.loadMany(page.rows.map((r) => r.id));
    const edges = page.rows.map((r, i) => ({
      cursor: encodeCursor({ depth: r.depth, name: r.name, id: r.id }),
      depth: r.depth,
      node: nodes[i] as Employee,
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Query(() => EmployeeSearchConnection, {
    description:
      'Employees an admin manages (the agency admin: everyone; a department admin: the people placed in their department), by name. `search`: words of the name, or the first digits of the NIP; `unitId`: placed in that unit or below.',
  })
  async adminEmployees(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string | null,
    @Arg('includeInactive', () => Boolean, { nullable: true, defaultValue: false })
    includeInactive?: boolean | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<EmployeeSearchConnection> {
    const scope = ctx.scope();
    const page = await new EmployeeDirectory(scope.em, scope.viewer).search({
      search: search ?? null,
      unitId: unitId ?? null,
      includeInactive: includeInactive ?? false,
      first: pageSize(first),
      after: after ? decodeCursor(after, isDirectoryCursor) : null,
    });
    const nodes = await scope.loaders.employee.loadMany(page.rows.map((r) => r.id));
    const edges = page.rows.map((r, i) => ({
      cursor: encodeCursor({ name: r.name, id: r.id }),
      node: nodes[i] as Employee,
    }));
    return {
      edges,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }

  @Authorized()
  @Query(() => [Employee], {
    description: 'The supervisors above an employee today, nearest first.',
  })
  async supervisorChain(
    @Arg('employeeId', () => ID) employeeId: string,
    @Ctx() ctx: Context,
  ): Promise<Employee[]> {
    const scope = ctx.scope();
    if (!isUuid(employeeId) || !(await scope.loaders.employee.load(employeeId))) {
      throw notFound('organisation.employeeNotFound');
    }
    await scope.access.assertMayReadPrivate(employeeId);
    const ids = await scope.hierarchy.supervisorChain(employeeId, scope.today);
    return (await scope.loaders.employee.loadMany(ids)) as Employee[];
  }

  // ── directory card ───────────────────────────────────────────────────────────────────────
  @FieldResolver(() => Position, { nullable: true })
  position(@Root() e: Employee, @Ctx() ctx: Context): Promise<Position | null> | null {
    return e.position ? ctx.scope().loaders.position.load(e.position.id) : null;
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: 'The unit of the employee’s position.',
  })
  async unit(@Root() e: Employee, @Ctx() ctx: Context): Promise<OrgUnit | null> {
    if (!e.position) return null;
    const { loaders } = ctx.scope();
    const position = await loaders.position.load(e.position.id);
    return position ? loaders.unit.load(position.unit.id) : null;
  }

  // ── private: the owner, their supervisors, admins of their scope and executives ───────────
  private async guard(ctx: Context, e: Employee, field: string): Promise<void> {
    if (!(await ctx.scope().access.mayReadPrivate(e.id)))
      throw forbidden('organisation.privateField', { field });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Rank and grade (pangkat/golongan). Private.',
  })
  async rank(@Root() e: Employee, @Ctx() ctx: Context): Promise<string | null> {
    await this.guard(ctx, e, 'rank');
    return e.rank;
  }

  @FieldResolver(() => EmploymentType, { nullable: true, description: 'Private.' })
  async employmentType(@Root() e: Employee, @Ctx() ctx: Context): Promise<EmploymentType> {
    await this.guard(ctx, e, 'employmentType');
    return e.employmentType;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Private.' })
  async active(@Root() e: Employee, @Ctx() ctx: Context): Promise<boolean> {
    await this.guard(ctx, e, 'active');
    return e.active;
  }

  @FieldResolver(() => [Role], { nullable: true, description: 'Private.' })
  async roles(@Root() e: Employee, @Ctx() ctx: Context): Promise<Role[]> {
    await this.guard(ctx, e, 'roles');
    return e.roles;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Private.' })
  async email(@Root() e: Employee, @Ctx() ctx: Context): Promise<string | null> {
    await this.guard(ctx, e, 'email');
    return e.email;
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description: 'First day of employment in the agency, when known. Private.',
  })
  async joinedOn(@Root() e: Employee, @Ctx() ctx: Context): Promise<string | null> {
    await this.guard(ctx, e, 'joinedOn');
    return e.joinedOn;
  }

  @FieldResolver(() => GraphQLLocalDate, {
    nullable: true,
    description: 'Last day of employment, when the employee left. Private.',
  })
  async leftOn(@Root() e: Employee, @Ctx() ctx: Context): Promise<string | null> {
    await this.guard(ctx, e, 'leftOn');
    return e.leftOn;
  }

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'The direct supervisor today; null at the top. Private.',
  })
  async supervisor(@Root() e: Employee, @Ctx() ctx: Context): Promise<Employee | null> {
    await this.guard(ctx, e, 'supervisor');
    const { loaders } = ctx.scope();
    const id = await loaders.supervisorId.load(e.id);
    return id ? loaders.employee.load(id) : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'How many people report directly to this employee today. Private.',
  })
  async directReportCount(@Root() e: Employee, @Ctx() ctx: Context): Promise<number> {
    await this.guard(ctx, e, 'directReportCount');
    return ctx.scope().loaders.directReportCount.load(e.id);
  }

  @FieldResolver(() => [ActingAssignment], {
    nullable: true,
    description: 'Plt/Plh assignments, newest first. Private.',
  })
  async actingAssignments(@Root() e: Employee, @Ctx() ctx: Context): Promise<ActingAssignment[]> {
    await this.guard(ctx, e, 'actingAssignments');
    return ctx.scope().loaders.actingByEmployee.load(e.id);
  }

  @FieldResolver(() => OrgUnit, {
    nullable: true,
    description: 'The department a DEPARTMENT_ADMIN administers. Private.',
  })
  async adminUnit(@Root() e: Employee, @Ctx() ctx: Context): Promise<OrgUnit | null> {
    await this.guard(ctx, e, 'adminUnit');
    return e.adminUnit ? ctx.scope().loaders.unit.load(e.adminUnit.id) : null;
  }

  // ── administration ───────────────────────────────────────────────────────────────────────
  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => Employee)
  createEmployee(
    @Arg('input', () => EmployeeInput) input: EmployeeInput,
    @Ctx() ctx: Context,
  ): Promise<Employee> {
    return ctx.scope().organisation.createEmployee(input);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => Employee)
  updateEmployee(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => EmployeeInput) input: EmployeeInput,
    @Ctx() ctx: Context,
  ): Promise<Employee> {
    return ctx.scope().organisation.updateEmployee(id, input);
  }

  @Authorized(Role.AGENCY_ADMIN, Role.DEPARTMENT_ADMIN)
  @Mutation(() => EmployeeImportResult, {
    description:
      'Creates or updates employees from CSV (columns: nip, name, employment_type, rank, unit_code, position_name, email, password). All-or-nothing: any rejected row saves nothing.',
  })
  async importEmployees(
    @Arg('csv', () => String) csv: string,
    @Ctx() ctx: Context,
  ): Promise<EmployeeImportResult> {
    const scope = ctx.scope();
    const report = await new EmployeeImport(ctx.em, scope.viewer, scope.access, ctx.requestId).run(
      csv,
    );
    return {
      ok: report.rejected.length === 0,
      created: report.created,
      updated: report.updated,
      rejected: report.rejected.map((r) => ({
        line: r.line,
        nip: r.nip,
        messages: r.problems.map((p) => translate(ctx.locale, p.key, p.params)),
      })),
    };
  }
}
