// Writes many documents of a draft-and-publish type in a few batched inserts, with exactly the rows
// Strapi 5's document service writes for `create({ status: 'published' })` (checked against it on
// SQLite: cms test harness + a diff of every table):
//
//   - two rows per document sharing its documentId: the draft (published_at NULL) and the
//     published version (published_at set), locale NULL (no i18n), same created/updated times;
//   - each row owns its own copy of every component (component rows + <table>_cmps links with the
//     field, the component uid, and order 1..n for repeatable components, NULL for single ones);
//   - media links per row in files_related_mph (field, order), for components too;
//   - relations per row: the draft points at the draft of a draft-and-publish target, the published
//     row at its published version (a type without draft & publish has one row for both), with
//     the order columns Strapi keeps on both sides.
//
// The entity service's createMany goes through Strapi's query layer (column names, value
// conversion per dialect); link tables are plain integer rows inserted with knex. Strapi's own
// per-entry path (documents().create) takes ~100 ms an entry here: hours at 10,000, not minutes.

const CHUNK = 400;

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
  orderColumnName?: string;
  inverseOrderColumnName?: string;
}

interface Attribute {
  type: string;
  relation?: string;
  target?: string;
  joinTable?: JoinTable;
}

type Knex = {
  transaction<T>(fn: (trx: (table: string) => { insert(rows: object[]): Promise<unknown> }) => Promise<T>): Promise<T>;
};

export interface StrapiDb {
  db: {
    connection: Knex;
    metadata: { get(uid: string): { tableName: string; attributes: Record<string, Attribute> } };
    query(uid: string): {
      createMany(params: { data: Record<string, unknown>[] }): Promise<{ count: number; ids: number[] }>;
      findMany(params: object): Promise<Array<Record<string, unknown>>>;
    };
  };
}

/** A relation target: the row ids of its draft and of its published version (the same for a type without draft & publish). */
export interface Target {
  draft: number;
  published: number;
}

export interface ComponentItem {
  fields: Record<string, unknown>;
  /** media attribute of the component → upload file id */
  media?: Record<string, number>;
}

export interface NewDocument {
  documentId: string;
  /** scalar attributes, camelCase as in schema.json */
  fields: Record<string, unknown>;
  createdAt: Date;
  components?: Record<string, ComponentItem[] | ComponentItem>;
  /** media attribute → upload file ids, in order */
  media?: Record<string, number[]>;
  relations?: Record<string, Target[]>;
}

export interface WrittenDocument {
  documentId: string;
  draft: number;
  published: number;
}

const chunks = <T>(list: T[], size = CHUNK) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

const MEDIA_LINKS = 'files_related_mph';

export class DocumentWriter {
  /** rows already linked to each relation target, per link table, for the inverse order column */
  private readonly inverseOrder = new Map<string, number>();

  private readonly strapi: StrapiDb;

  constructor(strapi: StrapiDb) {
    this.strapi = strapi;
  }

  private async insert(table: string, rows: object[]): Promise<void> {
    if (rows.length === 0) return;
    await this.strapi.db.connection.transaction(async (trx) => {
      for (const chunk of chunks(rows)) await trx(table).insert(chunk);
    });
  }

  private async createMany(uid: string, data: Record<string, unknown>[]): Promise<number[]> {
    const ids: number[] = [];
    for (const chunk of chunks(data)) {
      const result = await this.strapi.db.query(uid).createMany({ data: chunk });
      // Every dialect Strapi supports returns the new ids; a short list would misplace every link.
      if (result.ids.length !== chunk.length || result.ids.some((id) => typeof id !== 'number')) {
        throw new Error(`${uid}: createMany trả ${result.ids.length} id cho ${chunk.length} dòng`);
      }
      ids.push(...result.ids);
    }
    return ids;
  }

  /** Inverse order: the n-th row linking to this target gets n, as Strapi appends on connect. */
  private nextInverse(table: string, target: number): number {
    const key = `${table}:${target}`;
    const n = (this.inverseOrder.get(key) ?? 0) + 1;
    this.inverseOrder.set(key, n);
    return n;
  }

  /** Writes the documents as published (draft + published rows); returns their row ids in order. */
  async writePublished(uid: string, documents: NewDocument[], publishedAt: Date): Promise<WrittenDocument[]> {
    const meta = this.strapi.db.metadata.get(uid);
    // Draft and published rows alternate: row 2i is document i's draft, row 2i+1 its published version.
    const rows = documents.flatMap((d) => {
      const base = { ...d.fields, documentId: d.documentId, createdAt: d.createdAt, updatedAt: d.createdAt, locale: null };
      return [
        { ...base, publishedAt: null },
        { ...base, publishedAt },
      ];
    });
    const ids = await this.createMany(uid, rows);
    const rowsOf = (i: number) => [
      { id: ids[2 * i]!, published: false },
      { id: ids[2 * i + 1]!, published: true },
    ];

    await this.writeComponents(
      uid,
      meta.attributes,
      documents.map((d, i) => ({ components: d.components ?? {}, rows: rowsOf(i) })),
    );

    const mediaLinks: object[] = [];
    documents.forEach((d, i) => {
      for (const [field, files] of Object.entries(d.media ?? {})) {
        for (const row of rowsOf(i))
          files.forEach((file, n) => mediaLinks.push({ file_id: file, related_id: row.id, related_type: uid, field, order: n + 1 }));
      }
    });
    await this.insert(MEDIA_LINKS, mediaLinks);

    const links = new Map<string, object[]>();
    documents.forEach((d, i) => {
      for (const [field, targets] of Object.entries(d.relations ?? {})) {
        const join = meta.attributes[field]?.joinTable;
        if (!join) throw new Error(`${uid}.${field} không phải quan hệ có bảng nối`);
        const list = links.get(join.name) ?? [];
        links.set(join.name, list);
        for (const row of rowsOf(i)) {
          targets.forEach((target, n) => {
            const targetId = row.published ? target.published : target.draft;
            list.push({
              [join.joinColumn.name]: row.id,
              [join.inverseJoinColumn.name]: targetId,
              ...(join.orderColumnName ? { [join.orderColumnName]: n + 1 } : {}),
              ...(join.inverseOrderColumnName ? { [join.inverseOrderColumnName]: this.nextInverse(join.name, targetId) } : {}),
            });
          });
        }
      }
    });
    for (const [table, list] of links) await this.insert(table, list);

    return documents.map((d, i) => ({ documentId: d.documentId, draft: ids[2 * i]!, published: ids[2 * i + 1]! }));
  }

  private async writeComponents(
    uid: string,
    attributes: Record<string, Attribute>,
    owners: Array<{ components: Record<string, ComponentItem[] | ComponentItem>; rows: Array<{ id: number }> }>,
  ): Promise<void> {
    // One createMany per component type; then the owner links and the components' own media.
    const byType = new Map<string, Array<{ item: ComponentItem; owner: number; field: string; order: number | null; join: JoinTable }>>();
    for (const { components, rows } of owners) {
      for (const [field, value] of Object.entries(components)) {
        const attribute = attributes[field];
        if (!attribute?.joinTable || !attribute.target) throw new Error(`${uid}.${field} không phải thành phần`);
        const items = Array.isArray(value) ? value : [value];
        const repeatable = Array.isArray(value);
        for (const row of rows) {
          items.forEach((item, n) => {
            const list = byType.get(attribute.target!) ?? [];
            byType.set(attribute.target!, list);
            list.push({ item, owner: row.id, field, order: repeatable ? n + 1 : null, join: attribute.joinTable! });
          });
        }
      }
    }
    for (const [componentUid, entries] of byType) {
      const ids = await this.createMany(
        componentUid,
        entries.map((e) => e.item.fields),
      );
      const join = entries[0]!.join;
      await this.insert(
        join.name,
        entries.map((e, i) => ({
          [join.joinColumn.name]: e.owner,
          [join.inverseJoinColumn.name]: ids[i],
          component_type: componentUid,
          field: e.field,
          [join.orderColumnName ?? 'order']: e.order,
        })),
      );
      await this.insert(
        MEDIA_LINKS,
        entries.flatMap((e, i) =>
          Object.entries(e.item.media ?? {}).map(([field, file]) => ({
            file_id: file,
            related_id: ids[i],
            related_type: componentUid,
            field,
            order: 1,
          })),
        ),
      );
    }
  }
}

/** A fresh documentId in the shape Strapi makes them (cuid2: 24 lower-case letters and digits, a letter first). */
export function newDocumentId(random: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let id = alphabet[Math.floor(random() * 26)]!;
  while (id.length < 24) id += alphabet[Math.floor(random() * alphabet.length)]!;
  return id;
}
