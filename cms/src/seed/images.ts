import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import type { SeedImage } from './types';

type UploadedFile = { id: number };

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A gradient picture with a caption drawn in a system font: sample images without the internet. */
export function renderSampleImage(image: SeedImage): Promise<Buffer> {
  const width = image.width ?? 1600;
  const height = image.height ?? 900;
  const { hue, label } = image;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="hsl(${hue},70%,38%)"/><stop offset="1" stop-color="hsl(${(hue + 50) % 360},65%,22%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#g)"/>
  <circle cx="${width * 0.8}" cy="${height * 0.3}" r="${height * 0.22}" fill="hsl(${(hue + 180) % 360},80%,70%)" opacity="0.25"/>
  <rect x="0" y="${height * 0.72}" width="100%" height="${height * 0.28}" fill="#000" opacity="0.35"/>
  <text x="${width * 0.05}" y="${height * 0.86}" font-family="DejaVu Sans, sans-serif" font-size="${Math.round(height * 0.07)}" fill="#fff">${escapeXml(label)}</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80, mozjpeg: true }).toBuffer();
}

/** Uploads a generated picture once; a second seed run finds it by name and reuses it. */
export async function uploadSampleImage(strapi: Core.Strapi, image: SeedImage): Promise<number> {
  const name = `${image.key}.jpg`;
  const existing = (await strapi.db.query('plugin::upload.file').findOne({ where: { name } })) as UploadedFile | null;
  if (existing) return existing.id;
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'dbk-seed-'));
  const filepath = path.join(dir, name);
  try {
    const bytes = await renderSampleImage(image);
    await fs.writeFile(filepath, bytes);
    const upload = strapi.plugin('upload').service('upload') as {
      upload(input: unknown): Promise<UploadedFile[]>;
    };
    const [file] = await upload.upload({
      data: { fileInfo: { name, alternativeText: image.alt, caption: image.alt } },
      files: { filepath, originalFilename: name, mimetype: 'image/jpeg', size: bytes.length },
    });
    if (!file) throw new Error(`Tải ảnh mẫu ${name} thất bại`);
    return file.id;
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
