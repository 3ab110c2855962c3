// A video (populate.ts `videos`: its file and poster).
import { videoSchema as rawVideo } from '@dbk/shared-types';
import type { z } from 'zod';
import type { Media } from '../media';
import { required } from './populated';

export const videoSchema = (media: Media) =>
  rawVideo.extend({ file: required(rawVideo.shape.file), poster: required(rawVideo.shape.poster) }).transform((raw) => ({
    id: raw.documentId,
    title: raw.title,
    slug: raw.slug,
    date: new Date(raw.date),
    description: raw.description ?? null,
    file: raw.file ? media.file(raw.file) : null,
    externalUrl: raw.externalUrl ?? null,
    poster: media.image(raw.poster, raw.title),
    updatedAt: new Date(raw.updatedAt ?? raw.date),
  }));

export type VideoVM = z.output<ReturnType<typeof videoSchema>>;
