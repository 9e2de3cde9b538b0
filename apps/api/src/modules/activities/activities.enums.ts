import { registerEnumType } from 'type-graphql';

export enum ActivityEntryStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  RETURNED = 'RETURNED',
}

/** Who decided an entry: its supervisor, someone acting in that position, the supervisor above after escalation, an admin, or the policy. */
export enum DecisionSource {
  SUPERVISOR = 'SUPERVISOR',
  ACTING = 'ACTING',
  ESCALATED = 'ESCALATED',
  ADMIN = 'ADMIN',
  AUTO = 'AUTO',
}

registerEnumType(ActivityEntryStatus, {
  name: 'ActivityEntryStatus',
  description:
    'DRAFT → SUBMITTED → APPROVED / REJECTED / RETURNED (a returned entry is edited and resubmitted).',
});
registerEnumType(DecisionSource, { name: 'DecisionSource' });
