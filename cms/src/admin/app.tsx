import type { StrapiApp } from '@strapi/strapi/admin';

// The key Strapi's admin reads its interface language from.
const LANGUAGE_KEY = 'strapi-admin-language';

export default {
  config: {
    locales: ['vi'],
  },
  bootstrap(_app: StrapiApp) {
    // Staff are Vietnamese: make Vietnamese the first-visit language; anyone may still switch in their profile.
    if (!window.localStorage.getItem(LANGUAGE_KEY)) window.localStorage.setItem(LANGUAGE_KEY, 'vi');
  },
};
