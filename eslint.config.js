import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from 'eslint-plugin-boundaries'
import globals from 'globals'
import { LAYERS, layerPolicies } from './layers.config.js'

export default tseslint.config(
  { ignores: ['.peek-tmp*', 'out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error'
    }
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; TanStack Virtual is fine without its memoisation.
      'react-hooks/incompatible-library': 'off'
    }
  },
  {
    // The layers (README, "How it is built"): which folder may import which, at every depth, and which
    // file-format and platform libraries each may use. The table is in layers.config.js;
    // tests/unit/lint/layers.test.ts proves every rule fires on a probe import at a nested path.
    files: ['src-renderer/**/*.{ts,tsx}', 'src-main/**/*.ts', 'resources/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': LAYERS,
      'boundaries/include': ['src-renderer/**/*', 'src-main/**/*', 'resources/**/*', 'package.json'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] } },
      // Files at the root (main.tsx, App.tsx, the IPC contract, package.json) are layers of their own, which
      // needs a full-path pattern; the plugin warns that `mode` will change in its next major version.
      'boundaries/legacy-warnings': false
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, policies: layerPolicies() }],
      // Every file belongs to a layer, and imports only files that do.
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error'
    }
  },
  {
    // One route module reads and writes the address (src-renderer/routes): pages use useLocation, navigate and hrefOf.
    files: ['src-renderer/**/*.{ts,tsx}'],
    ignores: ['src-renderer/routes/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "MemberExpression[object.object.name='window'][object.property.name='location'][property.name=/^(hash|href|search|pathname|assign|replace)$/]",
          "MemberExpression[object.object.name='window'][object.property.name='history']",
          "CallExpression[callee.property.name='addEventListener'][arguments.0.value=/^(hashchange|popstate)$/]"
        ].map((selector) => ({ selector, message: 'Only src-renderer/routes reads or writes the address: use useLocation, navigate or hrefOf.' }))
      ],
      'no-restricted-globals': ['error', ...['location', 'history'].map((name) => ({ name, message: 'Only src-renderer/routes reads or writes the address: use useLocation, navigate or hrefOf.' }))]
    }
  },
  {
    // Only src-main/ipc/register.ts touches ipcMain: by name (an alias too), by namespace, or by require.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/ipc/register.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only src-main/ipc/register.ts touches ipcMain.' }] }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='ipcMain']", message: 'Only src-main/ipc/register.ts touches ipcMain.' },
        { selector: "Property[key.name='ipcMain']", message: 'Only src-main/ipc/register.ts touches ipcMain.' }
      ]
    }
  }
)
