import type { Core } from '@strapi/strapi';
import { registerNormalisation } from './bootstrap/normalise-on-save';
import { registerSecretDocumentGuard, withdrawLeakedSecretDocuments } from './bootstrap/secret-document-guard';
import { grantPublicRead } from './bootstrap/public-permissions';
import { ensureBuildToken } from './bootstrap/build-token';
import { ensureImportToken } from './bootstrap/import-token';
import { ensureAdminUser } from './bootstrap/admin-user';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { seedSampleContent } from './seed';
import { setUpReaderInteractions } from './bootstrap/reader-interactions';
import { registerPublishNotifier } from './bootstrap/publish-notifier';
import { registerValidContentGuard } from './bootstrap/valid-content-guard';
import { registerReaderDateDefault } from './bootstrap/reader-date-default';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerNormalisation(strapi);
    registerReaderDateDefault(strapi);
    registerValidContentGuard(strapi);
    registerSecretDocumentGuard(strapi);
    registerPublishNotifier(strapi);
    await withdrawLeakedSecretDocuments(strapi);
    await grantPublicRead(strapi);
    await ensureBuildToken(strapi);
    await ensureImportToken(strapi);
    await ensureAdminUser(strapi);
    await applyAdminLabels(strapi);
    await setUpReaderInteractions(strapi);
    if (process.env.SEED_SAMPLE_CONTENT !== 'false') await seedSampleContent(strapi);
  },
};
