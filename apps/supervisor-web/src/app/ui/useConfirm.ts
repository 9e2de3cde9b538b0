import { describeError, type ErrorInfo } from '@kinerja/web-common';
import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';

/**
 * The state behind a ConfirmDialog for an action on one thing (delete a holiday, remove a planned
 * version…): what it is about (`target`, null while closed), running the action once confirmed,
 * and the server's refusal to show in the dialog. `done` runs after the action succeeded.
 */
export function useConfirm<T>(
  action: (target: T) => Promise<unknown>,
  done?: (target: T) => unknown,
) {
  const { t } = useI18n();
  const target = ref(null) as Ref<T | null>;
  const error = ref<ErrorInfo | null>(null);
  const busy = ref(false);

  function ask(item: T): void {
    error.value = null;
    target.value = item;
  }
  function cancel(): void {
    if (!busy.value) target.value = null;
  }
  async function confirm(): Promise<void> {
    const item = target.value;
    if (item === null || busy.value) return;
    busy.value = true;
    error.value = null;
    try {
      await action(item);
      target.value = null;
      await done?.(item);
    } catch (e) {
      error.value = describeError(e, (key) => t(key));
    } finally {
      busy.value = false;
    }
  }
  return { target, error, busy, ask, cancel, confirm };
}
