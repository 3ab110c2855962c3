export * from './text.js';
export * from './fold.js';
export * from './slug.js';
export * from './document-number.js';
export * from './content/common.js';
export * from './content/components.js';
export * from './content/document-kinds.js';
export * from './content/entries.js';
