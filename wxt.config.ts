import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { languages, messageTable } from './lib/i18n';
import { messageFile } from './lib/i18n/loaded';
import { probeVocabulary } from './lib/qsm/probe-vocabulary';

const fullCatalogue = `${import.meta.dirname}/lib/i18n/index.ts`;
const loadedCatalogue = `${import.meta.dirname}/lib/i18n/loaded.ts`;

/**
 * The page features carry no catalogue (83 kB of four languages, parsed on every QSM page with work):
 * in their build `lib/i18n` resolves to lib/i18n/loaded.ts, which reads the table
 * content/messages.ts fetches.
 */
const catalogueLoadedAtRunTime: Plugin = {
  name: 'qpp:catalogue-loaded-at-run-time',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('i18n') && !source.endsWith('i18n/index.ts')) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved?.id === fullCatalogue ? loadedCatalogue : null;
  },
};

const probeWordsModule = `${import.meta.dirname}/lib/qsm/probe-words.ts`;

/**
 * The loader's probe words (lib/qsm/probe-words.ts) as a value computed from lib/qsm/labels.ts when
 * the build starts, as the message tables are: labels.ts stays the one place QSM's words are written,
 * and the loader carries neither the label lists nor the work of normalizing them.
 */
const probeWordsAtBuildTime: Plugin = {
  name: 'qpp:probe-words-at-build-time',
  enforce: 'pre',
  load(id) {
    if (id !== probeWordsModule) return null;
    return `export const probeWords = ${JSON.stringify(probeVocabulary())};\n`;
  },
};

// Preact through the automatic JSX runtime of Vite's own transformer: no React shim, no HMR plugin needed.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'QSM Push Pilot',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in the README; nothing beyond QSM's host is ever read.
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: ['https://qsm.qoo10.jp/*'],
    // The order converter and banner fitter frames are embedded in QSM's page; SheetJS and canvas
    // work stay out of the content script.
    // The loader imports the features bundle into QSM documents that have work, and only there (the
    // collect bar's own bundle on 配送管理 / クレーム管理).
    web_accessible_resources: [
      {
        resources: [
          'converter.html',
          'banner-fit.html',
          'qsm-features.js',
          'qsm-collect.js',
          ...languages.map(messageFile),
        ],
        matches: ['https://qsm.qoo10.jp/*'],
      },
    ],
    // QSM shows its menu pages inside frames; the push form may be in any of them.
    content_scripts: [
      {
        matches: ['https://qsm.qoo10.jp/*'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['qsm-loader.js'],
      },
    ],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'qsm-push-pilot@qpp.dev',
          strict_min_version: '140.0',
          // Firefox's data-collection declaration: nothing leaves the seller's browser.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => ['qsm-features', 'qsm-collect'].includes(entrypoint.name)))
        config.plugins = [catalogueLoadedAtRunTime, ...(config.plugins ?? [])];
    },
    // One table a language for the page features, ko merged over the English it may trail.
    'build:publicAssets': (_wxt, files) => {
      for (const lang of languages)
        files.push({ relativeDest: messageFile(lang), contents: JSON.stringify(messageTable(lang)) });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(...languages.map(messageFile));
    },
  },
  vite: () => ({
    plugins: [probeWordsAtBuildTime],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      chunkSizeWarningLimit: 1200,
      ...(process.env.QPP_NOMINIFY && { minify: false }),
      ...(process.env.QPP_SOURCEMAP && { sourcemap: true }),
    },
  }),
});
