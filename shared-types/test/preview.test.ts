import { describe, expect, it } from 'vitest';
import { checkPreviewLink, isPreviewKind, signedPreviewPath } from '../src/preview.js';

const SECRET = 'preview-secret-0123456789';
const NOW = Date.UTC(2026, 10, 22, 3, 0, 0);
const IN_AN_HOUR = NOW / 1000 + 3600;

function parts(path: string) {
  const url = new URL(path, 'http://preview.test');
  const [, , kind, id] = url.pathname.split('/');
  return { kind: kind!, id: decodeURIComponent(id!), exp: url.searchParams.get('exp'), sig: url.searchParams.get('sig') };
}

describe('signed preview links', () => {
  it('names the kind and entry, and verifies until it expires', async () => {
    const path = await signedPreviewPath(SECRET, 'bai-viet', 'abc123', IN_AN_HOUR);
    expect(path).toMatch(/^\/xem-truoc\/bai-viet\/abc123\/\?exp=\d+&sig=[0-9a-f]{64}$/);
    const p = parts(path);
    expect(await checkPreviewLink(SECRET, p.kind, p.id, p.exp, p.sig, NOW)).toBe('valid');
    expect(await checkPreviewLink(SECRET, p.kind, p.id, p.exp, p.sig, (IN_AN_HOUR + 1) * 1000)).toBe('expired');
  });

  it('refuses a link for another entry, another kind, a later expiry or another secret', async () => {
    const p = parts(await signedPreviewPath(SECRET, 'bai-viet', 'abc123', IN_AN_HOUR));
    expect(await checkPreviewLink(SECRET, p.kind, 'abc124', p.exp, p.sig, NOW)).toBe('invalid');
    expect(await checkPreviewLink(SECRET, 'trang', p.id, p.exp, p.sig, NOW)).toBe('invalid');
    expect(await checkPreviewLink(SECRET, p.kind, p.id, String(IN_AN_HOUR + 86_400), p.sig, NOW)).toBe('invalid');
    expect(await checkPreviewLink('another-secret-0123456789', p.kind, p.id, p.exp, p.sig, NOW)).toBe('invalid');
  });

  it('refuses missing or malformed parameters without throwing', async () => {
    for (const [exp, sig] of [
      [null, null],
      ['1', null],
      [null, 'a'.repeat(64)],
      ['soon', 'a'.repeat(64)],
      ['1', 'z'.repeat(64)],
      ['1', 'ab'],
    ] as const) {
      expect(await checkPreviewLink(SECRET, 'bai-viet', 'x', exp, sig, NOW)).toBe('invalid');
    }
  });

  it('will not sign with a short secret', async () => {
    await expect(signedPreviewPath('short', 'trang', 'x', IN_AN_HOUR)).rejects.toThrow(/PREVIEW_SECRET/);
  });

  it('knows which path segments are previewable', () => {
    expect(isPreviewKind('van-ban')).toBe(true);
    expect(isPreviewKind('thu-vien-anh')).toBe(false);
  });
});
