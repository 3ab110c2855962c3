import { defineConfig } from 'vitest/config';

// `npm test` runs every package's suite; each package keeps its own vitest.config.ts.
export default defineConfig({
  test: {
    // One test file at a time across all projects: Strapi keeps a global instance per process, and
    // two Astro builds of site/ at once would share its .astro working folder. 2 cores anyway.
    maxWorkers: 1,
    fileParallelism: false,
    projects: [
      ...['shared-types', 'cms', 'site', 'scripts'].map((dir) => `${dir}/vitest.config.${dir === 'cms' ? 'mts' : 'ts'}`),
      'site/vitest.build.config.ts',
    ],
  },
});
