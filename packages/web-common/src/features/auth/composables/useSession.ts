import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { SessionQuery } from '../auth.documents';

/** The signed-in employee, from the cache the auth guard filled (no extra request). */
export function useSession() {
  const { result, loading, error, refetch } = useQuery(SessionQuery);
  const me = computed(() => result.value?.me ?? null);
  return { me, loading, error, refetch };
}
