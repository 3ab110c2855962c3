import { publicRoute } from '../../../lib/interactions/public-route';

export default {
  routes: [
    {
      // Public: the comment form fetches a signed token when a reader first focuses it; the
      // comment is accepted only with it, at least READER_COMMENT_MIN_SECONDS after it was issued.
      method: 'GET',
      path: '/interactions/comment-token',
      handler: 'api::comment.comment.formToken',
      config: publicRoute('read'),
    },
    {
      // Public: readers send comments from the static site without an account. Stored pending;
      // nothing is shown until staff approve it in the admin.
      method: 'POST',
      path: '/interactions/comments',
      handler: 'api::comment.comment.submit',
      config: publicRoute('comment'),
    },
    {
      // Public: approved comments of one article, to show those approved since the last build.
      // Only name, text and date leave the CMS; never the email.
      method: 'GET',
      path: '/interactions/comments/:articleId',
      handler: 'api::comment.comment.forArticle',
      config: publicRoute('read'),
    },
    {
      // NOT public: Strapi's API-token authentication (the site build's read-only token); the
      // public role has no permission for it. Bakes approved comments into article pages.
      method: 'GET',
      path: '/interactions/comments',
      handler: 'api::comment.comment.find',
    },
  ],
};
