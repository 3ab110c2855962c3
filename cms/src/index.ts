import type { Core } from '@strapi/strapi';
import { registerNormalisation } from './bootstrap/normalise-on-save';
import { registerSecretDocumentGuard, withdrawLeakedSecretDocuments } from './bootstrap/secret-document-guard';
import { applyRolePermissions } from './bootstrap/role-permissions';
import { ensureApiTokens } from './bootstrap/api-tokens';
import { unmountReaderAccounts } from './bootstrap/reader-accounts';
import { ensureAdminUser } from './bootstrap/admin-user';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { seedSampleContent } from './seed';
import { setUpReaderInteractions } from './bootstrap/reader-interactions';
import { registerPublishNotifier } from './bootstrap/publish-notifier';
import { registerValidContentGuard } from './bootstrap/valid-content-guard';
import { registerReaderDateDefault } from './bootstrap/reader-date-default';
import { closeSharedStore, openSharedStore } from './lib/shared-store';
import { ensureNewsroomRoles, keepAuditLogReadOnly } from './bootstrap/newsroom-roles';
import { registerAuditLogGuard } from './lib/newsroom/audit-log';
import { registerPublicationLog } from './lib/newsroom/publication-log';
import { registerModerationRoute } from './lib/newsroom/moderation-route';
import { cmsEnv } from './lib/env';
import { registerPendingDraftsRoute } from './lib/newsroom/pending-drafts';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    unmountReaderAccounts(strapi);
    keepAuditLogReadOnly(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    registerNormalisation(strapi);
    registerReaderDateDefault(strapi);
    registerValidContentGuard(strapi);
    registerSecretDocumentGuard(strapi);
    registerPublishNotifier(strapi);
    registerAuditLogGuard(strapi);
    registerPublicationLog(strapi);
    registerModerationRoute(strapi);
    registerPendingDraftsRoute(strapi);
    await withdrawLeakedSecretDocuments(strapi);
    await applyRolePermissions(strapi);
    await ensureApiTokens(strapi);
    await ensureNewsroomRoles(strapi);
    await ensureAdminUser(strapi);
    await applyAdminLabels(strapi);
    await openSharedStore(strapi.log);
    await setUpReaderInteractions(strapi);
    if (cmsEnv().SEED_SAMPLE_CONTENT) await seedSampleContent(strapi);
  },

  async destroy() {
    await closeSharedStore();
  },
};
