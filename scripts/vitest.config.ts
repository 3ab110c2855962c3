import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'scripts',
    include: ['test/**/*.test.ts'],
    // The publish-to-live test boots the real Strapi (compiled once here) and builds the real site.
    pool: 'forks',
    globalSetup: ['../cms/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
