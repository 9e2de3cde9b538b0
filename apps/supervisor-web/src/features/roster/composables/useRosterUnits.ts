import { useQuery } from '@vue/apollo-composable';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { RosterUnitsQuery } from '../roster.documents';

/**
 * The units whose roster the caller edits (rosterUnits) and the one a page shows: `?unit=<id>` of
 * the address when it is one of them, else the first. Changing it replaces the address, so the
 * roster and its shifts page keep the same unit.
 */
export function useRosterUnits() {
  const route = useRoute();
  const router = useRouter();
  const { result, loading, error, refetch } = useQuery(RosterUnitsQuery);
  const units = computed(() => result.value?.rosterUnits ?? null);
  const unit = computed(() => {
    const list = units.value ?? [];
    return list.find((u) => u.id === route.query.unit) ?? list[0] ?? null;
  });
  function setUnit(id: string): void {
    void router.replace({ query: { ...route.query, unit: id } });
  }
  return { units, unit, loading, error, refetch, setUnit };
}
