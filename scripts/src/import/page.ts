// What the importer keeps of one old page, whatever its source (text capture or saved HTML).

export interface ImportedByline {
  name: string;
  position?: string;
}

export interface ImportedPhoto {
  /** the placeholder written in `body` where the photo's address goes once it is uploaded */
  token: string;
  /** a local file (saved page assets) */
  file: string;
  caption?: string;
}

export interface ImportedPage {
  /** the file it was read from, relative to the source folder: shown in the report */
  file: string;
  /** the old address; the entry is found again by it on every later run */
  legacyUrl: string;
  title: string;
  summary?: string;
  /** Markdown; photos appear as `![caption](token)` until uploaded */
  body: string;
  /** the date line as printed; parsed by shared-types parseDateLine */
  dateLine?: string;
  bylines: ImportedByline[];
  /** the old site's category name, mapped by the operator's table */
  category?: string;
  viewCount?: number;
  photos: ImportedPhoto[];
  /** a draft at the source (a WordPress draft): never published by the import, even with --publish */
  keepDraft?: boolean;
}

/** A page that cannot be imported as it is (the message is shown to the operator). */
export class PageRefusal extends Error {}
