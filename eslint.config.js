import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'bench-results', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render data as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render data as HTML.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never render data as HTML.',
        },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render data as HTML.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Each imperative library has one adapter folder (STYLE.md 3.2 d, g).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**', 'src/timeline/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['leaflet', 'leaflet/*', 'react-leaflet', 'supercluster'],
              message: 'Leaflet is used only in src/map/.',
            },
            {
              group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*'],
              message: 'vis-timeline is used only in src/timeline/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/map/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vis-timeline', 'vis-timeline/*', 'vis-data', 'vis-data/*', '../timeline/*'],
              message: 'The map never imports the timeline.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/timeline/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['leaflet', 'leaflet/*', 'react-leaflet', 'supercluster', '../map/*'],
              message: 'The timeline never imports the map.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
)
