// A photo album (populate.ts `galleries`: photos with their images).
import { gallerySchema as rawGallery } from '@dbk/shared-types';
import { z } from 'zod';
import type { Media } from '../media';
import { photoPopulated } from './populated';

export const gallerySchema = (media: Media) =>
  rawGallery.extend({ photos: z.array(photoPopulated) }).transform((raw) => ({
    id: raw.documentId,
    title: raw.title,
    slug: raw.slug,
    date: new Date(raw.date),
    description: raw.description ?? null,
    // A photo whose image was deleted from the media library has nothing to show.
    photos: raw.photos.flatMap((p) => {
      const image = media.image(p.image, p.caption ?? raw.title);
      return image ? [{ image, caption: p.caption ?? null, credit: p.credit ?? null }] : [];
    }),
    updatedAt: new Date(raw.updatedAt ?? raw.date),
  }));

export type GalleryVM = z.output<ReturnType<typeof gallerySchema>>;
