// Every Vietnamese string the admin adds to Strapi's own vi.json, one file per Strapi package.
import { viAdmin } from './vi-admin';
import { viContentManager } from './vi-content-manager';
import { viDefaults } from './vi-defaults';
import { viEnums } from './vi-enums';
import { viPlugins } from './vi-plugins';
import { viPluginSettings } from './vi-plugin-settings';
import { viSettings } from './vi-settings';
import { viStrapiCorrections } from './vi-strapi-corrections';
import { viUpload } from './vi-upload';

export { viAdmin, viContentManager, viDefaults, viEnums, viPlugins, viPluginSettings, viSettings, viStrapiCorrections, viUpload };

export const viAdminComplete: Record<string, string> = {
  ...viEnums,
  ...viDefaults,
  ...viAdmin,
  ...viContentManager,
  ...viUpload,
  ...viPlugins,
  ...viSettings,
  ...viPluginSettings,
  ...viStrapiCorrections,
};
