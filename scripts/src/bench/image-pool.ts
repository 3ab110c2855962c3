// The pictures covers and albums draw from: generated locally exactly as the sample content's
// (sharp renders an SVG gradient with a caption to JPEG) and uploaded through Strapi's upload
// service, so each has its responsive formats and a row in the media library like an editor's.
import type { FreshCms } from './fresh-cms.ts';
import type { PoolImage } from './compose.ts';

type Upload = (strapi: unknown, image: PoolImage) => Promise<number>;

/** Uploads the pool, two at a time (the machine has two cores); returns upload file ids in order. */
export async function uploadImagePool(cms: FreshCms, images: PoolImage[], onProgress: (done: number) => void): Promise<number[]> {
  const { uploadSampleImage } = cms.load<{ uploadSampleImage: Upload }>('seed/images.js');
  const ids: number[] = new Array(images.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < images.length) {
      const i = next++;
      ids[i] = await uploadSampleImage(cms.strapi, images[i]!);
      onProgress(++done);
    }
  };
  await Promise.all([worker(), worker()]);
  return ids;
}
