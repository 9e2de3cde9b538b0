/** Component tests of the tasks feature: the feature's messages in a real vue-i18n (Indonesian). */
import { mount, type ComponentMountingOptions } from '@vue/test-utils';
import type { Component } from 'vue';
import { createI18n } from 'vue-i18n';
import en from './locales/en.json';
import id from './locales/id.json';

export function testI18n(locale: 'id' | 'en' = 'id') {
  return createI18n({ legacy: false, locale, fallbackLocale: 'id', messages: { id, en } });
}

export function mountWithI18n<C extends Component>(
  component: C,
  options: ComponentMountingOptions<C> = {} as ComponentMountingOptions<C>,
) {
  return mount(component, {
    attachTo: document.body,
    ...options,
    global: { ...options.global, plugins: [...(options.global?.plugins ?? []), testI18n()] },
  });
}
