// Build input for the search index: the integration in src/integrations/search-index.ts indexes
// these records into /pagefind/ (or /pagefind-delta/ in a fast build) and deletes this file: the
// full records are not something to publish. A fast build makes only the records that may have
// changed (record-reuse.ts). In a full build the first page rendered has already started making
// them, and indexing began as soon as they were made (records-hand-off.ts).
import type { APIRoute } from 'astro';
import { makeRecordsFile } from '../lib/search/make-records';
import { searchRecords } from '../lib/search/records-hand-off';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchRecords(makeRecordsFile)), { headers: { 'Content-Type': 'application/json' } });
