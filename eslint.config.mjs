import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'out-*/**', '.contentlayer/**', '.pressroom/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/.corpus/**'],
  },
  {
    rules: {
      // Content reaches pages through lib/posts.ts only.
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'contentlayer/generated', message: 'Read content through lib/posts.ts.' }] },
      ],
    },
  },
  {
    files: ['lib/posts.ts', '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default config
