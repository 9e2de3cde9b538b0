import { computed, nextTick, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { formErrorsOf, type FormErrors, NO_ERRORS } from './serverErrors';

/**
 * The problems of an admin form: the client's checks (message keys by field) and the server's
 * answer (placed by formErrorsOf), one message per field, how many there are, and focus moved to
 * the first field in trouble. Bind `formEl` as the form's template ref.
 */
export function useFormChecks(options: {
  fields: readonly string[];
  /** The message of a client problem: its key (e.g. "required") for the field. */
  message: (key: string, field: string) => string;
  /** The field an error without one is about, by its code (e.g. CONFLICT → code). */
  byCode?: Partial<Record<string, string>>;
}) {
  const { t } = useI18n();
  const problems = ref<Partial<Record<string, string>>>({});
  const server = ref<FormErrors>(NO_ERRORS);
  const formEl = ref<HTMLFormElement | null>(null);

  const error = (field: string): string | null => {
    const key = problems.value[field];
    return key ? options.message(key, field) : (server.value.fields[field] ?? null);
  };
  const count = computed(() => options.fields.filter((f) => error(f)).length);

  async function focusProblem(): Promise<void> {
    await nextTick();
    formEl.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  /** Shows the client's problems; true when there are none and the form may be sent. */
  function passes(found: Partial<Record<string, string>>): boolean {
    server.value = NO_ERRORS;
    problems.value = found;
    if (Object.keys(found).length === 0) return true;
    void focusProblem();
    return false;
  }

  /** Shows what the server refused, beside the fields it is about. */
  function refused(e: unknown): void {
    server.value = formErrorsOf(e, (key) => t(key), options.fields, options.byCode);
    void focusProblem();
  }

  return { problems, server, formEl, error, count, passes, refused };
}
