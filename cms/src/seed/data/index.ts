import type { SampleContent } from '../types';
import { categories } from './categories';
import { documents } from './documents';
import { congresses } from './congresses';
import { galleries } from './galleries';
import { articles } from './articles';
import { anniversaries } from './anniversaries';
import { videos } from './videos';
import { pages } from './pages';
import { linkedSites } from './linked-sites';
import { siteSetting } from './site-setting';

export const sampleContent: SampleContent = {
  categories,
  documents,
  congresses,
  galleries,
  articles,
  anniversaries,
  videos,
  pages,
  linkedSites,
  siteSetting,
};
