// The loaders of one content sync change Astro's store together (lib/cms/sync-barrier.ts): none
// goes on before every loader of the sync has read or failed, so the store is written once.
import { describe, expect, it } from 'vitest';
import { joinSync } from '../src/lib/cms/sync-barrier';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('sync barrier', () => {
  it('holds each loader until the slowest has read, then lets all go', async () => {
    const order: string[] = [];
    const loader = async (name: string, readMs: number) => {
      const barrier = joinSync();
      try {
        await new Promise((r) => setTimeout(r, readMs)); // reading the CMS
        order.push(`${name} read`);
        await barrier.ready();
        order.push(`${name} writes`);
      } finally {
        barrier.leave();
      }
    };
    await Promise.all([loader('site setting', 1), loader('comments', 5), loader('articles', 40)]);
    expect(order.slice(0, 3)).toEqual(['site setting read', 'comments read', 'articles read']);
    expect(order.slice(3).sort()).toEqual(['articles writes', 'comments writes', 'site setting writes']);
  });

  it('a loader that fails lets the others go; calling twice counts once', async () => {
    const a = joinSync();
    const b = joinSync();
    const c = joinSync();
    let released = false;
    void a.ready().then(() => (released = true));
    void a.ready();
    await tick();
    expect(released).toBe(false); // a counted once: b and c are still reading
    b.leave(); // b failed before it could write
    await tick();
    expect(released).toBe(false);
    await c.ready();
    await tick();
    expect(released).toBe(true);
    c.leave();
    a.leave();
  });

  it('the next sync starts afresh', async () => {
    const first = joinSync();
    await first.ready();
    first.leave();
    const second = joinSync();
    const third = joinSync();
    let released = false;
    void second.ready().then(() => (released = true));
    await tick();
    expect(released).toBe(false);
    await third.ready();
    await tick();
    expect(released).toBe(true);
  });
});
