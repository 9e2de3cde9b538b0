// Shared Vue code of employee-web and supervisor-web, consumed as source by Vite.
import './router/routeMeta';

export { createApolloClient, type KinerjaApolloClient } from './apollo/createApolloClient';
export {
  ClientErrorCode,
  describeError,
  graphQLErrorsOf,
  hasErrorCode,
  isUnauthenticated,
} from './apollo/errors';
export type { ErrorInfo } from './apollo/errors';
export type { ResultOf } from './apollo/types';
export { createKinerjaI18n, mergeMessages, type MessageTree } from './i18n/createI18n';
export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type AppLocale } from './i18n/locales';
export { usePreferencesStore } from './preferences/preferences.store';
export { default as AppShell } from './layout/AppShell.vue';
export { default as QueryStatus } from './components/QueryStatus.vue';
export { installAuthGuard } from './features/auth/authGuard';
export { sharedRoutes } from './features/auth/authRoutes';
export { HOME_ROUTE, LOGIN_ROUTE, loginLocation, safeRedirect } from './features/auth/navigation';
export { SessionEmployeeFragment, SessionQuery } from './features/auth/auth.documents';
export { useSession } from './features/auth/composables/useSession';
export { useLogout } from './features/auth/composables/useLogout';
export { default as LoginView } from './features/auth/views/LoginView.vue';
export { default as MyProfile } from './features/organisation/components/MyProfile.vue';
export { default as ProfileCard } from './features/organisation/components/ProfileCard.vue';
export { default as SupervisorCard } from './features/organisation/components/SupervisorCard.vue';
export { default as ActingAssignmentList } from './features/organisation/components/ActingAssignmentList.vue';
export { formatNip, isValidNip, normalizeNip } from './features/organisation/nip';
export { formatLocalDate } from './format/localDate';
export { EXTERNAL_LINK_REL, linkHost } from './format/link';
export {
  addMonths,
  daysInMonth,
  firstDay,
  formatMonth,
  isMonth,
  lastDay,
  monthOf,
  todayIn,
} from './format/dates';
export { formatDecimal, formatInteger, formatPercent, formatRupiah } from './format/numbers';
export { linesOf, sectionOf, type ReportSection } from './features/report/explanation';
