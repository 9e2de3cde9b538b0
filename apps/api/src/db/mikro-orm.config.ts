import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { Account, LoginThrottle, Session } from '../modules/auth/auth.entities.js';
import { ActingAssignment } from '../modules/organisation/acting-assignment.entity.js';
import { Agency } from '../modules/organisation/agency.entity.js';
import { Employee } from '../modules/organisation/employee.entity.js';
import { OrgUnit } from '../modules/organisation/org-unit.entity.js';
import { Position } from '../modules/organisation/position.entity.js';
import { migrationsList } from './migrations/index.js';
import { ActivityFavourite, ActivityItem } from '../modules/activity-bank/activity-item.entity.js';
import { ActivityEntry, ActivitySchedule } from '../modules/activities/activity-entry.entity.js';
import { Evidence } from '../modules/evidence/evidence.entity.js';
import { AttendanceRecord } from '../modules/attendance/attendance-record.entity.js';
import { SpecialPeriod, WorkPattern } from '../modules/calendar/calendar.entities.js';
import { OfficeLocation } from '../modules/places/office-location.entity.js';
import { LeaveRequest } from '../modules/leave/leave-request.entity.js';
import { Period } from '../modules/periods/period.entity.js';
import { PerformancePolicy } from '../modules/policy/performance-policy.entity.js';
import { DisciplinarySanction } from '../modules/sanctions/disciplinary-sanction.entity.js';
import { ShiftPattern } from '../modules/roster/roster.entities.js';
import {
  IkiRealisation,
  IkiReport,
  Indicator,
  PerformancePlan,
  PlannedResult,
  TeachingPractice,
} from '../modules/plans/plans.entities.js';
import {
  BehaviourReview,
  PeerDraw,
  PeerRankingAssignment,
} from '../modules/reviews/review.entities.js';

export const entities = [
  Agency,
  OrgUnit,
  Position,
  Employee,
  ActingAssignment,
  Account,
  LoginThrottle,
  Session,
  AuditEvent,
  PerformancePolicy,
  DisciplinarySanction,
  Period,
  ActivityItem,
  ActivityFavourite,
  Evidence,
  ActivityEntry,
  ActivitySchedule,
  AttendanceRecord,
  WorkPattern,
  SpecialPeriod,
  OfficeLocation,
  LeaveRequest,
  TeachingPractice,
  PerformancePlan,
  PlannedResult,
  Indicator,
  IkiReport,
  IkiRealisation,
  PeerDraw,
  PeerRankingAssignment,
  BehaviourReview,
  ShiftPattern,
];

export interface OrmOptions {
  url: string;
  poolMax?: number;
  debug?: boolean;
}

export function ormConfig({ url, poolMax = 10, debug = false }: OrmOptions): Options {
  return defineConfig({
    clientUrl: url,
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      migrationsList,
      transactional: true,
      allOrNothing: true,
      tableName: 'mikro_orm_migrations',
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    debug,
  });
}
