import '@kinerja/web-common/styles/base.css';
import './styles/app.css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { createApp } from 'vue';
import App from './App.vue';
import { apolloClient } from './plugins/apollo';
import { i18n } from './plugins/i18n';
import { pinia } from './plugins/pinia';
import { router } from './router';

createApp(App)
  .use(pinia)
  .use(i18n)
  .use(router)
  .provide(DefaultApolloClient, apolloClient)
  .mount('#app');
