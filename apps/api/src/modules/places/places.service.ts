/**
 * Attendance places: where a check-in counts as inside.
 *
 * - OFFICE: the office locations of the nearest unit, going up from the employee's unit, that has
 *   any (a school or puskesmas with its own point uses it; a section without one uses its
 *   department's). Offices further up the chain are not added: a teacher checking in at the Dinas
 *   Pendidikan building is not at school.
 * - HOME: the employee's home point (radius 100 m) on a date covered by an APPROVED WORK_FROM_HOME
 *   request, when the home point is known.
 * - TRAVEL: the destination of an APPROVED OFFICIAL_TRAVEL request covering the date (radius 500 m),
 *   when the request has coordinates.
 *
 * `allowedPlaces` is the one definition (one statement for any number of employees); the
 * attendance module decides with it whether a check-in is inside.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../common/auth/viewer.js';
import { badInput, forbidden, notFound } from '../../common/errors/app-error.js';
import { isCalendarDate } from '../../common/dates.js';
import { translate } from '../../common/i18n/messages.js';
import { isUuid } from '../../common/ids.js';
import { currentRequest } from '../../common/request-store.js';
import { query } from '../../common/sql.js';
import { AuditLog } from '../audit/audit.service.js';
import type { Access } from '../organisation/access.js';
import type { OrganisationService } from '../organisation/organisation.service.js';
import { Role } from '../organisation/organisation.enums.js';
import { DEFAULT_RADIUS_METRES, OfficeLocation } from './office-location.entity.js';
import type { OfficeLocationInput } from './places.inputs.js';
import { type Place, PlaceKind } from './places.types.js';

/** Radius around home on a work-from-home day (the default radius, rules.md). */
export const HOME_RADIUS_METRES = DEFAULT_RADIUS_METRES;
/** Radius around an official-travel destination (a destination is a district, not a building). */
export const TRAVEL_RADIUS_METRES = 500;

export interface AllowedPlace extends Place {
  employeeId: string;
}

/** The places of each employee on `date`, in one statement; employees of another agency have none. */
export async function allowedPlaces(
  em: EntityManager,
  agencyId: string,
  employeeIds: readonly string[],
  date: string,
): Promise<AllowedPlace[]> {
  if (!isCalendarDate(date)) throw badInput('calendar.badDate', { value: date });
  const ids = [...new Set(employeeIds)].filter(isUuid);
  if (!ids.length) return [];
  const rows = await query<AllowedPlace>(
    em,
    `with recursive emp as (
       select e.id, e.home_latitude, e.home_longitude, p.unit_id
         from employee e
         left join position p on p.agency_id = e.agency_id and p.id = e.position_id
        where e.agency_id = $1 and e.id = any($2::uuid[])
     ),
     chain as (
       select emp.id as employee_id, u.id as unit_id, u.parent_id, 0 as depth
         from emp join org_unit u on u.agency_id = $1 and u.id = emp.unit_id
       union all
       select c.employee_id, u.id, u.parent_id, c.depth + 1
         from chain c join org_unit u on u.agency_id = $1 and u.id = c.parent_id
        where c.depth < 64
          and not exists (select 1 from unit_office uo where uo.agency_id = $1 and uo.unit_id = c.unit_id)
     )
     select c.employee_id as "employeeId", l.id as "sourceId", l.name, l.latitude, l.longitude,
            l.radius_metres as "radiusMetres", 'OFFICE' as kind, 0 as ord
       from chain c
       join unit_office uo on uo.agency_id = $1 and uo.unit_id = c.unit_id
       join office_location l on l.agency_id = $1 and l.id = uo.location_id
     union all
     select emp.id, r.id, null, emp.home_latitude, emp.home_longitude, $4, 'HOME', 1
       from emp
       join lateral (
         select r.id from leave_request r
          where r.agency_id = $1 and r.employee_id = emp.id and r.kind = 'WORK_FROM_HOME'
            and r.status = 'APPROVED' and $3::date between r.start_date and r.end_date
          order by r.start_date limit 1
       ) r on true
      where emp.home_latitude is not null and emp.home_longitude is not null
     union all
     select r.employee_id, r.id, r.destination_name, r.destination_latitude, r.destination_longitude,
            $5, 'TRAVEL', 2
       from leave_request r
      where r.agency_id = $1 and r.employee_id = any($2::uuid[]) and r.kind = 'OFFICIAL_TRAVEL'
        and r.status = 'APPROVED' and $3::date between r.start_date and r.end_date
        and r.destination_latitude is not null and r.destination_longitude is not null
      order by 1, ord, name`,
    [agencyId, ids, date, HOME_RADIUS_METRES, TRAVEL_RADIUS_METRES],
  );
  const { locale } = currentRequest();
  return rows.map((r) => ({
    employeeId: r.employeeId,
    sourceId: r.sourceId,
    name:
      r.name ??
      translate(locale, r.kind === PlaceKind.HOME ? 'places.home' : 'places.travelDestination'),
    latitude: Number(r.latitude),
    longitude: Number(r.longitude),
    radiusMetres: Number(r.radiusMetres),
    kind: r.kind,
  }));
}

/** Office locations and their units: the agency admin keeps the list; department admins assign. */
export class PlacesAdmin {
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

  private audit(em: EntityManager) {
    return new AuditLog(em, this.agencyId, this.viewer.employeeId, this.requestId);
  }

  private assertAgencyAdmin(): void {
    if (!this.viewer.roles.has(Role.AGENCY_ADMIN)) throw forbidden();
  }

  async location(id: string, em = this.em): Promise<OfficeLocation> {
    const location = isUuid(id)
      ? await em.findOne(OfficeLocation, { agencyId: this.agencyId, id })
      : null;
    if (!location) throw notFound('places.locationNotFound');
    return location;
  }

  locations(): Promise<OfficeLocation[]> {
    return this.em.find(OfficeLocation, { agencyId: this.agencyId }, { orderBy: { name: 'asc' } });
  }

  async createLocation(input: OfficeLocationInput): Promise<OfficeLocation> {
    this.assertAgencyAdmin();
    return this.em.transactional(async (em) => {
      const location = em.create(OfficeLocation, {
        agencyId: this.agencyId,
        name: input.name.trim(),
        latitude: input.latitude,
        longitude: input.longitude,
        radiusMetres: input.radiusMetres ?? DEFAULT_RADIUS_METRES,
      });
      this.audit(em).write('officeLocation.create', 'OfficeLocation', location.id, { ...input });
      await em.flush();
      return location;
    });
  }

  async updateLocation(id: string, input: OfficeLocationInput): Promise<OfficeLocation> {
    this.assertAgencyAdmin();
    return this.em.transactional(async (em) => {
      const location = await this.location(id, em);
      em.assign(location, {
        name: input.name.trim(),
        latitude: input.latitude,
        longitude: input.longitude,
        radiusMetres: input.radiusMetres ?? location.radiusMetres,
      });
      this.audit(em).write('officeLocation.update', 'OfficeLocation', location.id, { ...input });
      await em.flush();
      return location;
    });
  }

  /** Deletes a location (and its assignments to units). */
  async deleteLocation(id: string): Promise<boolean> {
    this.assertAgencyAdmin();
    return this.em.transactional(async (em) => {
      const location = await this.location(id, em);
      this.audit(em).write('officeLocation.delete', 'OfficeLocation', location.id, {
        name: location.name,
      });
      em.remove(location);
      await em.flush();
      return true;
    });
  }

  /** Makes a location a place of the unit (and of its subunits without their own). Idempotent. */
  async assign(unitId: string, locationId: string): Promise<OfficeLocation> {
    return this.em.transactional(async (em) => {
      const unit = await this.organisation.unit(unitId, em);
      await this.access.assertAdministers(unit.id);
      const location = await this.location(locationId, em);
      await query(
        em,
        `insert into unit_office (agency_id, unit_id, location_id) values ($1, $2, $3)
         on conflict do nothing`,
        [this.agencyId, unit.id, location.id],
      );
      this.audit(em).write('officeLocation.assign', 'OrgUnit', unit.id, {
        locationId: location.id,
      });
      await em.flush();
      return location;
    });
  }

  /** Removes a location from a unit; false when it was not assigned. */
  async unassign(unitId: string, locationId: string): Promise<boolean> {
    return this.em.transactional(async (em) => {
      const unit = await this.organisation.unit(unitId, em);
      await this.access.assertAdministers(unit.id);
      const location = await this.location(locationId, em);
      const rows = await query(
        em,
        `delete from unit_office where agency_id = $1 and unit_id = $2 and location_id = $3
         returning unit_id`,
        [this.agencyId, unit.id, location.id],
      );
      if (rows.length) {
        this.audit(em).write('officeLocation.unassign', 'OrgUnit', unit.id, {
          locationId: location.id,
        });
        await em.flush();
      }
      return rows.length > 0;
    });
  }
}
