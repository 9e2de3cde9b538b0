import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { monthOf, todayIn } from '@kinerja/web-common';
import { CalendarSettingsQuery } from '../month.documents';

/** Until the agency answers: the demo city's zone and the default daily minimum (rules.md). */
const FALLBACK_TIME_ZONE = 'Asia/Jakarta';
const FALLBACK_DAILY_MINIMUM = 350;

/** Today and this month in the agency's time zone, and the daily minimum of the policy in force. */
export function useCalendarSettings() {
  const { result, loading, error } = useQuery(CalendarSettingsQuery);
  const timeZone = computed(() => result.value?.agency.timeZone ?? FALLBACK_TIME_ZONE);
  const today = computed(() => todayIn(timeZone.value));
  const thisMonth = computed(() => monthOf(today.value));
  const dailyMinimum = computed(
    () => result.value?.performancePolicy.dailyMinimumMinutes ?? FALLBACK_DAILY_MINIMUM,
  );
  return { timeZone, today, thisMonth, dailyMinimum, loading, error };
}
