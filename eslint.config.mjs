import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// Content reaches pages through lib/posts.ts only.
const contentReader = { name: 'contentlayer/generated', message: 'Read content through lib/posts.ts.' }

// Helpers and fixtures in test/ reach tests only, never the site, the scripts or the benchmarks.
const testOnly = { group: ['**/test/support/**', '**/test/fixtures/**', '@/test/**'], message: 'test/ holds helpers and fixtures for tests only.' }

// Search runs in three places: the build (Node, reads posts), the worker and the page. Code that ships
// to the browser may import the shared format, never the build, which reaches Contentlayer's records.
const searchBuild = { regex: '(^|/)search/build(/|$)|^\\.\\./build(/|$)', message: 'Search build code runs in Node at build time; browser code may use lib/search/shared/ only.' }
const postsModule = { regex: '(^|/)posts(/|$)', message: 'Browser search code never reads posts; the index files carry what it needs.' }
const worker = { regex: '(^|/)search/worker(/|$)|^\\.\\./worker(/|$)', message: 'The page starts the worker by URL and talks to it through lib/search/shared/protocol.ts.' }
const client = { regex: '(^|/)search/client(/|$)|^\\.\\./client(/|$)', message: 'The worker does not import page code.' }
// Routes and components take data from the data layer's entry, never from the modules behind it.
const dataInternals = { group: ['**/lib/posts/*', '@/lib/posts/*', '**/lib/collections/*', '@/lib/collections/*'], message: 'Import data from lib/posts.ts, the data layer\'s entry.' }
const restrict = (...patterns) => ['error', { paths: [contentReader], patterns: [testOnly, ...patterns] }]

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'out-*/**', '.contentlayer/**', '.pressroom/**', '.page-weight/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/.corpus/**'],
  },
  { rules: { 'no-restricted-imports': restrict() } },
  { files: ['lib/search/shared/**'], rules: { 'no-restricted-imports': restrict(searchBuild, postsModule, worker, client) } },
  { files: ['lib/search/worker/**'], rules: { 'no-restricted-imports': restrict(searchBuild, postsModule, client) } },
  { files: ['lib/search/client/**'], rules: { 'no-restricted-imports': restrict(searchBuild, postsModule, worker) } },
  { files: ['components/**'], rules: { 'no-restricted-imports': restrict(searchBuild, worker, dataInternals) } },
  { files: ['app/**'], rules: { 'no-restricted-imports': restrict(dataInternals) } },
  {
    // Every URL the site has comes from lib/urls/routes.ts: a path written out by hand drifts from the route it names.
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    // The Jekyll import writes files (`content/authors/x.yml`), not URLs.
    ignores: ['lib/urls/routes.ts', 'lib/import/**', '**/*.test.ts', 'test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          String.raw`Literal[value=/^\x2F(tags|authors|page|archive|search|og)(\x2F|$)/]`,
          String.raw`TemplateElement[value.raw=/(^|\x2F)(tags|authors|page|archive|search|og)\x2F/]`,
          String.raw`Literal[value=/^\x2F(feed\.xml|atom\.xml|feed\.json|sitemap\.xml|robots\.txt)$/]`,
          String.raw`JSXAttribute[name.name='href'] > Literal[value=/^\x2F/]`,
        ].map((selector) => ({ selector, message: 'Build site URLs with lib/urls/routes.ts.' })),
      ],
    },
  },
  { files: ['lib/posts.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [testOnly] }] } },
  // End-to-end specs are tests, but read the site as a reader does: never Contentlayer's records.
  { files: ['e2e/**'], rules: { 'no-restricted-imports': ['error', { paths: [contentReader] }] } },
  { files: ['**/*.test.ts', 'test/**'], rules: { 'no-restricted-imports': 'off' } },
]

export default config
