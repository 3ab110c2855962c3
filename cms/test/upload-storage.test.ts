// The upload storage wiring: which provider config/plugins.ts hands Strapi for which environment.
// The S3 provider itself is Strapi's; what is ours is turning UPLOAD_S3_* into its options.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import plugins from '../config/plugins';
import { readCmsEnv } from '../src/lib/env';
import { uploadOrigins as originsOf, uploadProviderFromEnv as providerOf } from '../src/lib/upload-storage';

// The functions take the parsed environment (lib/env.ts); these take raw variables, as .env holds them.
const uploadProviderFromEnv = (raw: Record<string, string>) => providerOf(readCmsEnv(raw));
const uploadOrigins = (raw: Record<string, string>) => originsOf(readCmsEnv(raw));

const MINIO = {
  UPLOAD_S3_BUCKET: 'dangbo-uploads',
  UPLOAD_S3_ENDPOINT: 'http://127.0.0.1:9000',
  UPLOAD_S3_FORCE_PATH_STYLE: 'true',
  UPLOAD_S3_ACCESS_KEY_ID: 'minio-khoa',
  UPLOAD_S3_SECRET_ACCESS_KEY: 'minio-bi-mat',
};

describe('upload storage from the environment', () => {
  it('keeps the local folder when no bucket is set', () => {
    expect(uploadProviderFromEnv({})).toBeNull();
    expect(uploadOrigins({})).toEqual([]);
  });

  it('builds the official S3 provider config for an S3-compatible server', () => {
    expect(uploadProviderFromEnv({ ...MINIO, UPLOAD_S3_ROOT_PATH: '/dangbo/', UPLOAD_S3_ACL: 'public-read' })).toEqual({
      provider: 'aws-s3',
      providerOptions: {
        rootPath: 'dangbo',
        s3Options: {
          region: 'us-east-1',
          endpoint: 'http://127.0.0.1:9000',
          forcePathStyle: true,
          credentials: { accessKeyId: 'minio-khoa', secretAccessKey: 'minio-bi-mat' },
          params: { Bucket: 'dangbo-uploads', ACL: 'public-read' },
        },
      },
      actionOptions: { upload: {}, uploadStream: {}, delete: {} },
    });
    expect(uploadOrigins(MINIO)).toEqual(['http://127.0.0.1:9000']);
  });

  it('on AWS without keys uses the region, the machine role and a CDN address when given', () => {
    const env = { UPLOAD_S3_BUCKET: 'dangbo', UPLOAD_S3_REGION: 'ap-southeast-1' };
    const config = uploadProviderFromEnv(env)!;
    expect(config.providerOptions.s3Options).toEqual({ region: 'ap-southeast-1', params: { Bucket: 'dangbo' } });
    expect(uploadOrigins(env)).toEqual(['https://dangbo.s3.ap-southeast-1.amazonaws.com']);
    const cdn = { ...env, UPLOAD_S3_BASE_URL: 'https://media.dangbokhoi.example/tep/' };
    expect(uploadProviderFromEnv(cdn)!.providerOptions.baseUrl).toBe('https://media.dangbokhoi.example/tep');
    expect(uploadOrigins(cdn)).toEqual(['https://media.dangbokhoi.example']);
  });

  it('refuses an incomplete setup with a Vietnamese message naming what is wrong', () => {
    expect(() => uploadProviderFromEnv({ UPLOAD_S3_BUCKET: 'dangbo' })).toThrow('thiếu UPLOAD_S3_REGION');
    expect(() => uploadProviderFromEnv({ ...MINIO, UPLOAD_S3_SECRET_ACCESS_KEY: '' })).toThrow('phải đặt cùng nhau');
    expect(() => uploadProviderFromEnv({ ...MINIO, UPLOAD_S3_ENDPOINT: 'khong-phai-url' })).toThrow(
      'UPLOAD_S3_ENDPOINT phải là một địa chỉ URL (ví dụ https://ten-mien.vn), nhận được "khong-phai-url"',
    );
    // An unknown switch word is refused, not read as "off" (it used to be: only "true" and "1" counted).
    expect(() => uploadProviderFromEnv({ ...MINIO, UPLOAD_S3_FORCE_PATH_STYLE: 'co' })).toThrow(
      'UPLOAD_S3_FORCE_PATH_STYLE phải là một trong',
    );
  });

  it('is what config/plugins.ts gives the upload plugin, next to the size limit', () => {
    const env = (key: string, fallback?: string) => process.env[key] ?? fallback ?? '';
    const saved = { ...process.env };
    try {
      Object.assign(process.env, MINIO);
      const upload = plugins({ env }).upload.config;
      expect(upload).toMatchObject({
        sizeLimit: 200 * 1024 * 1024,
        provider: 'aws-s3',
        providerOptions: { s3Options: { params: { Bucket: 'dangbo-uploads' } } },
      });
      for (const key of Object.keys(MINIO)) delete process.env[key];
      expect(plugins({ env }).upload.config).toEqual({ sizeLimit: 200 * 1024 * 1024 });
    } finally {
      process.env = saved;
    }
  });

  it('names a provider Strapi can load: the pinned official package', () => {
    // Strapi resolves provider "aws-s3" to @strapi/provider-upload-aws-s3 from the CMS folder.
    const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'package.json'));
    const provider = require('@strapi/provider-upload-aws-s3') as { init?: unknown; default?: { init?: unknown } };
    expect(typeof (provider.init ?? provider.default?.init)).toBe('function');
  });
});
