import { publicRoute } from '../../../lib/interactions/public-route';

// Public routes of the reader interactions (views and visits). They are public because readers'
// browsers on the static site call them without any account; each one is narrow (no content
// is readable or writable through it), validates its input, and is rate limited per client.
export default {
  routes: [
    {
      // Public: every article page records its view from the reader's browser.
      method: 'POST',
      path: '/interactions/views/:articleId',
      handler: 'api::interaction.views.record',
      config: publicRoute('record'),
    },
    {
      // Public: the view count shown under an article's title.
      method: 'GET',
      path: '/interactions/views/:articleId',
      handler: 'api::interaction.views.findOne',
      config: publicRoute('read'),
    },
    {
      // Public: the counts of a listing page in one request (?ids=a,b,c).
      method: 'GET',
      path: '/interactions/views',
      handler: 'api::interaction.views.find',
      config: publicRoute('read'),
    },
    {
      // Public: every page records the visit and fills the visitor box with the answer.
      method: 'POST',
      path: '/interactions/visits',
      handler: 'api::interaction.visits.record',
      config: publicRoute('record'),
    },
    {
      // Public: the visitor box's figures, without recording anything.
      method: 'GET',
      path: '/interactions/stats',
      handler: 'api::interaction.visits.stats',
      config: publicRoute('read'),
    },
  ],
};
