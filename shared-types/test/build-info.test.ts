import { describe, expect, it } from 'vitest';
import { parseBuildInfo } from '../src/build-info';

const counts = { articles: 20, documents: 13, pages: 4, galleries: 3, videos: 2 };

describe('build-info.json contract', () => {
  it('reads what the site writes', () => {
    const text = JSON.stringify({ builtAt: '2026-11-30T10:00:00.000Z', counts });
    // A build from before `skipped` existed (the live one during an upgrade) reads as none skipped.
    expect(parseBuildInfo(text)).toEqual({ builtAt: '2026-11-30T10:00:00.000Z', counts, skipped: [] });
    const skipped = [{ collection: 'articles', label: 'tin bài', entry: 'abc "Không tiêu đề"', problems: 'title: bắt buộc' }];
    expect(parseBuildInfo(JSON.stringify({ builtAt: '2026-11-30T10:00:00.000Z', counts, skipped }))).toMatchObject({ skipped });
  });

  it('names the wrong field in Vietnamese', () => {
    expect(parseBuildInfo('{')).toMatch(/^build-info.json không phải JSON hợp lệ/);
    expect(parseBuildInfo(JSON.stringify({ builtAt: 'hôm qua', counts }))).toMatch(/sai ở "builtAt"/);
    expect(parseBuildInfo(JSON.stringify({ builtAt: '2026-11-30T10:00:00Z', counts: { ...counts, articles: -1 } }))).toMatch(
      /sai ở "counts.articles"/,
    );
  });
});
