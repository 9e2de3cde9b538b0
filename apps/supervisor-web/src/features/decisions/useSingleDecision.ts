import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { describeActionError, type ActionError } from './serverError';

export type PlanDecision = 'APPROVE' | 'RETURN';

/**
 * Deciding one plan or report: `send` runs the mutation; `decided` is what went through,
 * `problem` the server's refusal (shown beside the note).
 */
export function useSingleDecision(
  send: (decision: PlanDecision, note: string | null) => Promise<unknown>,
) {
  const { t } = useI18n();
  const problem = ref<ActionError | null>(null);
  const decided = ref<PlanDecision | null>(null);
  async function decide(decision: PlanDecision, note?: string) {
    problem.value = null;
    try {
      await send(decision, note ?? null);
      decided.value = decision;
    } catch (e) {
      problem.value = describeActionError(e, t);
    }
  }
  return { problem, decided, decide };
}
