import type { ResultOf } from '@kinerja/web-common';
import type {
  GroupFiguresFragment,
  PerformanceEntriesQuery,
  UnitPerformanceQuery,
} from './performance.documents';

/** A group's figures of the month (a department, a unit with its subtree, the agency). */
export type GroupFigures = ResultOf<typeof GroupFiguresFragment>;
/** Someone placed directly in a unit, with their figures of the month. */
export type UnitPerson = ResultOf<typeof UnitPerformanceQuery>['unitPerformance']['people'][number];
export type PersonEntry = ResultOf<typeof PerformanceEntriesQuery>['activityEntries'][number];
