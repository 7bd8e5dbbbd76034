import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const noClockOrEnv = [
  {
    selector: "MemberExpression[object.name='process'][property.name='env']",
    message: 'Config is read once in src/server/config; pass values in.',
  },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
    message: 'Time comes in through a Clock.',
  },
  {
    selector: "NewExpression[callee.name='Date'][arguments.length=0]",
    message: 'Time comes in through a Clock.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      '.data',
      'tests/fixtures',
      'appPackage/build',
      'coverage',
      'test-artifacts',
      'devTools',
      'bin',
      '*.cjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/domain/**', 'src/app/**', 'src/cards/**'],
    rules: { 'no-restricted-syntax': ['error', ...noClockOrEnv] },
  },
  {
    files: ['src/graph/**', 'src/bot/**', 'src/tab/**'],
    rules: { 'no-restricted-syntax': ['error', noClockOrEnv[0]] },
  },
  {
    files: ['tests/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
