import { defineConfig } from 'vitest/config';

// `npm test` runs every package's suite; each package keeps its own vitest.config.ts.
export default defineConfig({
  test: {
    projects: [
      ...['shared-types', 'cms', 'site', 'scripts'].map((dir) => `${dir}/vitest.config.${dir === 'cms' ? 'mts' : 'ts'}`),
      'site/vitest.build.config.ts',
    ],
  },
});
