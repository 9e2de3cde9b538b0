import type { RouteRecordRaw } from 'vue-router';

/** Monthly questionnaires (agency admins): the list, the editor and the results. */
export const routes: RouteRecordRaw[] = [
  {
    path: '/admin/questionnaires',
    name: 'admin-questionnaires',
    component: () => import('./views/QuestionnairesView.vue'),
    meta: {
      titleKey: 'adminQuestionnaires.title',
      nav: {
        group: 'admin',
        order: 85,
        labelKey: 'adminQuestionnaires.nav',
        audience: ['agencyAdmin'],
      },
    },
  },
  {
    path: '/admin/questionnaires/new',
    name: 'admin-questionnaire-new',
    component: () => import('./views/QuestionnaireEditView.vue'),
    meta: { titleKey: 'adminQuestionnaires.editor.newTitle' },
  },
  {
    path: '/admin/questionnaires/:id',
    name: 'admin-questionnaire',
    component: () => import('./views/QuestionnaireEditView.vue'),
    props: true,
    meta: { titleKey: 'adminQuestionnaires.editor.viewTitle' },
  },
  {
    path: '/admin/questionnaires/:id/results',
    name: 'admin-questionnaire-results',
    component: () => import('./views/QuestionnaireResultsView.vue'),
    props: true,
    meta: { titleKey: 'adminQuestionnaires.results.link' },
  },
];
