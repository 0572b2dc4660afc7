import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

// Content reaches pages through lib/posts.ts only.
const contentReader = { name: 'contentlayer/generated', message: 'Read content through lib/posts.ts.' }

// Search runs in three places: the build (Node, reads posts), the worker and the page. Code that ships
// to the browser may import the shared format, never the build, which reaches Contentlayer's records.
const searchBuild = { regex: '(^|/)search/build(/|$)|^\\.\\./build(/|$)', message: 'Search build code runs in Node at build time; browser code may use lib/search/shared/ only.' }
const postsModule = { regex: '(^|/)posts$', message: 'Browser search code never reads posts; the index files carry what it needs.' }
const worker = { regex: '(^|/)search/worker(/|$)|^\\.\\./worker(/|$)', message: 'The page starts the worker by URL and talks to it through lib/search/shared/protocol.ts.' }
const client = { regex: '(^|/)search/client(/|$)|^\\.\\./client(/|$)', message: 'The worker does not import page code.' }
const restrict = (...patterns) => ['error', { paths: [contentReader], patterns }]

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', 'out/**', 'out-*/**', '.contentlayer/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/.corpus/**'],
  },
  { rules: { 'no-restricted-imports': ['error', { paths: [contentReader] }] } },
  { files: ['lib/search/shared/**'], rules: { 'no-restricted-imports': restrict(searchBuild, postsModule, worker, client) } },
  { files: ['lib/search/worker/**'], rules: { 'no-restricted-imports': restrict(searchBuild, postsModule, client) } },
  { files: ['lib/search/client/**'], rules: { 'no-restricted-imports': restrict(searchBuild, postsModule, worker) } },
  { files: ['components/**'], rules: { 'no-restricted-imports': restrict(searchBuild, worker) } },
  {
    files: ['lib/posts.ts', '**/*.test.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
]

export default config
