import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'out-*/**', '.contentlayer/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/.corpus/**'],
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
    // Every URL the site has comes from lib/routes.ts: a path written out by hand drifts from the route it names.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['lib/routes.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          String.raw`Literal[value=/^\x2F(tags|authors|page|archive|search|og)(\x2F|$)/]`,
          String.raw`TemplateElement[value.raw=/(^|\x2F)(tags|authors|page|archive|search|og)\x2F/]`,
          String.raw`Literal[value=/^\x2F(feed\.xml|atom\.xml|feed\.json|sitemap\.xml|robots\.txt)$/]`,
          String.raw`JSXAttribute[name.name='href'] > Literal[value=/^\x2F/]`,
        ].map((selector) => ({ selector, message: 'Build site URLs with lib/routes.ts.' })),
      ],
    },
  },
  {
    files: ['lib/posts.ts', '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default config
