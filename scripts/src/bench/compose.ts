// Plans the synthetic content: what each document, gallery and article says, which picture it
// uses, which documents it cites. Pure (no database): document-writer.ts stores the plan.
//
// Bodies are assembled from the sample articles' and pages' own paragraphs (real text of the old
// sites, normalised as the CMS would store it), behind a generated lead paragraph naming a unit
// and a date, with document numbers in running text as editors write them.
import { normalizeLine, normalizeText, parseDocumentNumber, slugify, uniqueSlug } from '@dbk/shared-types';
import { articles as seedArticles } from '../../../cms/src/seed/data/articles.ts';
import { documents as seedDocuments } from '../../../cms/src/seed/data/documents.ts';
import { pages as seedPages } from '../../../cms/src/seed/data/pages.ts';
import type { Random } from './random.ts';
import {
  DEPARTMENTS,
  DOCUMENT_KINDS,
  EVENTS,
  FAMILY,
  GIVEN,
  ISSUERS,
  KICKERS,
  MIDDLE,
  PHOTO_SUBJECTS,
  POSITIONS,
  SOURCES,
  TOPICS,
  UNITS,
} from './vocabulary.ts';

export interface PlannedDocument {
  documentNumber: string;
  slug: string;
  kind: string;
  title: string;
  issuingBody: string;
  issueDate: string;
  term: string;
  signer: string;
  excerpt: string;
  fullText: string | null;
}

export interface PlannedPhoto {
  /** index into the image pool */
  image: number;
  caption: string;
  credit: string;
}

export interface PlannedGallery {
  title: string;
  slug: string;
  date: Date;
  description: string;
  photos: PlannedPhoto[];
}

export interface PlannedByline {
  name: string;
  position: string | null;
  department: string | null;
}

export interface PlannedArticle {
  title: string;
  slug: string;
  kicker: string | null;
  summary: string;
  body: string;
  displayDate: Date;
  /** category slug */
  category: string;
  bylines: PlannedByline[];
  source: string | null;
  cover: number | null;
  coverCaption: string | null;
  coverCredit: string | null;
  /** indexes into the planned documents */
  relatedDocuments: number[];
  /** index into the planned galleries */
  gallery: number | null;
  featured: boolean;
  seoTitle: string | null;
}

export interface PoolImage {
  key: string;
  label: string;
  hue: number;
  alt: string;
  width: number;
  height: number;
}

export interface Plan {
  images: PoolImage[];
  documents: PlannedDocument[];
  galleries: PlannedGallery[];
  articles: PlannedArticle[];
}

export interface PlanOptions {
  articles: number;
  images: number;
  /** leaf category slugs articles go into */
  categories: string[];
  /** slugs and document keys the CMS has already (the sample content) */
  takenArticleSlugs: Set<string>;
  takenGallerySlugs: Set<string>;
  takenDocumentSlugs: Set<string>;
  takenDocumentKeys: Set<string>;
  /** the newest display date; the rest spread over the ten years before it */
  until: Date;
}

// Proportions of a committee's site over a decade: ~1 document per 20 articles, ~1 album per 50,
// covers on 3 articles in 5 (short news from the units often has none).
export const PROPORTIONS = { documentsPerArticle: 1 / 20, galleriesPerArticle: 1 / 50, coverShare: 0.6 } as const;
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600_000;

const paragraphPool = (() => {
  // Not the contact page: addresses and phone numbers are no article's paragraph.
  const texts = [...seedArticles.map((a) => a.body), ...seedPages.filter((p) => p.slug !== 'lien-he').map((p) => p.body)];
  const blocks = texts.flatMap((t) => normalizeText(t).split(/\n{2,}/u)).map((b) => b.trim());
  // Headings and list items are added by the composer around whole paragraphs.
  return blocks.filter((b) => b.length > 80 && !/^(#|- |\d+\. )/u.test(b));
})();
const sentencePool = paragraphPool
  .flatMap((p) => p.split(/(?<=\.)\s+/u))
  .filter((s) => /^\p{Lu}/u.test(s) && s.length > 40 && s.length < 300);
const excerptPool = seedDocuments.map((d) => normalizeText(d.excerpt));

const pad = (n: number) => String(n).padStart(2, '0');
/** The date as readers see it in Vietnam: d/m/yyyy. */
const viDate = (d: Date) => {
  const local = new Date(d.getTime() + 7 * 3600_000);
  return `${local.getUTCDate()}/${local.getUTCMonth() + 1}/${local.getUTCFullYear()}`;
};
const yearOf = (d: Date) => new Date(d.getTime() + 7 * 3600_000).getUTCFullYear();
const termOf = (year: number) => (year >= 2025 ? '2025 - 2030' : year >= 2020 ? '2020 - 2025' : '2015 - 2020');

/**
 * The slug the CMS gives an entry on save (cms/src/bootstrap/normalise-on-save.ts): the shared rule,
 * made unique with -2, -3..., at most SLUG_MAX_LENGTH characters. A longer one would be cut at the next edit,
 * moving a published URL.
 */
async function slugOf(text: string, taken: Set<string>): Promise<string> {
  const slug = await uniqueSlug(slugify(text), (candidate) => taken.has(candidate));
  taken.add(slug);
  return slug;
}

export async function planContent(random: Random, options: PlanOptions): Promise<Plan> {
  const until = options.until.getTime();
  // Office hours in Vietnam (UTC+7), on a day of the last ten years.
  const dateInDecade = () => {
    const day = Math.floor((until - random.next() * TEN_YEARS_MS) / 86_400_000) * 86_400_000;
    return new Date(Math.min(until, day + (random.int(7, 17) - 7) * 3600_000 + random.int(0, 59) * 60_000));
  };
  const person = () => `${random.pick(FAMILY)} ${random.chance(0.6) ? `${random.pick(MIDDLE)} ` : ''}${random.pick(GIVEN)}`;

  const images: PoolImage[] = Array.from({ length: options.images }, (_, i) => {
    const subject = PHOTO_SUBJECTS[i % PHOTO_SUBJECTS.length]!;
    return {
      key: `bench-anh-${pad(i + 1)}`,
      label: subject,
      hue: (i * 47) % 360,
      alt: `${subject} (ảnh minh họa ${i + 1})`,
      width: 1600,
      height: 900,
    };
  });

  const documents = await planDocuments(
    random,
    options,
    Math.max(1, Math.round(options.articles * PROPORTIONS.documentsPerArticle)),
    dateInDecade,
  );

  const galleries: PlannedGallery[] = [];
  for (let i = 0; i < Math.max(1, Math.round(options.articles * PROPORTIONS.galleriesPerArticle)); i++) {
    const date = dateInDecade();
    const unit = random.pick(UNITS);
    const subject = random.pick(PHOTO_SUBJECTS);
    const title = normalizeLine(`${subject}: ${unit} ${random.pick(EVENTS)} ${yearOf(date)}`);
    const credit = person();
    galleries.push({
      title,
      slug: await slugOf(title, options.takenGallerySlugs),
      date,
      description: normalizeText(`Một số hình ảnh ${subject.toLowerCase()} của ${unit} ngày ${viDate(date)}.`),
      photos: Array.from({ length: random.int(6, 12) }, () => ({
        image: random.int(0, images.length - 1),
        caption: normalizeText(`${random.pick(PHOTO_SUBJECTS)} tại ${unit}.`),
        credit,
      })),
    });
  }

  const articles: PlannedArticle[] = [];
  for (let i = 0; i < options.articles; i++) {
    const date = dateInDecade();
    const unit = random.pick(UNITS);
    const event = random.pick(EVENTS);
    const cited = random.chance(0.4) ? random.int(0, documents.length - 1) : null;
    const title = normalizeLine(articleTitle(random, unit, event, date, cited === null ? null : documents[cited]!));
    const bylines = Array.from({ length: random.chance(0.1) ? 2 : 1 }, (): PlannedByline => {
      if (random.chance(0.15)) return { name: random.pick(DEPARTMENTS), position: null, department: null };
      const r = random.next();
      return {
        name: person(),
        position: r < 0.3 ? random.pick(POSITIONS) : null,
        department: r >= 0.3 && r < 0.7 ? random.pick(DEPARTMENTS) : null,
      };
    });
    const cover = random.chance(PROPORTIONS.coverShare) ? random.int(0, images.length - 1) : null;
    const related = random.chance(0.15)
      ? random.sample(
          documents.map((_, d) => d),
          random.int(1, 2),
        )
      : [];
    articles.push({
      title,
      slug: await slugOf(title, options.takenArticleSlugs),
      kicker: random.chance(0.08) ? random.pick(KICKERS) : null,
      summary: normalizeText(
        `${viDate(date).replace(/\/\d{4}$/u, '')}, ${unit} ${event}${event.endsWith('năm') ? ` ${yearOf(date)}` : ''}. ${random.pick(sentencePool)}`,
      ).slice(0, 1000),
      body: articleBody(random, unit, date, cited === null ? null : documents[cited]!),
      displayDate: date,
      category: random.pick(options.categories),
      bylines,
      source: random.chance(0.2) ? random.pick(SOURCES) : null,
      cover,
      coverCaption: cover === null ? null : normalizeText(`${images[cover]!.label} tại ${unit}.`),
      coverCredit: cover === null ? null : bylines[0]!.name,
      relatedDocuments: related,
      gallery: random.chance(0.03) ? random.int(0, galleries.length - 1) : null,
      featured: random.chance(0.01),
      seoTitle: random.chance(0.02) ? title.slice(0, 70) : null,
    });
  }
  return { images, documents, galleries, articles };
}

async function planDocuments(random: Random, options: PlanOptions, count: number, dateInDecade: () => Date): Promise<PlannedDocument[]> {
  const weighted = DOCUMENT_KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
  const counters = new Map<string, number>();
  const documents: PlannedDocument[] = [];
  while (documents.length < count) {
    const kind = random.pick(weighted);
    const issuer = random.pick(ISSUERS);
    // Numbers run per kind and issuer, skipping those the sample content uses already.
    let documentNumber: string;
    for (;;) {
      const n = (counters.get(kind.abbr + issuer.abbr) ?? 0) + 1;
      counters.set(kind.abbr + issuer.abbr, n);
      documentNumber = `${pad(n)}-${kind.abbr}/${issuer.abbr}`;
      const key = parseDocumentNumber(documentNumber)!.key;
      if (!options.takenDocumentKeys.has(key)) {
        options.takenDocumentKeys.add(key);
        break;
      }
    }
    const issued = dateInDecade();
    const year = yearOf(issued);
    const excerpt = random.pick(excerptPool);
    documents.push({
      documentNumber,
      slug: await slugOf(documentNumber, options.takenDocumentSlugs),
      kind: kind.kind,
      title: normalizeLine(`${kind.word} về ${random.pick(TOPICS)} giai đoạn ${year} - ${year + 5}`),
      issuingBody: issuer.body,
      issueDate: new Date(issued.getTime() + 7 * 3600_000).toISOString().slice(0, 10),
      term: termOf(year),
      signer: issuer.signer,
      excerpt,
      fullText: random.chance(0.1) ? random.sample(paragraphPool, random.int(3, 8)).join('\n\n') : null,
    });
  }
  return documents;
}

function articleTitle(random: Random, unit: string, event: string, date: Date, cited: PlannedDocument | null): string {
  const year = yearOf(date);
  if (cited && random.chance(0.5)) {
    const word = DOCUMENT_KINDS.find((k) => k.kind === cited.kind)!.word;
    return `${unit} học tập, quán triệt ${word} số ${cited.documentNumber} của ${cited.issuingBody}`;
  }
  const r = random.next();
  if (r < 0.6) return `${unit} ${event}${event.endsWith('năm') ? ` ${year}` : event.endsWith('nhiệm kỳ') ? ` ${termOf(year)}` : ''}`;
  if (r < 0.8) return `${unit}: nâng cao hiệu quả ${random.pick(TOPICS)}`;
  return `Đẩy mạnh ${random.pick(TOPICS)} tại ${unit} năm ${year}`;
}

function articleBody(random: Random, unit: string, date: Date, cited: PlannedDocument | null): string {
  // Sample articles: median about 1,000 characters, a long tail past 4,000.
  const target = Math.min(9000, Math.max(400, random.logNormal(1100, 0.55)));
  const parts: string[] = [];
  parts.push(
    `Ngày ${viDate(date)}, ${unit} ${random.pick(EVENTS)}. Dự hội nghị có đại diện lãnh đạo Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh, cấp ủy và toàn thể đảng viên trong đảng bộ.`,
  );
  if (cited) {
    const word = DOCUMENT_KINDS.find((k) => k.kind === cited.kind)!.word;
    parts.push(
      `Thực hiện ${word} số ${cited.documentNumber} ngày ${cited.issueDate.split('-').reverse().map(Number).join('/')} của ${cited.issuingBody} về ${random.pick(TOPICS)}, ` +
        `${unit} đã xây dựng kế hoạch, phân công nhiệm vụ cụ thể cho từng chi bộ. ${random.pick(sentencePool)}`,
    );
  }
  let length = parts.join('\n\n').length;
  while (length < target) {
    const block = random.chance(0.08)
      ? `## ${random.pick(['Kết quả nổi bật', 'Nhiệm vụ thời gian tới', 'Một số hạn chế'])}\n\n${random
          .sample(sentencePool, random.int(2, 4))
          .map((s) => `- ${s}`)
          .join('\n')}`
      : random.pick(paragraphPool);
    parts.push(block);
    length += block.length + 2;
  }
  return normalizeText(parts.join('\n\n'));
}
