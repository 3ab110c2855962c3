// A category (populate.ts `categories`: its parent, for two-level menus).
import { categorySchema as rawCategory } from '@dbk/shared-types';
import type { z } from 'zod';
import { required } from './populated';

export const categorySchema = () =>
  rawCategory.extend({ parent: required(rawCategory.shape.parent) }).transform((raw) => ({
    id: raw.documentId,
    name: raw.name,
    slug: raw.slug,
    description: raw.description ?? null,
    order: raw.order ?? 0,
    parent: raw.parent ? { name: raw.parent.name, slug: raw.parent.slug } : null,
  }));

export type CategoryVM = z.output<ReturnType<typeof categorySchema>>;
