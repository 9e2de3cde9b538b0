/** The pure rules of a disciplinary sanction's input. */
import { MONTH } from '../periods/months.js';
import type { Problem } from '../policy/policy.rules.js';

export const MAX_REASON = 1000;

export interface SanctionDraft {
  startMonth: string;
  endMonth: string;
  reason: string;
}

/** The first problem of a sanction's months and reason, or null. */
export function sanctionProblem(draft: SanctionDraft): Problem | null {
  for (const field of ['startMonth', 'endMonth'] as const) {
    if (!MONTH.test(draft[field]))
      return { key: 'policy.badMonth', field, params: { value: draft[field] } };
  }
  if (draft.endMonth < draft.startMonth)
    return {
      key: 'policy.monthsReversed',
      field: 'endMonth',
      params: { start: draft.startMonth, end: draft.endMonth },
    };
  const reason = draft.reason.trim();
  if (reason.length === 0 || reason.length > MAX_REASON)
    return { key: 'policy.reasonRequired', field: 'reason', params: { max: MAX_REASON } };
  return null;
}
