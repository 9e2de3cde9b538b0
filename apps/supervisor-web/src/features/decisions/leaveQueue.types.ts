import type { ResultOf } from '@kinerja/web-common';
import type { LeaveDecisionQueueQuery } from './decisions.documents';

/** One row of the leave queue as the page receives it. */
export type LeaveQueueRow = ResultOf<
  typeof LeaveDecisionQueueQuery
>['leaveQueue']['edges'][number]['node'];
