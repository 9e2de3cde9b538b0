/** The colour of a plan's or report's status mark. */
export function statusTone(
  status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED',
): 'neutral' | 'warn' | 'good' | 'bad' {
  return status === 'APPROVED'
    ? 'good'
    : status === 'RETURNED'
      ? 'bad'
      : status === 'SUBMITTED'
        ? 'warn'
        : 'neutral';
}
