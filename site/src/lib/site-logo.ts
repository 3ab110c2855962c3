// The organisation's logo for structured data (JSON-LD Organization, an article's publisher):
// copied into the build as a square PNG, so it is served from the site itself like the shared
// pictures (share-image.ts). The CMS logo when there is one, else the emblem's centre.
import { getImage } from 'astro:assets';
import emblem from '../assets/share-default.png';
import type { ImageVM } from './cms/view-models';

export interface SiteLogo {
  /** absolute URL on the site */
  url: string;
  width: number;
  height: number;
}

// Search engines want a logo of at least 112 px; 512 is sharp everywhere and small.
const SIZE = 512;

export async function siteLogo(logo: ImageVM | null, site: URL): Promise<SiteLogo> {
  const made = await getImage({ src: logo?.src ?? emblem, width: SIZE, height: SIZE, fit: logo ? 'contain' : 'cover', format: 'png' });
  return { url: new URL(made.src, site).href, width: SIZE, height: SIZE };
}
