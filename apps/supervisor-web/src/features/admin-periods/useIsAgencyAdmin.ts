import { useSession } from '@kinerja/web-common';
import { computed } from 'vue';

/**
 * Whether the signed-in person is the agency admin, who alone changes the policy, the calendar,
 * the offices and the months (the admin pages show their controls to them; the server decides).
 */
export function useIsAgencyAdmin() {
  const { me } = useSession();
  return computed(() => (me.value?.roles ?? []).includes('AGENCY_ADMIN'));
}
