/**
 * Where uploads are stored, from the environment: the local folder (public/uploads, the default)
 * or, when UPLOAD_S3_BUCKET is set, an S3-compatible bucket through Strapi's official provider
 * `@strapi/provider-upload-aws-s3` (AWS, MinIO, Cloudflare R2, Wasabi, ...). Several CMS instances
 * must use a bucket: a file uploaded through one instance is not on the other's disk.
 */
import { cmsEnv, type CmsEnv } from './env';

export interface S3UploadConfig {
  provider: 'aws-s3';
  providerOptions: {
    baseUrl?: string;
    rootPath?: string;
    s3Options: {
      region: string;
      endpoint?: string;
      forcePathStyle?: boolean;
      credentials?: { accessKeyId: string; secretAccessKey: string };
      params: { Bucket: string; ACL?: string };
    };
  };
  actionOptions: { upload: object; uploadStream: object; delete: object };
}

/**
 * Null for local storage; the provider's config for S3; throws (in Vietnamese) on an incomplete S3
 * setup. Each value's own form (an address, a switch) is checked by the reader (lib/env.ts); what
 * is checked here is how they fit together.
 */
export function uploadProviderFromEnv(env: CmsEnv = cmsEnv()): S3UploadConfig | null {
  const bucket = env.UPLOAD_S3_BUCKET;
  if (!bucket) return null;
  const problems: string[] = [];
  const endpoint = env.UPLOAD_S3_ENDPOINT;
  const region = env.UPLOAD_S3_REGION || (endpoint ? 'us-east-1' : '');
  if (!region) problems.push('thiếu UPLOAD_S3_REGION (hoặc UPLOAD_S3_ENDPOINT cho dịch vụ tương thích S3)');
  const keyId = env.UPLOAD_S3_ACCESS_KEY_ID;
  const secret = env.UPLOAD_S3_SECRET_ACCESS_KEY;
  // Both or neither: without keys the AWS SDK uses the machine's role (EC2/ECS), which is fine.
  if (Boolean(keyId) !== Boolean(secret)) problems.push('UPLOAD_S3_ACCESS_KEY_ID và UPLOAD_S3_SECRET_ACCESS_KEY phải đặt cùng nhau');
  if (problems.length) throw new Error(`Cấu hình lưu tệp tải lên S3 chưa đúng: ${problems.join('; ')}.`);

  const acl = env.UPLOAD_S3_ACL;
  const baseUrl = env.UPLOAD_S3_BASE_URL;
  const rootPath = env.UPLOAD_S3_ROOT_PATH?.replace(/^\/+|\/+$/g, '');
  return {
    provider: 'aws-s3',
    providerOptions: {
      // Public address of the files (a CDN or the bucket's website); without it the provider
      // links to the bucket's own URL.
      ...(baseUrl ? { baseUrl } : {}),
      // Several installs can share a bucket, each under its own folder.
      ...(rootPath ? { rootPath } : {}),
      s3Options: {
        region,
        ...(endpoint ? { endpoint } : {}),
        // MinIO and most self-hosted S3 servers only serve bucket-in-path URLs.
        ...(env.UPLOAD_S3_FORCE_PATH_STYLE ? { forcePathStyle: true } : {}),
        ...(keyId && secret ? { credentials: { accessKeyId: keyId, secretAccessKey: secret } } : {}),
        params: { Bucket: bucket, ...(acl ? { ACL: acl } : {}) },
      },
    },
    actionOptions: { upload: {}, uploadStream: {}, delete: {} },
  };
}

/**
 * Origins the admin panel must be allowed to load images and videos from (Content-Security-Policy
 * of strapi::security): the files' public address, or the bucket's endpoint. Empty for local storage.
 */
export function uploadOrigins(env: CmsEnv = cmsEnv()): string[] {
  const config = uploadProviderFromEnv(env);
  if (!config) return [];
  const { baseUrl, s3Options } = config.providerOptions;
  const bucket = s3Options.params.Bucket;
  if (baseUrl) return [new URL(baseUrl).origin];
  if (s3Options.endpoint) {
    const endpoint = new URL(s3Options.endpoint);
    return [s3Options.forcePathStyle ? endpoint.origin : `${endpoint.protocol}//${bucket}.${endpoint.host}`];
  }
  return [`https://${bucket}.s3.${s3Options.region}.amazonaws.com`];
}
