// Formats shared by the interaction components (at build time) and the browser script, so a
// baked comment and a live one read the same. The rules themselves live in shared-types
// (dependency-free: it ships to browsers).
import { formatDateTimeVi, formatNumber } from '@dbk/shared-types/vi-display';

/** 4521 → "4.521" */
export const formatCount = formatNumber;

/** "17/08/2020 08:33", Việt Nam time whatever the reader's or the build machine's zone. */
export const formatCommentDate = formatDateTimeVi;

/** What a box shows until (or instead of, when the CMS is down) the real figure. */
export const PLACEHOLDER = '–';
