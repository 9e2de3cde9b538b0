import { registerEnumType } from 'type-graphql';

/** What the server noticed about an entry in a supervisor's queue (computed in the queue query). */
export enum AnomalyFlag {
  DUPLICATE_EVIDENCE = 'DUPLICATE_EVIDENCE',
  DAY_ABOVE_USUAL = 'DAY_ABOVE_USUAL',
  AT_CAP = 'AT_CAP',
  LATE_LOGGED = 'LATE_LOGGED',
}

export enum VerificationDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  RETURN = 'RETURN',
}

registerEnumType(AnomalyFlag, {
  name: 'AnomalyFlag',
  description: 'Signals for the verifier; none of them blocks a decision.',
  valuesConfig: {
    DUPLICATE_EVIDENCE: {
      description:
        'An attached evidence file (same SHA-256) is also attached to another entry, of anyone in the agency.',
    },
    DAY_ABOVE_USUAL: {
      description:
        'The person’s credited minutes that day (submitted + approved) exceed 1.5 × the median of their daily totals over the previous 30 days, counting only days with entries and only when there are at least 5 such days.',
    },
    AT_CAP: {
      description:
        'Credited minutes equal the time between start and end (capped), or the day’s total reaches the policy’s daily cap.',
    },
    LATE_LOGGED: {
      description:
        'Logged more than the policy’s backdating days after the entry’s date (agency time zone).',
    },
  },
});
registerEnumType(VerificationDecision, {
  name: 'VerificationDecision',
  description: 'APPROVE, REJECT (with a reason) or RETURN for revision (with a reason).',
});
