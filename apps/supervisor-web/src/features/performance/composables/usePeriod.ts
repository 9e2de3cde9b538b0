import { isMonth, monthOf, todayIn } from '@kinerja/web-common';
import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { PerformanceMonthsQuery } from '../performance.documents';

/** Until the agency answers: the demo city's zone. */
const FALLBACK_TIME_ZONE = 'Asia/Jakarta';

/**
 * The month the performance pages show: the `period` query of the address (YYYY-MM, not after this
 * month), else this month in the agency's time zone. Changing it replaces the address, so the
 * month survives a reload and travels with the drill-down links.
 */
export function usePeriod() {
  const route = useRoute();
  const router = useRouter();
  const timeZone = ref(FALLBACK_TIME_ZONE);
  const latest = computed(() => monthOf(todayIn(timeZone.value)));
  const year = computed(() => Number(latest.value.slice(0, 4)));
  const { result } = useQuery(PerformanceMonthsQuery, () => ({
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

  function setPeriod(month: string): void {
    void router.replace({ query: { ...route.query, period: month } });
  }

  return { period, latest, closedMonths, setPeriod };
}
