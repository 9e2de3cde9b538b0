import type { RouteRecordRaw } from 'vue-router';
import TasksNavBadge from './components/TasksNavBadge.vue';

/**
 * The monthly tasks: the month's overview, the IKI report, the 360° review, the peer ranking and
 * the questionnaires.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/tasks',
    name: 'tasks',
    component: () => import('./views/TasksView.vue'),
    meta: {
      titleKey: 'tasks.title',
      nav: { order: 30, labelKey: 'tasks.nav', icon: 'tasks' },
      navBadge: TasksNavBadge,
    },
  },
  {
    path: '/tasks/:period(\\d{4}-\\d{2})/iki',
    name: 'tasks-iki',
    component: () => import('./views/IkiReportView.vue'),
    props: true,
    meta: { titleKey: 'tasks.iki.title' },
  },
  {
    path: '/tasks/:period(\\d{4}-\\d{2})/review',
    name: 'tasks-review',
    component: () => import('./views/BehaviourReviewView.vue'),
    props: true,
    meta: { titleKey: 'tasks.review.title' },
  },
  {
    path: '/tasks/:period(\\d{4}-\\d{2})/review/:rateeId',
    name: 'tasks-review-person',
    component: () => import('./views/BehaviourRateView.vue'),
    props: true,
    meta: { titleKey: 'tasks.review.title' },
  },
  {
    path: '/tasks/:period(\\d{4}-\\d{2})/ranking',
    name: 'tasks-ranking',
    component: () => import('./views/PeerRankingView.vue'),
    props: true,
    meta: { titleKey: 'tasks.ranking.title' },
  },
  {
    path: '/tasks/:period(\\d{4}-\\d{2})/questionnaires/:id',
    name: 'tasks-questionnaire',
    component: () => import('./views/QuestionnaireView.vue'),
    props: true,
    meta: { titleKey: 'tasks.questionnaire.title' },
  },
];
