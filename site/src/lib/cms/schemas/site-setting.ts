// The site's settings (populate.ts `siteSetting`: logo, menu with sub-items, key figures).
import { siteSettingSchema as rawSetting } from '@dbk/shared-types';
import { z } from 'zod';
import type { Media } from '../media';
import { menuItemPopulated, required } from './populated';

export const siteSettingSchema = (media: Media) =>
  rawSetting
    .extend({ logo: required(rawSetting.shape.logo), menu: z.array(menuItemPopulated), keyFigures: required(rawSetting.shape.keyFigures) })
    .transform((raw) => ({
      siteName: raw.siteName,
      provinceName: raw.provinceName,
      shortName: raw.shortName ?? null,
      description: raw.description ?? null,
      logo: media.image(raw.logo, raw.siteName),
      address: raw.address ?? null,
      phone: raw.phone ?? null,
      email: raw.email ?? null,
      responsibleAgency: raw.responsibleAgency,
      editorInChief: raw.editorInChief,
      licence: raw.licence ?? null,
      bannerPrefix: raw.bannerPrefix,
      menu: raw.menu.map((m) => ({ label: m.label, url: m.url, children: m.children.map((c) => ({ label: c.label, url: c.url })) })),
      keyFigures: raw.keyFigures.map((k) => ({ label: k.label, value: k.value, unit: k.unit ?? null })),
    }));

export type SiteSettingVM = z.output<ReturnType<typeof siteSettingSchema>>;
