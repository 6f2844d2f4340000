import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist', 'coverage', 'docs/api', 'reports', '.stryker-tmp', 'examples/data']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/explicit-module-boundary-types': 'error',
      // Numbers in messages read fine; String(...) around each cost bytes in the bundle budget.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Conflicts with strict's no-non-null-assertion: we write `x as number`, never `x!`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // `for (const _ in o) n++` counts keys without allocating (mergeTallies' fast path).
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_$' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
  },
  {
    // The dashboard runs in a browser; Plot is the global of Observable Plot's UMD bundle.
    files: ['examples/dashboard/**/*.js'],
    languageOptions: {
      globals: { document: 'readonly', fetch: 'readonly', Plot: 'readonly' },
    },
  },
);
