// Every Vietnamese string the admin adds to Strapi's own vi.json, one file per Strapi package.
import { viAdmin } from './vi-admin';
import { viContentManager } from './vi-content-manager';
import { viEnums } from './vi-enums';
import { viPlugins } from './vi-plugins';
import { viUpload } from './vi-upload';

export { viAdmin, viContentManager, viEnums, viPlugins, viUpload };

export const viAdminComplete: Record<string, string> = { ...viEnums, ...viAdmin, ...viContentManager, ...viUpload, ...viPlugins };
