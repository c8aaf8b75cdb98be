import { defineMessages } from './define';

export const findings = defineMessages({
  en: {},
  ja: {},
  zh: {},
});
