// Lint: typescript-eslint with type information, the rules of hooks, and the architecture of
// README's "Layout of the code" (eslint-plugin-boundaries). Folder cycles are checked by
// tests/unit/architecture/folderCycles.test.ts, which no lint rule does.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** Each top-level folder of src/ is one element, named by its folder. */
const FOLDER = { type: 'folder', pattern: 'src/*', capture: ['name'] };

/**
 * Folders whose way in the README names: other folders import only these files of them. The
 * other folders (data, i18n, state, ui, charts, plans, layouts, filter, sources' helpers …) are
 * libraries whose modules are all meant for use elsewhere.
 */
const ENTRIES = {
  app: ['App.tsx', 'app.css'],
  map: ['MapView.tsx', 'MapController.ts'],
  svgMap: ['SvgMap.tsx', 'useSvgMapHandle.ts'],
  mapModel: ['index.ts'],
  present: ['startPresentation.ts', 'BriefingMenu.tsx', 'PresentationLayer.tsx', 'PresenterView.tsx', 'stepView.ts'],
  builder: ['BriefingBuilder.tsx'],
  export: ['ExportMenu.tsx'],
  packs: ['PackLoader.tsx', 'keptPacks.ts', 'validatePack.ts'],
  nav: ['RegionList.tsx', 'Breadcrumb.tsx', 'JumpButtons.tsx'],
  panel: ['RegionPanel.tsx'],
};

const entryPolicies = Object.entries(ENTRIES).map(([name, files]) => ({
  from: { element: { captured: { name: `!${name}` } } },
  disallow: { to: { element: { captured: { name }, fileInternalPath: files.length > 1 ? `!{${files.join(',')}}` : `!${files[0]}` } } },
  message: `src/${name} is entered through ${files.join(', ')} (README, Layout of the code)`,
}));

export default defineConfig(
  { ignores: ['dist/**', 'dist-package/**', 'public/**', 'geo/.cache/**', 'tests/bench/results/**'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The two the issue asks for, named so they stay on whatever the preset does.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Noisy here: validated JSON and zod results are typed, but tests and the geo build read
      // untyped JSON on purpose (`JSON.parse` as any) and check it with assertions.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `${n}` with numbers in messages and keys is the house style and always meant.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // tsc's noUnusedLocals / noUnusedParameters already report these (and know `_` parameters).
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    // Node scripts (geo build, bench, screenshots) whose page.evaluate callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.flat.recommended.rules,
  },
  {
    // The code map. Each top-level folder of src/ is one element; a few have rules of their own.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [FOLDER],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          // maplibre-gl, recharts and node's modules are not local files: check them too.
          checkAllOrigins: true,
          policies: [
            {
              // maplibre is drawn and driven from src/map only (MapController and its layer specs).
              from: { element: { captured: { name: '!map' } } },
              disallow: { to: { module: { origin: 'external', source: 'maplibre-gl' } } },
              message: 'only src/map imports maplibre-gl (README, Layout of the code)',
            },
            {
              // recharts loads after the first map, with the panels; only src/charts may name it.
              from: { element: { captured: { name: '!charts' } } },
              disallow: { to: { module: { origin: 'external', source: 'recharts' } } },
              message: 'only src/charts imports recharts (README, Layout of the code)',
            },
            {
              // The renderer-neutral map model is read by both maps, so it knows neither renderer nor React.
              from: { element: { captured: { name: 'mapModel' } } },
              disallow: { to: { module: { origin: 'external', source: ['maplibre-gl', 'react', 'react-dom', 'd3-geo'] } } },
              message: 'src/mapModel is renderer-neutral: no maplibre-gl, React or d3-geo',
            },
            {
              // Node-only tools (briefing generator, pack checker, data report) never reach the browser.
              from: { element: { captured: { name: '!tools' } } },
              disallow: { to: { element: { captured: { name: 'tools' } } } },
              message: 'src/tools is node-only: browser code may not import it',
            },
            {
              // ... and browser code does not use node's modules either.
              from: { element: { captured: { name: '!tools' } } },
              disallow: { to: { module: { origin: 'core' } } },
              message: "node's modules are for src/tools only",
            },
            ...entryPolicies,
          ],
        },
      ],
    },
  },
);
