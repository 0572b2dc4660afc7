// @ts-check
// `npm test` step: builds a generated 2,000-post site (bench/markdown-posts.mjs: the search benchmarks'
// corpus as Markdown posts, deterministic by seed) and checks that no listing page outgrows its budget (scripts/check-page-weight.mjs).
//
// The site is built in a copy of the project in .page-weight/ (generated, never committed), with the
// corpus as its content/ folder, so this checkout's content/, .contentlayer/, public/ and out/ are
// untouched. The copy leaves out the post pages and share images, which no listing depends on and which
// are most of a build's time; `--full` keeps them.
// `--keep` leaves the build in .page-weight/out, where `npm test` serves it to e2e/pagination.spec.ts.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeMarkdownPosts } from '../../bench/markdown-posts.mjs'
import { CONTENT, CSP, NEXT_BUILD, run, runSteps, SEARCH_INDEX, SHARE_IMAGES } from '../build/steps.mjs'
import { GENERATED_BASE_PATH, GENERATED_ENV } from './env.mjs'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SCRATCH = join(ROOT, '.page-weight')

/** What a build reads: the project's code and config, never its content or generated folders. */
const COPIED = ['app', 'components', 'lib', 'scripts', 'public', 'contentlayer.config.ts', 'tsconfig.json', 'package.json']
/** Left out unless `--full`: the post route, one page per post (and the share-image step, one PNG per post). */
const POST_ROUTES = [join('app', '[...path]')]
/** Written by builds into public/; the copy makes its own. */
const GENERATED = [join('public', 'search'), join('public', '_pressroom'), join('public', 'og')]

/**
 * Generates `posts` posts into a scratch copy of the project, builds it and checks its listing pages;
 * `full` builds the post pages and share images too, `keep` leaves the build in .page-weight/out.
 * Exits the process when a step fails.
 * @param {{ posts: number, full: boolean, keep: boolean }} values
 */
export function checkGeneratedSite(values) {
  const posts = values.posts
  const started = Date.now()
  rmSync(SCRATCH, { recursive: true, force: true })
  const skipped = [...GENERATED, ...(values.full ? [] : POST_ROUTES)]
  for (const entry of COPIED) {
    cpSync(join(ROOT, entry), join(SCRATCH, entry), {
      recursive: true,
      filter: (source) => {
        const rel = relative(ROOT, source)
        return !skipped.some((skip) => rel === skip || rel.startsWith(skip + sep))
      },
    })
  }
  // The project's Next config, without Next's own type check: `npm test` has type-checked this code already.
  cpSync(join(ROOT, 'next.config.mjs'), join(SCRATCH, 'next.config.project.mjs'))
  writeFileSync(
    join(SCRATCH, 'next.config.mjs'),
    "import config from './next.config.project.mjs'\n\nexport default { ...config, typescript: { ...config.typescript, ignoreBuildErrors: true } }\n",
  )
  mkdirSync(join(SCRATCH, 'content'), { recursive: true })
  writeMarkdownPosts(posts, join(SCRATCH, 'content', 'posts'))
  console.log(`Page weight: ${posts} generated posts in ${relative(ROOT, SCRATCH)}/content/ (${Date.now() - started} ms)${values.full ? '' : '; post pages and share images left out'}`)

  // A production build under a base path, where links that forget it would break (the pagination journeys
  // in e2e/pagination.spec.ts walk this build when it is kept). PRESSROOM_ROOT: lib/site/index.ts reads the copy's
  // content/site.json (none: the defaults), not this checkout's.
  const env = { ...GENERATED_ENV, PRESSROOM_ROOT: SCRATCH }
  // The search index too: every page's search button loads it, and the search page is a listing here.
  runSteps([CONTENT, SEARCH_INDEX, ...(values.full ? [SHARE_IMAGES] : []), NEXT_BUILD, CSP], { env, label: `${posts} generated posts at ${GENERATED_BASE_PATH}`, cwd: SCRATCH })
  run(`Page weight of listing pages (${posts} generated posts)`, `node scripts/check-page-weight.mjs --dir ${join(SCRATCH, 'out')}`)
  if (!values.keep) rmSync(SCRATCH, { recursive: true, force: true })
  console.log(`Page weight check: ${((Date.now() - started) / 1000).toFixed(1)} s in all`)
}
