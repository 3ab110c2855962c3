// The picture a link shows when it is shared (Open Graph, X/Twitter cards, JSON-LD): copied into
// the build at 1200×630, the size the networks show large, so it is served from the site itself
// (the CMS may be private, and an original can be 4,000 px wide). A page with no picture of its
// own shares the site's emblem, so every page has one.
import { getImage } from 'astro:assets';
import emblem from '../assets/share-default.png';
import type { ImageVM } from './cms/view-models';

export interface ShareImage {
  /** absolute URL on the site */
  url: string;
  width: number;
  height: number;
  alt: string;
  type: string;
}

const WIDTH = 1200;
const HEIGHT = 630;

/** The emblem's copy, made once per process: every list page shares it, and getImage costs each call. */
let emblemImage: ReturnType<typeof getImage> | undefined;

export async function shareImage(image: ImageVM | null | undefined, site: URL, fallbackAlt: string): Promise<ShareImage> {
  const made = image
    ? await getImage({ src: image.src, width: WIDTH, height: HEIGHT, fit: 'cover', format: 'jpeg', quality: 80 })
    : await (emblemImage ??= getImage({ src: emblem, width: WIDTH, height: HEIGHT, format: 'png' }));
  return {
    url: new URL(made.src, site).href,
    width: WIDTH,
    height: HEIGHT,
    alt: image?.alt || fallbackAlt,
    type: image ? 'image/jpeg' : 'image/png',
  };
}
