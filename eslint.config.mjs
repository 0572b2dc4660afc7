import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const CONTENT_READER = { name: 'contentlayer/generated', message: 'Read content through lib/posts.ts.' }
const TEST_ONLY = { group: ['**/test/support/**', '**/test/fixtures/**', '@/test/**'], message: 'test/ holds helpers and fixtures for tests only.' }

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'out-*/**', '.contentlayer/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/.corpus/**'],
  },
  {
    rules: {
      // Content reaches pages through lib/posts.ts only; test helpers and fixtures reach tests only.
      'no-restricted-imports': ['error', { paths: [CONTENT_READER], patterns: [TEST_ONLY] }],
    },
  },
  {
    files: ['lib/posts.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_ONLY] }] },
  },
  {
    files: ['e2e/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [CONTENT_READER] }] },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default config
