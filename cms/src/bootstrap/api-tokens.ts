import type { Core } from '@strapi/strapi';
import { STRAPI_DEFAULT_TOKENS, TOKENS } from '../lib/access';
import { modelRegistry } from '../lib/model-registry';
import { cmsEnv } from '../lib/env';

// Names earlier versions gave the build token (then a "read-only" token that also read drafts,
// users and uploads): removed so no token outlives the list in lib/access.ts.
const RETIRED_NAMES = ['site-build (chỉ đọc)'];

type TokenService = {
  hash(key: string): string;
  update(id: number, attributes: { type: 'custom'; permissions: string[] }): Promise<unknown>;
  revoke(id: number): Promise<unknown>;
};

/**
 * The content API tokens are exactly those of lib/access.ts TOKENS. Each plaintext lives in the
 * environment (generated into .env on first run) so the CMS, the build and the preview agree
 * without anyone copying a token from the admin; each is a "custom" token holding its listed
 * permissions and nothing else (re-synced at every start, so a permission added in the admin by
 * hand does not survive). A token whose variable is unset is removed. Strapi's own "Read Only"
 * and "Full Access" tokens of a fresh install are deleted: nobody asked for them.
 */
export async function ensureApiTokens(strapi: Core.Strapi): Promise<void> {
  const service = strapi.service('admin::api-token') as unknown as TokenService;
  const encryption = strapi.service('admin::encryption') as { encrypt(key: string): string | null };
  const query = strapi.db.query('admin::api-token');
  const models = modelRegistry(strapi);

  for (const name of [...STRAPI_DEFAULT_TOKENS, ...RETIRED_NAMES]) {
    const found = (await query.findMany({
      where: { name, $or: [{ kind: 'content-api' }, { kind: { $null: true } }] },
      select: ['id'],
    })) as { id: number }[];
    for (const { id } of found) {
      await service.revoke(id);
      strapi.log.info(`Đã xóa token API "${name}" (không nằm trong danh sách quyền của dự án).`);
    }
  }

  for (const token of Object.values(TOKENS)) {
    const plaintext = cmsEnv()[token.env];
    const existing = (await query.findOne({ where: { name: token.name }, select: ['id', 'accessKey'] })) as {
      id: number;
      accessKey: string;
    } | null;
    if (!plaintext) {
      if (existing) await service.revoke(existing.id);
      if (!('optional' in token)) strapi.log.warn(`${token.env} chưa đặt: không có token "${token.name}".`);
      continue;
    }
    const keys = { accessKey: service.hash(plaintext), encryptedKey: encryption.encrypt(plaintext) };
    const fixed = { name: token.name, description: token.description, kind: 'content-api', lifespan: null, expiresAt: null };
    let id = existing?.id;
    if (id === undefined) id = ((await query.create({ data: { ...fixed, ...keys, type: 'custom' } })) as { id: number }).id;
    else await query.update({ where: { id }, data: existing?.accessKey === keys.accessKey ? fixed : { ...fixed, ...keys } });
    // The service validates every action against the registered ones and replaces the set.
    await service.update(id, { type: 'custom', permissions: token.grants(models, strapi.contentTypes as never).map((g) => g.action) });
  }
}
