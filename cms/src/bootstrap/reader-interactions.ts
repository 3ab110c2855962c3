import type { Core } from '@strapi/strapi';
import { ensureTables } from '../lib/interactions/tables';
import { settings } from '../lib/interactions/settings';
import { applyCommentAdminLabels } from './comment-admin-labels';

/** Views, visits and comments of readers (issue 6): counter tables, settings, moderation labels. */
export async function setUpReaderInteractions(strapi: Core.Strapi): Promise<void> {
  settings(); // a malformed READER_* variable stops the start here, not at the first request
  await ensureTables(strapi);
  await applyCommentAdminLabels(strapi);
}
