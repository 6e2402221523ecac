// ESLint flat config. It lives in a dotfile because the project's top level is fixed;
// package.json passes it with `eslint -c .eslint.config.js`.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// Which way imports go in src/ (../shared/design/architecture.md): features never import each
// other; they stand on the shared layers. Composition of several features happens in src/app.
const FEATURES = [
  'screening',
  'needs',
  'consent',
  'referral',
  'timeline',
  'evidence',
  'outcomes',
  'casework',
  'evaluation',
  'casestudies',
];
const SHARED = ['domain', 'fhir', 'ui', 'config', 'smart'];
/** What each shared layer may import besides itself (they never import features or the app). */
/** @type {Record<string, string[]>} */
const LAYER_ALLOWS = {
  domain: [],
  config: ['domain'],
  fhir: ['domain', 'config'],
  smart: ['domain', 'config', 'fhir'],
  ui: ['domain', 'fhir'],
};
/** @param {string} name @param {string[]} allowed */
const zone = (name, allowed) => ({
  target: `./src/${name}`,
  from: './src',
  except: [name, ...allowed].map((n) => `./${n}`),
  message: `src/${name} may import only ${allowed.join(', ') || 'itself'} from src (compose features in src/app).`,
});
const BOUNDARIES = [
  ...FEATURES.map((f) => zone(f, SHARED)),
  ...Object.entries(LAYER_ALLOWS).map(([layer, allowed]) => zone(layer, allowed)),
];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'fhir-profiles/build/**',
      'fhir-profiles/.fhir/**',
      '.sandbox-data/**',
      'coverage/**',
      'test/.artifacts/**',
      // CommonJS stand-ins for packages inside fhirclient (vite.config.ts aliases; each file says why; base64 is unit-tested).
      'launch/shims/*.cjs',
    ],
  },
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['.eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      curly: ['error', 'all'],
      'no-nested-ternary': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: BOUNDARIES }],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
