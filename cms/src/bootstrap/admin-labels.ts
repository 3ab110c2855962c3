import type { Core } from '@strapi/strapi';
import { DEFAULT_SORT, FIELD_LABELS, LIST_COLUMNS, MAIN_FIELDS } from './admin-labels.data';

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Configuration = {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, Metadata>;
  layouts?: { list?: string[] };
};
type ConfigService = {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
};

/**
 * The content manager keeps labels in its own store, not in schema.json; writing them at every
 * bootstrap makes a fresh install Vietnamese without anyone clicking through "Configure the view".
 */
export async function applyAdminLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager');
  for (const [uid, labels] of Object.entries(FIELD_LABELS)) {
    const isComponent = !uid.startsWith('api::');
    const service = contentManager.service(isComponent ? 'components' : 'content-types') as ConfigService;
    const model = { uid };
    const configuration = await service.findConfiguration(model);
    const metadatas = { ...(configuration.metadatas ?? {}) };
    for (const [field, [label, description]] of Object.entries(labels)) {
      const current = metadatas[field] ?? {};
      metadatas[field] = {
        ...current,
        edit: { ...current.edit, label, description: description ?? '' },
        list: { ...current.list, label },
      };
    }
    const mainField = MAIN_FIELDS[uid];
    const sort = DEFAULT_SORT[uid];
    const settings = {
      ...configuration.settings,
      ...(mainField ? { mainField, defaultSortBy: mainField, defaultSortOrder: 'ASC' } : {}),
      ...(sort ? { defaultSortBy: sort.by, defaultSortOrder: sort.order } : {}),
    };
    const columns = LIST_COLUMNS[uid];
    const layouts = columns ? { ...configuration.layouts, list: columns } : configuration.layouts;
    await service.updateConfiguration(model, { ...configuration, settings, metadatas, layouts } as Configuration);
  }
}
