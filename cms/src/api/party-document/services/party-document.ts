import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::party-document.party-document');
