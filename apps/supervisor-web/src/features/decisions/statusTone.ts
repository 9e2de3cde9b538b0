/** The status of a plan (DRAFT too) or an IKI report. */
export type ReviewStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';

/** The colour of a plan's or report's status mark. */
export function statusTone(status: ReviewStatus): 'neutral' | 'warn' | 'good' | 'bad' {
  return status === 'APPROVED'
    ? 'good'
    : status === 'RETURNED'
      ? 'bad'
      : status === 'SUBMITTED'
        ? 'warn'
        : 'neutral';
}
