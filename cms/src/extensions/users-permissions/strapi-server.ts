// Readers never log in to this site, so the users-permissions "User" collection is empty and only
// confused staff in the content manager's sidebar ("User", in English). Hiding it there keeps the
// plugin (its roles grant the public read permissions) and the API untouched.
type ContentType = { pluginOptions?: Record<string, Record<string, unknown>> };
type Plugin = { contentTypes: Record<string, { schema: ContentType }> };

export default (plugin: Plugin): Plugin => {
  const user = plugin.contentTypes.user?.schema;
  if (user)
    user.pluginOptions = { ...user.pluginOptions, 'content-manager': { ...user.pluginOptions?.['content-manager'], visible: false } };
  return plugin;
};
