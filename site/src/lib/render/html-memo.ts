// Markup that is the same on every page it appears on (an article's entry in a list, a picture's
// <picture> element) is rendered once per build and reused: an article appears in a dozen lists,
// and Astro's <Picture> costs a millisecond per call.
//
// Entries hang off the view-model object the markup is made from (an article, an image): those are
// created once per content sync and never modified, so the object itself says "same content", and
// its markup goes when it goes (a WeakMap: `astro dev` re-syncs without growing). The key names the
// other inputs (heading level, widths...).
const cache = new WeakMap<object, Map<string, string>>();

export async function memoHtml(owner: object, key: string, render: () => Promise<string>): Promise<string> {
  let entries = cache.get(owner);
  if (!entries) cache.set(owner, (entries = new Map()));
  let html = entries.get(key);
  if (html === undefined) {
    html = await render();
    entries.set(key, html);
  }
  return html;
}
