import { type ResultOf, type SessionEmployeeFragment, useSession } from '@kinerja/web-common';
import { computed } from 'vue';

type Role = NonNullable<ResultOf<typeof SessionEmployeeFragment>['roles']>[number];

/** Roles that use this app even without direct reports. */
const ADMINISTERING_ROLES: readonly Role[] = ['DEPARTMENT_ADMIN', 'AGENCY_ADMIN', 'EXECUTIVE'];

/**
 * This app is for people who supervise or administer. The server enforces what each person may
 * see; this only decides whether to explain that the employee app is the right place.
 */
export function useSupervisorAccess() {
  const { me } = useSession();
  const access = computed<'unknown' | 'allowed' | 'denied'>(() => {
    if (!me.value) return 'unknown';
    const supervises = (me.value.directReportCount ?? 0) > 0;
    const administers = (me.value.roles ?? []).some((role) => ADMINISTERING_ROLES.includes(role));
    return supervises || administers ? 'allowed' : 'denied';
  });
  return { access };
}
