import 'reflect-metadata';
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './common/auth/auth-checker.js';
import {
  ActivityEntryResolver,
  ActivityScheduleResolver,
} from './modules/activities/activities.resolver.js';
import { ActivityItemResolver } from './modules/activity-bank/activity-bank.resolver.js';
import {
  AttendanceDayResolver,
  AttendanceRecordResolver,
  AttendanceResolver,
} from './modules/attendance/attendance.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import {
  CalendarResolver,
  OrgUnitCalendarResolver,
  SpecialPeriodResolver,
  WorkPatternResolver,
} from './modules/calendar/calendar.resolver.js';
import { DepartmentResolver } from './modules/department/department.resolver.js';
import { EvidenceResolver } from './modules/evidence/evidence.resolver.js';
import { LeaveQueueRowResolver, LeaveRequestResolver } from './modules/leave/leave.resolver.js';
import { ActingAssignmentResolver } from './modules/organisation/acting-assignment.resolver.js';
import { AgencyResolver } from './modules/organisation/agency.resolver.js';
import { EmployeeResolver } from './modules/organisation/employee.resolver.js';
import { OrgUnitResolver } from './modules/organisation/org-unit.resolver.js';
import { PositionResolver } from './modules/organisation/position.resolver.js';
import { PolicyResolver } from './modules/policy/policy.resolver.js';
import {
  BehaviourSummaryResolver,
  PeerRankingResolver,
  PeerStandingResolver,
  ReviewAssignmentResolver,
} from './modules/reviews/reviews.resolver.js';
import { DisciplinarySanctionResolver } from './modules/sanctions/sanctions.resolver.js';
import {
  IkiReportResolver,
  PerformancePlanResolver,
  PlannedResultResolver,
  TeachingPracticeResolver,
} from './modules/plans/plans.resolver.js';
import { NotificationsResolver } from './modules/notifications/notifications.resolver.js';
import { PeriodResolver } from './modules/periods/periods.resolver.js';
import {
  QuestionnaireRespondentResolver,
  QuestionnaireResolver,
} from './modules/questionnaires/questionnaires.resolver.js';
import { OrgUnitPlacesResolver, PlacesResolver } from './modules/places/places.resolver.js';
import { ReportsResolver } from './modules/reports/reports.resolver.js';
import {
  AttendanceDayShiftResolver,
  RosterCellResolver,
  RosterResolver,
  ShiftPatternResolver,
} from './modules/roster/roster.resolver.js';
import { TeamMembersResolver } from './modules/reports/team-members.resolver.js';
import { VerificationResolver } from './modules/verification/verification.resolver.js';

export const resolvers = [
  AuthResolver,
  AgencyResolver,
  EmployeeResolver,
  OrgUnitResolver,
  PositionResolver,
  ActingAssignmentResolver,
  ActivityEntryResolver,
  ActivityScheduleResolver,
  ActivityItemResolver,
  EvidenceResolver,
  VerificationResolver,
  AttendanceResolver,
  AttendanceRecordResolver,
  AttendanceDayResolver,
  CalendarResolver,
  WorkPatternResolver,
  SpecialPeriodResolver,
  OrgUnitCalendarResolver,
  PlacesResolver,
  OrgUnitPlacesResolver,
  LeaveRequestResolver,
  LeaveQueueRowResolver,
  ReportsResolver,
  TeamMembersResolver,
  PeriodResolver,
  DepartmentResolver,
  PolicyResolver,
  DisciplinarySanctionResolver,
  PerformancePlanResolver,
  PlannedResultResolver,
  TeachingPracticeResolver,
  IkiReportResolver,
  ReviewAssignmentResolver,
  PeerRankingResolver,
  PeerStandingResolver,
  BehaviourSummaryResolver,
  QuestionnaireResolver,
  QuestionnaireRespondentResolver,
  NotificationsResolver,
  RosterResolver,
  ShiftPatternResolver,
  RosterCellResolver,
  AttendanceDayShiftResolver,
] as const;

let schema: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema, built once per process from the resolvers (code first). */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
  });
  return schema;
}
