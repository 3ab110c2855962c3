/** Strapi looks plugin strings up as "<plugin id>.<key>"; the files list them as in the plugin's en.json. */
export function prefixed(pluginId: string, messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(messages).map(([key, value]) => [`${pluginId}.${key}`, value]));
}
