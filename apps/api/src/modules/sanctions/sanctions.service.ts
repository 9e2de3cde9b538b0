/**
 * Disciplinary sanctions (PP 94/2021): recorded by the agency admin, or a department admin for
 * people in their department; read by whoever may read the employee's private data. A sanction
 * cuts the TPP of the months it states (policy sanctionCutPercent), so months already closed
 * cannot gain or lose one. Changes are audited.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { conflict, forbidden, notFound, refuse } from '../../common/errors/app-error.js';
import { isUuid } from '../../common/ids.js';
import { AuditLog } from '../audit/audit.service.js';
import type { Access } from '../organisation/access.js';
import { Role } from '../organisation/organisation.enums.js';
import type { OrganisationService } from '../organisation/organisation.service.js';
import { DisciplinarySanction } from './disciplinary-sanction.entity.js';
import type { DisciplinarySanctionInput } from './sanctions.inputs.js';
import { sanctionProblem } from './sanctions.rules.js';
import { firstClosedMonth } from '../periods/closed-months.js';

export { activeSanctions, type ActiveSanction } from './sanctions.reader.js';

export class SanctionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly viewer: Viewer,
    private readonly access: Access,
    private readonly organisation: OrganisationService,
    private readonly requestId: string,
  ) {}

  private get agencyId() {
    return this.viewer.agencyId;
  }

  /** An employee's sanctions, newest first. */
  async list(employeeId: string): Promise<DisciplinarySanction[]> {
    const employee = await this.organisation.employee(employeeId);
    await this.access.assertMayReadPrivate(employee.id);
    return this.em.find(
      DisciplinarySanction,
      { agencyId: this.agencyId, employeeId: employee.id },
      { orderBy: { startMonth: 'desc', createdAt: 'desc' } },
    );
  }

  async add(input: DisciplinarySanctionInput): Promise<DisciplinarySanction> {
    const problem = sanctionProblem(input);
    if (problem) throw refuse(problem);
    return this.em.transactional(async (em) => {
      const employee = await this.organisation.employee(input.employeeId, em);
      await this.assertAdministers(em, employee.id);
      await this.assertMonthsOpen(em, input.startMonth, input.endMonth);
      const sanction = em.create(DisciplinarySanction, {
        agencyId: this.agencyId,
        employeeId: employee.id,
        startMonth: input.startMonth,
        endMonth: input.endMonth,
        reason: input.reason.trim(),
        createdBy: this.viewer.employeeId,
      });
      this.audit(em).write('sanction.create', 'DisciplinarySanction', sanction.id, {
        employeeId: employee.id,
        startMonth: input.startMonth,
        endMonth: input.endMonth,
        reason: sanction.reason,
      });
      await em.flush();
      return sanction;
    });
  }

  async remove(id: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const sanction = isUuid(id)
        ? await em.findOne(DisciplinarySanction, { agencyId: this.agencyId, id })
        : null;
      if (!sanction) throw notFound('policy.sanctionNotFound');
      await this.assertAdministers(em, sanction.employeeId);
      await this.assertMonthsOpen(em, sanction.startMonth, sanction.endMonth);
      this.audit(em).write('sanction.delete', 'DisciplinarySanction', sanction.id, {
        employeeId: sanction.employeeId,
        startMonth: sanction.startMonth,
        endMonth: sanction.endMonth,
        reason: sanction.reason,
      });
      em.remove(sanction);
      await em.flush();
      return true;
    });
  }

  /** The agency admin, or a department admin whose scope holds the employee's position. */
  private async assertAdministers(em: EntityManager, employeeId: string): Promise<void> {
    const employee = await this.organisation.employee(employeeId, em);
    if (employee.position) {
      const position = await this.organisation.position(employee.position.id, em);
      await this.access.assertAdministers(position.unit.id);
    } else if (!this.viewer.roles.has(Role.AGENCY_ADMIN)) {
      throw forbidden('organisation.outsideAdminScope');
    }
  }

  /** A closed month's report cards are frozen: its sanctions can no longer change. */
  private async assertMonthsOpen(em: EntityManager, start: string, end: string): Promise<void> {
    const closed = await firstClosedMonth(em, this.agencyId, start, end);
    if (closed) throw conflict('policy.sanctionClosedMonth', { month: closed });
  }

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }
}
