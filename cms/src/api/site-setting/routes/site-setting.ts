import { factories } from '@strapi/strapi';
import { publishedOnlyReads } from '../../../lib/published-only-routes';

export default factories.createCoreRouter('api::site-setting.site-setting', publishedOnlyReads());
