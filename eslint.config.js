/**
 * ESLint flat config. Recommended rules without type information (type-aware
 * linting doubles the run time on two cores, and `tsc --noEmit` already checks
 * types), plus the one boundary that no compiler checks for us: the Raft core in
 * src/raft/ is a pure state machine, so it imports nothing from outside its folder
 * and never reads a clock, a timer or a random source (STYLE.md, habit 1).
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

const RAFT_PURITY = 'src/raft/ is a pure state machine: time, timers and randomness are passed in (STYLE.md, habit 1).';
const RAFT_BOUNDARY = 'src/raft/ imports nothing outside src/raft/ (DESIGN.md, layer table).';

/** Timer and scheduling globals: the core advances only on tick(). */
const RAFT_FORBIDDEN_GLOBALS = [
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
].map((name) => ({ name, message: RAFT_PURITY }));

/** Clocks and random sources reached through an object, including through globalThis. */
const RAFT_FORBIDDEN_PROPERTIES = [
  ['Date', 'now'],
  ['Math', 'random'],
  ['performance', 'now'],
  ['process', 'hrtime'],
  ['crypto', 'getRandomValues'],
  ['crypto', 'randomUUID'],
  ...['setTimeout', 'setInterval', 'setImmediate', 'Date', 'performance', 'process', 'crypto'].map((name) => [
    'globalThis',
    name,
  ]),
].map(([object, property]) => ({ object, property, message: RAFT_PURITY }));

const RAFT_FORBIDDEN_SYNTAX = [
  { selector: "NewExpression[callee.name='Date']", message: RAFT_PURITY },
  { selector: "CallExpression[callee.name='Date']", message: RAFT_PURITY },
  // Dynamic import() and require() would bypass no-restricted-imports.
  { selector: 'ImportExpression', message: RAFT_BOUNDARY },
  { selector: "CallExpression[callee.name='require']", message: RAFT_BOUNDARY },
];

/** How deep under src/raft/ we write per-depth import rules; deeper files are rejected outright. */
const RAFT_FOLDER_DEPTH_MAX = 3;

/**
 * no-restricted-imports for a file `depth` folders below src/raft/. Import strings
 * carry no location, so "leaves src/raft/" is "climbs more than `depth` levels":
 * one block per depth.
 */
function raftImportsRule(depth) {
  return [
    'error',
    {
      patterns: [
        { regex: '^node:', message: RAFT_BOUNDARY + ' No Node.js modules: IO belongs to the driver.' },
        { regex: '^(?!\\.{1,2}/|node:)', message: RAFT_BOUNDARY + ' No packages.' },
        { regex: `^(?:\\./)?(?:\\.\\./){${depth + 1},}`, message: RAFT_BOUNDARY },
      ],
    },
  ];
}

const raftDepthBlocks = Array.from({ length: RAFT_FOLDER_DEPTH_MAX + 1 }, (_, depth) => ({
  name: `shoal/raft-imports-depth-${depth}`,
  files: [`src/raft/${'*/'.repeat(depth)}*.{ts,js}`],
  rules: { 'no-restricted-imports': raftImportsRule(depth) },
}));

export default defineConfig([
  globalIgnores(['node_modules/', 'src/proto/gen/', 'data/', '.tmp/', 'coverage/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'shoal/all',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      // TypeScript resolves names better than no-undef, which knows no Node globals
      // without the `globals` package (typescript-eslint recommends turning it off).
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
        },
      ],
    },
  },
  {
    name: 'shoal/raft-purity',
    files: ['src/raft/**/*.{ts,js}'],
    rules: {
      'no-restricted-globals': ['error', ...RAFT_FORBIDDEN_GLOBALS],
      'no-restricted-properties': ['error', ...RAFT_FORBIDDEN_PROPERTIES],
      'no-restricted-syntax': ['error', ...RAFT_FORBIDDEN_SYNTAX],
      // Deeper than the per-depth blocks below: nothing at all, so a new folder level
      // cannot silently escape the boundary.
      'no-restricted-imports': ['error', { patterns: [{ regex: '.', message: RAFT_BOUNDARY + ' (raise RAFT_FOLDER_DEPTH_MAX)' }] }],
    },
  },
  ...raftDepthBlocks,
]);
