// HTML of an old article → the Markdown the CMS stores (the editor's own format), with Turndown.
import TurndownService from 'turndown';

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
// Old portals lay photos out in tables and put scripts and share buttons in the article.
turndown.remove(['script', 'style', 'noscript', 'iframe', 'form', 'button']);

export function htmlToMarkdown(html: string): string {
  return turndown
    .turndown(html)
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}
