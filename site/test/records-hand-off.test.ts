// The full build's search records are made once, by whichever asks first (the first page or the
// records' endpoint), and handed to the integration that listens (records-hand-off.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import type { RecordsFile } from '../src/lib/search/record-reuse';
import { listenForRecords, searchRecords, startSearchRecords } from '../src/lib/search/records-hand-off';

const FILE: RecordsFile = { records: [], sources: { '/a/': 'x' }, reused: {} };

describe('search records hand-off', () => {
  let made: number;
  const make = async () => {
    made++;
    return FILE;
  };
  beforeEach(() => {
    made = 0;
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('dbk.search-records')];
  });

  it('starts nothing when no build listens (fast build, preview server, astro dev)', async () => {
    startSearchRecords(make);
    expect(made).toBe(0);
    expect(await searchRecords(make)).toBe(FILE);
    expect(made).toBe(1);
  });

  it('in a full build, the first page makes the records once and hands them over; the endpoint gets the same', async () => {
    const handed: RecordsFile[] = [];
    listenForRecords((file) => handed.push(file));
    startSearchRecords(make);
    startSearchRecords(make);
    expect(await searchRecords(make)).toBe(FILE);
    expect(made).toBe(1);
    expect(handed).toEqual([FILE]);
  });

  it('a failure to make them reaches the endpoint, not an unhandled rejection', async () => {
    listenForRecords(() => undefined);
    const fail = () => Promise.reject(new Error('CMS'));
    startSearchRecords(fail);
    await expect(searchRecords(fail)).rejects.toThrow('CMS');
  });
});
