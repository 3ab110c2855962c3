import { defineConfig } from 'vitest/config';

// Builds the real site from the real Strapi: slow, one file at a time, Strapi compiled once.
export default defineConfig({
  test: {
    name: 'site-build',
    include: ['test/build/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['../cms/test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
