import { useSession } from '@kinerja/web-common';
import { computed } from 'vue';

/**
 * What kind of admin is signed in, to offer the actions they may take (the server still decides):
 * the agency admin (BKPSDM) alone changes the policy, the calendar, the offices and the months, and
 * publishes or rejects bank items; a department admin proposes.
 */
export function useAdminRoles() {
  const { me } = useSession();
  const roles = computed(() => me.value?.roles ?? []);
  return {
    isAgencyAdmin: computed(() => roles.value.includes('AGENCY_ADMIN')),
    isDepartmentAdmin: computed(() => roles.value.includes('DEPARTMENT_ADMIN')),
  };
}
