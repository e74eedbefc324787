import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules', 'build', 'build-bench', 'dist', 'coverage', 'samples', 'bench/out'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: {
      // Plain-JS launch scripts use CommonJS require where the file is loaded by node directly.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine is pure: no Office.js, DOM, file system or exceljs may reach it.
      'no-restricted-imports': [
        'error',
        { patterns: ['exceljs', 'fs', 'node:*', 'react', '*/workbook/*', '*/taskpane/*', '*/cli/*'] },
      ],
      'no-restricted-globals': ['error', 'Excel', 'Office', 'document', 'window'],
    },
  },
);
