import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyModels, NEVER_ON_SITE } from '../src/lib/model-registry';
import { FIELD_LABELS } from '../src/bootstrap/admin-labels.data';
import { COMMENT_LABELS } from '../src/bootstrap/comment-admin-labels';

// Read straight from the schema files Strapi loads, so a type or field added there is seen here.
const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');
type Schema = { kind: string; options?: { draftAndPublish?: boolean }; attributes: Record<string, unknown> };
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Schema;

const contentTypes: Record<string, Schema> = Object.fromEntries(
  readdirSync(path.join(src, 'api')).flatMap((api) => {
    const dir = path.join(src, 'api', api, 'content-types');
    // Routes-only APIs (interactions) have no content type.
    const names = existsSync(dir) ? readdirSync(dir) : [];
    return names.map((name) => [`api::${api}.${name}`, readJson(path.join(dir, name, 'schema.json'))]);
  }),
);
const components: Record<string, Schema> = Object.fromEntries(
  readdirSync(path.join(src, 'components')).flatMap((category) =>
    readdirSync(path.join(src, 'components', category)).map((file) => [
      `${category}.${file.replace(/\.json$/, '')}`,
      readJson(path.join(src, 'components', category, file)),
    ]),
  ),
);

describe('model registry', () => {
  const registry = classifyModels(contentTypes);

  it('classifies every api type: on the site (with drafts or live) or named as never on the site', () => {
    for (const uid of Object.keys(contentTypes)) {
      const places = [registry.published.includes(uid), registry.live.includes(uid), uid in NEVER_ON_SITE].filter(Boolean);
      expect(places, uid).toHaveLength(1);
    }
    expect(registry.site).toEqual([...registry.published, ...registry.live].sort());
    // Readers' comments never rebuild the site; articles do, on publish only.
    expect(registry.site).not.toContain('api::comment.comment');
    expect(registry.published).toContain('api::article.article');
    expect(registry.live).toContain('api::anniversary.anniversary');
    expect(registry.single).toEqual(['api::site-setting.site-setting']);
  });

  it('schedules exactly the draft types with a publication-time field', () => {
    const withField = Object.entries(contentTypes)
      .filter(([uid, schema]) => registry.site.includes(uid) && 'publishAt' in schema.attributes)
      .map(([uid]) => uid)
      .sort();
    expect(registry.scheduled).toEqual(withField);
    expect(registry.scheduled).toContain('api::party-document.party-document');
  });

  it('puts a type added later on the site by default, unlike a hand list', () => {
    const added = classifyModels({
      ...contentTypes,
      'api::thong-bao.thong-bao': { kind: 'collectionType', options: { draftAndPublish: true }, attributes: { title: {} } },
    });
    expect(added.published).toContain('api::thong-bao.thong-bao');
  });

  it('gives every attribute of every type and component a Vietnamese label', () => {
    const labels: Record<string, Record<string, readonly unknown[]>> = { ...FIELD_LABELS, 'api::comment.comment': COMMENT_LABELS };
    const missing = Object.entries({ ...contentTypes, ...components }).flatMap(([uid, schema]) =>
      Object.keys(schema.attributes)
        .filter((field) => !labels[uid]?.[field]?.[0])
        .map((field) => `${uid}.${field}`),
    );
    expect(missing).toEqual([]);
  });
});
