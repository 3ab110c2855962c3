// What the CMS's own model says about the collections the site reads: which REST paths are
// ordinary content types (so they can be filtered by updatedAt/publishedAt), and what each relation
// points at. Read from the CMS's schema files (cms/src/api and cms/src/components), the one place
// these facts are written; lib/cms/dependencies.ts combines them with populate.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Attribute {
  type: string;
  target?: string;
  component?: string;
}

export interface ContentTypes {
  /** REST path (the plural name, e.g. "party-documents") → its attributes */
  byPath: Map<string, Record<string, Attribute>>;
  /** uid ("api::category.category") → REST path */
  pathOfUid: Map<string, string>;
  /** component uid ("content.seo") → its attributes */
  components: Map<string, Record<string, Attribute>>;
}

/** The repository's cms/ folder, from this file's place in site/src/lib/cms (null when bundled elsewhere). */
function cmsDir(): string | null {
  if (!import.meta.url.startsWith('file:')) return null;
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../cms');
  return fs.existsSync(path.join(dir, 'src', 'api')) ? dir : null;
}

const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

/** The CMS's content model, or null when its files cannot be found (the delta sync then reads everything). */
export function readContentTypes(): ContentTypes | null {
  const dir = cmsDir();
  if (!dir) return null;
  const result: ContentTypes = { byPath: new Map(), pathOfUid: new Map(), components: new Map() };
  const api = path.join(dir, 'src', 'api');
  for (const apiName of fs.readdirSync(api)) {
    const typesDir = path.join(api, apiName, 'content-types');
    if (!fs.existsSync(typesDir)) continue;
    for (const typeName of fs.readdirSync(typesDir)) {
      const file = path.join(typesDir, typeName, 'schema.json');
      if (!fs.existsSync(file)) continue;
      const schema = readJson(file) as { info: { pluralName: string }; attributes: Record<string, Attribute> };
      result.byPath.set(schema.info.pluralName, schema.attributes);
      result.pathOfUid.set(`api::${apiName}.${typeName}`, schema.info.pluralName);
    }
  }
  const components = path.join(dir, 'src', 'components');
  if (fs.existsSync(components)) {
    for (const category of fs.readdirSync(components)) {
      for (const file of fs.readdirSync(path.join(components, category))) {
        if (!file.endsWith('.json')) continue;
        const schema = readJson(path.join(components, category, file)) as { attributes: Record<string, Attribute> };
        result.components.set(`${category}.${file.slice(0, -'.json'.length)}`, schema.attributes);
      }
    }
  }
  return result;
}

/** The text of every schema file, for the fingerprint that tells a delta sync the model changed. */
export function contentTypesText(types: ContentTypes): string {
  return JSON.stringify([[...types.byPath], [...types.components]]);
}
