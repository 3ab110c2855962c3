// Strapi merges this into its admin build (src/admin/vite.config.ts is its documented extension
// point). One plugin: the Vietnamese rewrites of strings Strapi keeps outside its translation files.
import { mergeConfig, type Plugin, type UserConfig } from 'vite';
import { applyRewrites, REWRITES } from './strapi-string-rewrites';

function vietnameseStrapiStrings(): Plugin {
  const applied = new Set<number>();
  return {
    name: 'dbk-vietnamese-strapi-strings',
    enforce: 'pre',
    // Production builds only: `strapi develop` pre-bundles Strapi's packages, which skips transforms.
    apply: 'build',
    transform(code, id) {
      const result = applyRewrites(id, code);
      if (result.applied.length === 0) return null;
      for (const index of result.applied) applied.add(index);
      return { code: result.code, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missing = REWRITES.filter((_, index) => !applied.has(index));
      if (missing.length > 0)
        this.error(
          `Strapi's bundle changed; these Vietnamese rewrites found nothing to replace (cms/src/admin/strapi-string-rewrites.ts):\n${missing.map((r) => `- ${r.file}: ${r.from}`).join('\n')}`,
        );
    },
  };
}

export default (config: UserConfig): UserConfig => mergeConfig(config, { plugins: [vietnameseStrapiStrings()] });
