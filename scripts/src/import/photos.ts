// Inline photos are uploaded once each: the media library name carries the SHA-256 of the bytes,
// so the same photo used by many articles, or seen again on a later run, is found instead of re-sent.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { CmsClient } from './cms-client.ts';
import { PageRefusal, type ImportedPhoto } from './page.ts';

const MIME: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
};

export interface PhotoTally {
  uploaded: number;
  reused: number;
}

/** "anh-<sha256>.jpg": the name the photo has in the media library. */
export function photoName(bytes: Uint8Array, file: string): string {
  return `anh-${createHash('sha256').update(bytes).digest('hex')}${path.extname(file).toLowerCase()}`;
}

/**
 * The address of each photo, by placeholder. In a dry run nothing is uploaded: a photo not yet in
 * the library gets no address and is counted as one that would be uploaded. `seen` holds each
 * photo's lookup-or-upload as it runs, so pages imported side by side that share a photo wait for
 * the one upload instead of each sending it.
 */
export async function placePhotos(
  cms: CmsClient,
  photos: ImportedPhoto[],
  dryRun: boolean,
  tally: PhotoTally,
  seen: Map<string, Promise<string | undefined>>,
): Promise<Map<string, string | undefined>> {
  const urls = new Map<string, string | undefined>();
  for (const photo of photos) {
    const bytes = await fs.readFile(photo.file);
    const name = photoName(bytes, photo.file);
    const earlier = seen.get(name);
    if (earlier) {
      urls.set(photo.token, (await earlier) || undefined);
      tally.reused++;
      continue;
    }
    const placing = (async () => {
      const found = await cms.findFile(name);
      if (found) {
        tally.reused++;
        return found.url;
      }
      const mime = MIME[path.extname(photo.file).toLowerCase()];
      if (!mime) throw new PageRefusal(`Ảnh ${path.basename(photo.file)}: định dạng không hỗ trợ (dùng jpg, png, gif, webp)`);
      tally.uploaded++;
      return dryRun ? undefined : (await cms.uploadFile(name, bytes, mime, photo.caption)).url;
    })();
    seen.set(name, placing);
    try {
      urls.set(photo.token, (await placing) || undefined);
    } catch (e) {
      // A refused photo is looked at again by the next page that has it (and refused again, with its reason).
      seen.delete(name);
      throw e;
    }
  }
  return urls;
}
