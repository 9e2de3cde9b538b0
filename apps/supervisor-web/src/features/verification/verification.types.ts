import type { TypedDocumentNode } from '@apollo/client/core';
import type { ResultOf } from '@kinerja/web-common';
import type {
  VerificationQueuePeopleQuery,
  VerificationQueueQuery,
  VerificationStatsQuery,
  VerifyActivitiesMutation,
} from './verification.documents';

type VariablesOf<T> = T extends TypedDocumentNode<unknown, infer V> ? V : never;

type Page = ResultOf<typeof VerificationQueueQuery>['verificationQueue'];

/** One row of the queue: an entry with its person, item, marks and evidence. */
export type QueueRow = Page['edges'][number]['node'];
/** A person's day: the totals of all that day's entries against the daily target. */
export type DayGroup = Page['groups'][number];
export type QueuePage = Page;
export type Evidence = QueueRow['entry']['evidence'][number];
export type EntryStatus = QueueRow['entry']['status'];
export type AnomalyFlag = QueueRow['flags'][number];
export type DecisionSource = NonNullable<QueueRow['decisionSource']>;

/** A person of the queue, with counts and where they sit. */
export type QueuePerson = ResultOf<
  typeof VerificationQueuePeopleQuery
>['verificationQueuePeople'][number];

export type Stats = ResultOf<typeof VerificationStatsQuery>['verificationStats'];

export type ApiFilter = NonNullable<VariablesOf<typeof VerificationQueueQuery>['filter']>;
export type Decision = VariablesOf<typeof VerifyActivitiesMutation>['input']['decision'];
export type VerificationResult = ResultOf<typeof VerifyActivitiesMutation>['verifyActivities'];

/** What a bulk action did: how many entries it decided, and each that failed with the server's reason. */
export interface ActionOutcome {
  decision: Decision;
  applied: number;
  failed: { entryId: string; code: string; message: string; row: QueueRow | null }[];
}
