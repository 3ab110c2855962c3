import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::linked-site.linked-site');
