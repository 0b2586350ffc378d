import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

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
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to Electron only through src-renderer/platform.' }],
          patterns: [{ group: ['node:*'], message: 'The renderer runs in a browser: no Node built-ins.' }]
        }
      ]
    }
  },
  {
    // Boundaries (HOUSE-STYLE.md): domain is pure; only db/ touches Dexie; only export/ touches docx.
    files: ['src-renderer/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['dexie', 'react', 'docx', 'electron'].map((name) => ({ name, message: 'domain/ is pure TypeScript.' })),
          patterns: [{ group: ['dexie-*', 'react-*', '../db/*', '../features/*', '../export/*', '../platform/*', 'node:*'], message: 'domain/ is pure TypeScript.' }]
        }
      ]
    }
  },
  {
    files: ['src-renderer/features/**/*.{ts,tsx}', 'src-renderer/components/**/*.{ts,tsx}', 'src-renderer/import/**/*.ts', 'src-renderer/export/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Only src-renderer/db imports Dexie: use its repositories and hooks.' },
            { name: 'electron', message: 'Renderer code runs in a browser.' }
          ],
          patterns: [{ group: ['node:*'], message: 'Renderer code runs in a browser.' }]
        }
      ]
    }
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/ipc/register.ts', 'src-main/preload/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='ipcMain']", message: 'Only src-main/ipc/register.ts touches ipcMain.' }
      ]
    }
  }
)
