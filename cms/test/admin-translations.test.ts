// The admin's Vietnamese (cms/src/admin/translations) stays true to Strapi's English: every key
// still exists in the installed Strapi's en.json (an upgrade that renames a key fails here, not
// silently in front of staff), and every translation keeps exactly the English placeholders and
// tags. The build-time rewrites still find their text in the installed Strapi.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  viAdmin,
  viAdminComplete,
  viContentManager,
  viEnums,
  viPlugins,
  viPluginSettings,
  viSettings,
  viStrapiCorrections,
  viUpload,
} from '../src/admin/translations';
import { DEFAULT_IDS } from '../src/admin/translations/vi-defaults';
import { applyRewrites, REWRITES } from '../src/admin/strapi-string-rewrites';
import { STRAPI_ENGLISH as ENGLISH, strapiFile } from './admin/strapi-english';
import { englishIn } from './admin/english-words';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function englishOf(key: string, packages: string[]): string | undefined {
  for (const name of packages) {
    const { prefix, messages } = ENGLISH[name]!;
    if (key.startsWith(prefix) && key.slice(prefix.length) in messages) return messages[key.slice(prefix.length)];
  }
  return undefined;
}

/** The argument names and tag names of an ICU message, sorted, with repeats kept. */
function placeholders(message: string): string[] {
  const found: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time)
        found.push(`{${element.value}}`);
      if (element.type === TYPE.select || element.type === TYPE.plural) {
        found.push(`{${element.value}}`);
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) {
        found.push(`<${element.value}>`);
        walk(element.children);
      }
    }
  };
  // A few English strings hold an e-mail address in angle brackets, which is no ICU tag: read those
  // with tags off, as react-intl falls back to.
  let elements: MessageFormatElement[];
  try {
    elements = parse(message);
  } catch {
    elements = parse(message, { ignoreTag: true });
  }
  walk(elements);
  return [...new Set(found)].sort();
}

/** The text a message shows, without its ICU syntax (argument names, plural and select keywords). */
function literalText(message: string): string {
  const parts: string[] = [];
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal) parts.push(element.value);
      if (element.type === TYPE.select || element.type === TYPE.plural)
        for (const option of Object.values(element.options)) {
          parts.push(' ');
          walk(option.value);
        }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  try {
    walk(parse(message));
  } catch {
    // Strapi has a few selects without "other" that the strict parser refuses: drop every group.
    let flat = message;
    while (/\{[^{}]*\}/.test(flat)) flat = flat.replace(/\{[^{}]*\}/g, ' ');
    return flat;
  }
  return parts.join('');
}

/** Strapi's own Vietnamese for a package of STRAPI_ENGLISH: its vi.json next to the en.json. */
function strapiVietnamese(name: string): Record<string, string> {
  const file = STRAPI_VI_FILES[name]!;
  if (!existsSync(strapiFile(file))) return {};
  const loaded = require(strapiFile(file)) as { default?: Record<string, string> } & Record<string, string>;
  return loaded.default ?? loaded;
}
const STRAPI_VI_FILES: Record<string, string> = {
  admin: '@strapi/admin/dist/admin/admin/src/translations/vi.json.js',
  'content-manager': '@strapi/content-manager/dist/admin/translations/vi.json.js',
  upload: '@strapi/upload/dist/admin/translations/vi.json.js',
  i18n: '@strapi/i18n/dist/admin/translations/vi.json.js',
  'content-releases': '@strapi/content-releases/dist/admin/translations/vi.json.js',
  'users-permissions': '@strapi/plugin-users-permissions/dist/admin/translations/vi.json.js',
  email: '@strapi/email/dist/admin/translations/vi.json.js',
};

const FILES: Array<[string, Record<string, string>, string[]]> = [
  ['vi-admin.ts', viAdmin, ['admin']],
  ['vi-content-manager.ts', viContentManager, ['content-manager']],
  ['vi-upload.ts', viUpload, ['upload']],
  ['vi-plugins.ts', viPlugins, ['i18n', 'content-releases']],
  ['vi-settings.ts', viSettings, ['admin', 'content-manager', 'upload']],
  ['vi-plugin-settings.ts', viPluginSettings, ['i18n', 'content-releases', 'users-permissions', 'email']],
  ['vi-strapi-corrections.ts', viStrapiCorrections, ['admin', 'content-manager', 'users-permissions']],
];

describe('the admin translations', () => {
  for (const [file, messages, packages] of FILES) {
    it(`${file}: every key is one of Strapi's, every value keeps the English placeholders`, () => {
      expect(Object.keys(messages).length).toBeGreaterThan(5);
      const unknown = Object.keys(messages).filter((key) => englishOf(key, packages) === undefined);
      expect(unknown).toEqual([]);
      const mismatched = Object.entries(messages)
        .map(([key, vi]) => ({ key, en: placeholders(englishOf(key, packages)!), vi: placeholders(vi) }))
        .filter(({ en, vi }) => en.join() !== vi.join());
      expect(mismatched).toEqual([]);
    });
  }

  it("every English string of Strapi's admin and plugins has Vietnamese (Strapi's vi.json or ours)", () => {
    const all = { ...viAdmin, ...viContentManager, ...viUpload, ...viPlugins, ...viSettings, ...viPluginSettings };
    const untranslated = Object.entries(ENGLISH).flatMap(([name, { prefix, messages }]) => {
      const strapiVi = strapiVietnamese(name);
      return Object.keys(messages).filter((key) => !(key in strapiVi) && !(`${prefix}${key}` in all));
    });
    expect(untranslated).toEqual([]);
  });

  it('no Vietnamese string, Strapi\'s or ours, keeps an English interface word ("token", "plugin", "clipboard" ...)', () => {
    const leftovers = Object.entries(ENGLISH).flatMap(([name, { prefix, messages }]) => {
      const strapiVi = strapiVietnamese(name);
      return Object.keys(messages).flatMap((key) => {
        const vi = viAdminComplete[`${prefix}${key}`] ?? strapiVi[key];
        const words = vi ? englishIn([{ in: `${prefix}${key}`, text: literalText(vi) }]) : [];
        return words.map((w) => `${w.in}: ${w.word}`);
      });
    });
    expect(leftovers).toEqual([]);
  });

  it('vi-defaults.ts: every id is still asked for by the Strapi file it names, and is in no en.json', () => {
    for (const [id, { file, literal }] of Object.entries(DEFAULT_IDS)) {
      expect(readFileSync(strapiFile(file), 'utf8'), id).toContain(literal);
      expect(englishOf(id, Object.keys(ENGLISH)), id).toBeUndefined();
    }
  });

  it('the placeholder check sees a dropped or renamed placeholder', () => {
    expect(placeholders('{count, plural, one {# mục} other {# mục}} trong {folderName}')).toEqual(['{count}', '{folderName}']);
    expect(placeholders('<b>{n}</b> mục')).toEqual(['<b>', '{n}']);
    expect(placeholders('Đã chọn {count}')).not.toEqual(placeholders('{number} selected'));
  });

  it('the screens staff use lose their English: the strings the issue names are translated', () => {
    const all = { ...viAdmin, ...viContentManager, ...viUpload };
    for (const key of [
      'HomePage.addWidget.button',
      'content-manager.widget.last-edited.title',
      'content-manager.containers.edit.title.new',
      'content-manager.containers.edit.tabs.draft',
      'content-manager.form.Input.hint.text',
      'content-manager.components.empty-repeatable',
      'content-manager.relation.add',
      'content-manager.preview.panel.button',
      'content-manager.success.record.publish',
      'content-manager.validation.error',
      'content-manager.containers.list.selectedEntriesModal.title',
      'app.components.MediaLibraryBanner.intro',
      'upload.plugin.name',
    ]) {
      expect(all[key], key).toBeTruthy();
      expect(all[key], key).not.toBe(englishOf(key, ['admin', 'content-manager', 'upload']));
    }
    expect(viAdmin['app.components.ToggleCheckbox.on-label']).toBe('Có');
    expect(viAdmin['app.components.ToggleCheckbox.off-label']).toBe('Không');
  });
});

describe('enumeration labels', () => {
  it('every enumeration value of every schema has a Vietnamese label', () => {
    const src = path.join(root, 'cms/src');
    const schemaFiles = readdirSync(path.join(src, 'api')).flatMap((api) => {
      const dir = path.join(src, 'api', api, 'content-types');
      return existsSync(dir) ? readdirSync(dir).map((name) => path.join(dir, name, 'schema.json')) : [];
    });
    const values = schemaFiles.flatMap((file) => {
      const schema = JSON.parse(readFileSync(file, 'utf8')) as { attributes: Record<string, { type: string; enum?: string[] }> };
      return Object.values(schema.attributes).flatMap((a) => (a.type === 'enumeration' ? (a.enum ?? []) : []));
    });
    expect(values).toContain('moi_nam');
    const missing = values.filter((value) => !viEnums[value] || viEnums[value] === value);
    expect(missing).toEqual([]);
    expect(viEnums.moi_nam).toBe('Mỗi năm');
  });
});

describe('build-time rewrites of Strapi strings', () => {
  it('each rewrite finds its text in the installed Strapi, exactly once per file', () => {
    const byFile = new Map<string, number[]>();
    for (const rewrite of REWRITES) {
      if (byFile.has(rewrite.file)) continue;
      const code = readFileSync(strapiFile(rewrite.file), 'utf8');
      byFile.set(rewrite.file, applyRewrites(strapiFile(rewrite.file), code).applied);
    }
    const unmatched = REWRITES.map((rewrite, index) => ({ rewrite, index })).filter(
      ({ rewrite, index }) => !byFile.get(rewrite.file)!.includes(index),
    );
    expect(unmatched.map(({ rewrite }) => rewrite.from)).toEqual([]);
    for (const rewrite of REWRITES) {
      const code = readFileSync(strapiFile(rewrite.file), 'utf8');
      expect(code.split(rewrite.from).length - 1, rewrite.from).toBe(1);
    }
  });

  it("the calendar's weekday headers read T2 … CN from the browser's Vietnamese weekday names", () => {
    const rewrite = REWRITES.find((r) => r.from.includes('slice(0, 2)'))!;
    const expression = /children: (e\..*\.slice\(0, 2\))/.exec(rewrite.to)![1]!;
    const header = new Function('e', `return ${expression};`) as (weekday: string) => string;
    const format = new Intl.DateTimeFormat('vi', { weekday: 'short', timeZone: 'UTC' });
    // 2024-01-01 was a Monday.
    const week = [...Array(7).keys()].map((day) => header(format.format(new Date(Date.UTC(2024, 0, 1 + day)))));
    expect(week).toEqual(['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN']);
    // The untouched header (first two letters) is what staff saw.
    expect(format.format(new Date(Date.UTC(2024, 0, 1))).slice(0, 2)).toBe('Th');
  });

  // The list view's cells get the same labels from ../src/admin/enum-labels.tsx (Strapi's
  // inject-column-in-table hook), checked in the browser by admin/ui-language-suite.ts.
  it('the edit form looks an enumeration value up as a message id, which the enum labels rely on', () => {
    const form = readFileSync(strapiFile('@strapi/admin/dist/admin/admin/src/components/FormInputs/Enumeration.mjs'), 'utf8');
    expect(form.replace(/\s+/g, ' ')).toContain('label ?? formatMessage({ id: value, defaultMessage: value })');
  });
});

describe('the English-word detector of the browser tests', () => {
  it("flags Strapi's English and lets Vietnamese, product words and ASCII Vietnamese syllables through", () => {
    const found = englishIn([
      { in: 'text', text: 'Published document\nĐã xuất bản' },
      { in: 'aria-label', text: 'Choose date' },
      { in: 'text', text: 'Viết bằng Markdown; Strapi; SEO; dang-bo-khoi; Tin bài; T2 T3 CN' },
    ]);
    expect(found.map((w) => w.word)).toEqual(['published', 'document', 'choose', 'date']);
    expect(found[2]!.in).toBe('aria-label: Choose date');
    expect(englishIn([{ in: 'text', text: 'Thêm hoặc tạo liên kết · tối đa 96 ký tự · Có · Không' }])).toEqual([]);
  });
});
