// An approved comment (the endpoint never returns pending ones, emails or statuses).
import { publicCommentSchema } from '@dbk/shared-types';
import type { z } from 'zod';

export const commentSchema = () =>
  publicCommentSchema.transform((raw) => ({
    id: raw.documentId,
    /** documentId of the article */
    articleId: raw.articleId,
    name: raw.name,
    text: raw.text,
    date: new Date(raw.createdAt),
  }));

export type CommentVM = z.output<ReturnType<typeof commentSchema>>;
