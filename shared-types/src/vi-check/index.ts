// The Vietnamese text check shared by the importer and the admin: legacy encodings converted (and
// said so), then typing defects found for the editor to fix one by one.
import { findDefects, type Finding } from './findings.js';
import { convertLegacy, type LegacyConversion } from './legacy-encoding.js';

export { applyFix, findDefects, splitGlued, type Finding, type FindingKind } from './findings.js';
export { convertLegacy, type LegacyConversion, type LegacyEncoding } from './legacy-encoding.js';
export { isSyllable } from './syllable.js';

export interface TextCheck {
  /** the text after legacy conversion (the same text when there was none) */
  text: string;
  conversion?: LegacyConversion;
  findings: Finding[];
}

export function checkVietnamese(input: string): TextCheck {
  const { text, conversion } = convertLegacy(input);
  return { text, ...(conversion ? { conversion } : {}), findings: findDefects(text) };
}

/** "Đã chuyển 12 từ từ mã TCVN3 sang Unicode (§¶ng → Đảng, …)": what the operator is told. */
export function describeConversion(c: LegacyConversion): string {
  const examples = c.examples.map(([from, to]) => `${from} → ${to}`).join(', ');
  return `Đã chuyển ${c.words} từ từ mã ${c.encoding} sang Unicode (${examples})`;
}
