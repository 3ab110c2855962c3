import { describe, expect, it } from 'vitest';
import { rebuildConfig } from '../../src/rebuild/config.ts';

const BASE = { REBUILD_WEBHOOK_SECRET: 'x'.repeat(32), CMS_URL: 'http://127.0.0.1:1337', STRAPI_BUILD_TOKEN: 't' };

describe('rebuild service settings', () => {
  it('reads the switch words both ways', () => {
    expect(rebuildConfig({ ...BASE, REBUILD_ALLOW_SHRINK: 'yes' }).allowShrink).toBe(true);
    expect(rebuildConfig({ ...BASE, REBUILD_ON_START: 'off' }).buildOnStart).toBe(false);
    expect(rebuildConfig({ ...BASE }).buildOnStart).toBe(true);
  });

  it('stops on an unknown switch word instead of reading it as false', () => {
    expect(() => rebuildConfig({ ...BASE, REBUILD_ON_START: 'ture' })).toThrow(/REBUILD_ON_START phải là một trong .*"ture"/);
  });

  it('stops on a malformed number, naming the variable', () => {
    expect(() => rebuildConfig({ ...BASE, REBUILD_DEBOUNCE_MS: '3s' })).toThrow(/REBUILD_DEBOUNCE_MS phải là số/);
  });
});
