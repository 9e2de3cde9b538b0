import { addMonths, isMonth, monthOf, todayIn } from '@kinerja/web-common';
import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { PeriodMonthsQuery } from './period.documents';

/** Until the agency answers: the demo city's zone. */
const FALLBACK_TIME_ZONE = 'Asia/Jakarta';
/** Months offered by the picker: this one and the 23 before (the last two years). */
export const PICKER_MONTHS = 24;

/**
 * The month a page shows: `?period=YYYY-MM` of the address (not after this month), else this month
 * in the agency's time zone. Changing it replaces the address, so the month survives a reload and
 * travels with the links to other pages (a person's report card, a unit of the drill-down).
 */
export function usePeriod() {
  const route = useRoute();
  const router = useRouter();
  const timeZone = ref(FALLBACK_TIME_ZONE);
  const latest = computed(() => monthOf(todayIn(timeZone.value)));
  const year = computed(() => Number(latest.value.slice(0, 4)));
  const { result } = useQuery(PeriodMonthsQuery, () => ({
    year: year.value,
    previousYear: year.value - 1,
  }));
  watch(
    () => result.value?.agency.timeZone,
    (zone) => {
      if (zone) timeZone.value = zone;
    },
    { immediate: true },
  );

  const period = computed(() => {
    const wanted = route.query.period;
    return isMonth(wanted) && wanted <= latest.value ? wanted : latest.value;
  });

  const closedMonths = computed(
    () =>
      new Set(
        [...(result.value?.periods ?? []), ...(result.value?.previous ?? [])]
          .filter((p) => p.closed)
          .map((p) => p.month),
      ),
  );

  /** The picker's months, newest first, with the shown one even if older. */
  const months = computed(() => {
    const list = Array.from({ length: PICKER_MONTHS }, (_, i) => addMonths(latest.value, -i));
    if (!list.includes(period.value)) list.push(period.value);
    return list;
  });

  function setPeriod(month: string): void {
    void router.replace({ query: { ...route.query, period: month } });
  }

  return { period, latest, timeZone, months, closedMonths, setPeriod };
}
