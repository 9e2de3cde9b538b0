import { graphql } from '@kinerja/schema/gql';
import { useQuery } from '@vue/apollo-composable';
import { computed, onScopeDispose, ref } from 'vue';
import { clockIn } from '../time';

const AgencyClockQuery = graphql(`
  query AgencyClock {
    agency {
      id
      timeZone
    }
  }
`);

/** The zone the demo and most agencies use, until the agency's own is known. */
const FALLBACK_ZONE = 'Asia/Jakarta';

/** The agency's today and time of day (minutes since midnight), ticking every half minute. */
export function useAgencyClock() {
  const { result } = useQuery(AgencyClockQuery, null, { fetchPolicy: 'cache-first' });
  const timeZone = computed(() => result.value?.agency.timeZone ?? FALLBACK_ZONE);
  const now = ref(new Date());
  const timer = setInterval(() => (now.value = new Date()), 30_000);
  onScopeDispose(() => clearInterval(timer));
  const clock = computed(() => clockIn(timeZone.value, now.value));
  return {
    today: computed(() => clock.value.date),
    nowMinutes: computed(() => clock.value.minutes),
    ready: computed(() => Boolean(result.value)),
  };
}
