// When an entry's content last changed, for JSON-LD dateModified. Strapi's updatedAt alone is the
// last write, and the importer's (or the seed's) write is the content's arrival, not an edit: an
// article from 2019 imported today would claim it changed today. Strapi copies createdAt and
// updatedAt from the draft into the published version, so an entry whose last write came within
// EDIT_WINDOW of its creation has not been edited since it arrived; its content dates from the date
// it shows readers. Later writes are real edits (or a re-import that changed it).

/** Writes this close to the creation are part of entering the entry (create, fix a typo, publish). */
export const EDIT_WINDOW_MS = 10 * 60 * 1000;

export function lastEdited(raw: { createdAt?: string | undefined; updatedAt?: string | undefined }, shown: Date): Date {
  if (!raw.updatedAt) return shown;
  const updated = new Date(raw.updatedAt);
  const created = raw.createdAt ? new Date(raw.createdAt) : null;
  if (created && updated.getTime() - created.getTime() <= EDIT_WINDOW_MS) return shown;
  // An edit never predates what readers were shown as the publication date.
  return updated > shown ? updated : shown;
}
