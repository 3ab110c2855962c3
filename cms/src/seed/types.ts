// Shapes of the sample content. Relations are named by slug (or document number), images are
// described and generated locally at seed time: nothing is fetched from the internet.

export type Status = 'published' | 'draft';

/** A picture generated with sharp from an SVG: a coloured gradient with a short label. */
export interface SeedImage {
  /** unique file name without extension, e.g. "hoi-nghi-bch-lan-20" */
  key: string;
  /** short text drawn on the picture */
  label: string;
  /** hue 0-360 of the gradient */
  hue: number;
  /** alt text */
  alt: string;
  width?: number;
  height?: number;
}

export interface SeedCategory { name: string; slug: string; description?: string; order: number; parent?: string }

export interface SeedByline { name: string; position?: string; department?: string }

export interface SeedArticle {
  title: string;
  kicker?: string;
  summary?: string;
  /** Markdown */
  body: string;
  /** ISO 8601 with the +07:00 offset, the date and time shown to readers */
  displayDate: string;
  category: string;
  bylines?: SeedByline[];
  source?: string;
  cover?: SeedImage;
  coverCaption?: string;
  coverCredit?: string;
  /** document numbers as written in the document entries */
  relatedDocuments?: string[];
  featured?: boolean;
  gallery?: string;
  status: Status;
}

export type DocumentKind =
  | 'nghi_quyet' | 'chi_thi' | 'quy_dinh' | 'quyet_dinh' | 'ket_luan' | 'huong_dan' | 'ke_hoach'
  | 'de_an' | 'thong_bao' | 'bao_cao' | 'van_kien_dai_hoi' | 'chuong_trinh' | 'cong_van' | 'khac';

export interface SeedDocument {
  documentNumber: string;
  kind: DocumentKind;
  title?: string;
  issuingBody: string;
  /** YYYY-MM-DD */
  issueDate: string;
  term?: string;
  signer?: string;
  excerpt: string;
  fullText?: string;
  /** congress slug */
  congress?: string;
  secret?: boolean;
  status: Status;
}

export interface SeedCongress {
  name: string; slug: string; ordinal: number; term: string; startDate: string; endDate?: string;
  place?: string; summary?: string; gallery?: string; status: Status;
}

export interface SeedAnniversary {
  subject: string; originalDate: string; recurrence: 'moi_nam' | 'nam_chan'; roundEvery?: number;
  daysBefore?: number; daysAfter?: number; order: number; active?: boolean;
}

export interface SeedPhoto { image: SeedImage; caption?: string; credit?: string }

export interface SeedGallery { title: string; slug: string; date: string; description?: string; photos: SeedPhoto[]; status: Status }

export interface SeedVideo {
  title: string; slug: string; date: string; description?: string; externalUrl?: string; poster?: SeedImage; status: Status;
}

export interface SeedPage { title: string; slug: string; summary?: string; body: string; order: number; status: Status }

export interface SeedLinkedSite { name: string; url: string; order: number; logo?: SeedImage }

export interface SeedMenuItem { label: string; url: string; children?: Array<{ label: string; url: string }> }

export interface SeedSiteSetting {
  siteName: string; provinceName: string; shortName?: string; description?: string;
  address?: string; phone?: string; email?: string; responsibleAgency: string; editorInChief: string;
  licence?: string; bannerPrefix: string; menu: SeedMenuItem[];
  keyFigures: Array<{ label: string; value: number; unit?: string }>;
  logo?: SeedImage;
}

export interface SampleContent {
  categories: SeedCategory[];
  documents: SeedDocument[];
  congresses: SeedCongress[];
  galleries: SeedGallery[];
  articles: SeedArticle[];
  anniversaries: SeedAnniversary[];
  videos: SeedVideo[];
  pages: SeedPage[];
  linkedSites: SeedLinkedSite[];
  siteSetting: SeedSiteSetting;
}
