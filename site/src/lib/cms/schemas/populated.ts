// What populate.ts fetches is required here. The shared contract marks relations, media and
// components optional (Strapi leaves them out unless asked); the site always asks for the ones it
// shows, so an absent one means populate.ts forgot it: fetch-all.ts then stops the build naming
// the entry and the field, instead of the pages silently showing nothing.
import { menuItemSchema, photoSchema, seoSchema } from '@dbk/shared-types';
import type { z } from 'zod';

/** A relation, media or component field the site's populate object asks for. */
export const required = <T extends z.ZodType>(field: z.ZodOptional<T>): T => field.unwrap();

/** The `seo` component with its share image (`seo: { populate: { ogImage } }`). */
export const seoPopulated = seoSchema.extend({ ogImage: required(seoSchema.shape.ogImage) }).nullable();

/** A gallery photo with its image (`photos: { populate: { image } }`). */
export const photoPopulated = photoSchema.extend({ image: required(photoSchema.shape.image) });

/** A menu item with its sub-items (`menu: { populate: { children } }`). */
export const menuItemPopulated = menuItemSchema.extend({ children: required(menuItemSchema.shape.children) });
