import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::party-document.party-document');
