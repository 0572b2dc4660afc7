// The build's steps, written once. `npm run build` runs them all (scripts/build.mjs); `npm test` runs the
// content step once and the deploy steps for each of its two builds (scripts/test.mjs); `npm run dev`
// runs the content and search-index steps before it starts watching (scripts/dev.mjs); CI's Pages builds
// run the deploy steps (`node scripts/build.mjs deploy`).
import { spawnSync } from 'node:child_process'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** @typedef {{ name: string, title: string, command: string }} Step */

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/**
 * content/ (the authors' files, Jekyll posts byte for byte) is prepared into .content/ as Jekyll reads it
 * (lib/content/prepare.ts), which Contentlayer turns into typed data in .contentlayer/, which is split into the post
 * store pages read (.pressroom/posts/: metadata in one file, each body in its own). None depends on the deploy.
 */
export const CONTENT = {
  name: 'content',
  title: 'Content',
  command: 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/content.ts',
}
/** The search index in public/search/, of what this deploy publishes: a preview's includes its drafts. */
export const SEARCH_INDEX = { name: 'search-index', title: 'Search index', command: 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/build-search-index.ts' }
/**
 * The content manifest in public/_pressroom/ (every build), and for a preview its changes against the base
 * branch or production, in .pressroom/changes.json, which the pages read (scripts/preview/build.ts).
 */
export const MANIFEST = { name: 'manifest', title: 'Content manifest and preview changes', command: 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/preview/build.ts' }
/** Each post's share image in public/og/, drawn on every core, redrawn only when what it shows changes. */
export const SHARE_IMAGES = { name: 'share-images', title: 'Share images', command: 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/share-images.tsx' }
/** Every page rendered into out/ for the deploy's base path. */
export const NEXT_BUILD = { name: 'next-build', title: 'Static export', command: 'next build' }
/** Jekyll URLs a static export cannot express: `.html` posts written as files, redirect_from/redirect_to pages. */
export const JEKYLL_PAGES = { name: 'jekyll-pages', title: 'Jekyll pages', command: 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/jekyll-pages.ts' }
/** Each exported page's Content-Security-Policy meta, which needs the final HTML. */
export const CSP = { name: 'csp', title: 'Content-Security-Policy', command: 'tsx --tsconfig scripts/tsconfig.tsx.json scripts/csp.mjs --dir out' }

/**
 * The search index, the manifest and the share images read the post store and write files of their own:
 * run side by side (scripts/side-by-side.mjs), the single-threaded two beside the share images' processes.
 */
export const DATA = {
  name: 'data',
  title: 'Search index, content manifest and share images',
  command: `node scripts/side-by-side.mjs ${[SEARCH_INDEX, MANIFEST, SHARE_IMAGES].map((step) => step.name).join(' ')}`,
}

/** @type {Step[]} The steps that depend on the deploy (base path, drafts): one run per build. */
export const DEPLOY_STEPS = [DATA, NEXT_BUILD, JEKYLL_PAGES, CSP]
/** @type {Step[]} `npm run build`: content once, then the deploy steps. */
export const BUILD_STEPS = [CONTENT, ...DEPLOY_STEPS]
/** @type {Step[]} What `npm run dev` needs before its first request. */
export const DEV_STEPS = [CONTENT, SEARCH_INDEX, SHARE_IMAGES]

/** @type {Record<string, Step[]>} */
const GROUPS = { build: BUILD_STEPS, deploy: DEPLOY_STEPS, dev: DEV_STEPS }
/** @type {Step[]} Every step by itself, those DATA runs side by side included. */
const SINGLE_STEPS = [CONTENT, SEARCH_INDEX, MANIFEST, SHARE_IMAGES, DATA, NEXT_BUILD, JEKYLL_PAGES, CSP]

/**
 * The step of that name.
 * @param {string} name
 * @returns {Step}
 */
export function singleStep(name) {
  const step = SINGLE_STEPS.find((candidate) => candidate.name === name)
  if (step) return step
  throw new Error(`unknown build step "${name}". Fix: name one of ${SINGLE_STEPS.map((candidate) => candidate.name).join(', ')}.`)
}

/**
 * The steps that names (group or step names) stand for, in the order given; none means the whole build.
 * @param {string[]} names
 * @returns {Step[]}
 */
export function stepsNamed(names) {
  if (names.length === 0) return BUILD_STEPS
  return names.flatMap((name) => {
    const group = GROUPS[name]
    if (group) return group
    const step = SINGLE_STEPS.find((candidate) => candidate.name === name)
    if (step) return [step]
    const known = [...Object.keys(GROUPS), ...SINGLE_STEPS.map((candidate) => candidate.name)]
    throw new Error(`unknown build step "${name}". Fix: name one of ${known.join(', ')}.`)
  })
}

/**
 * The environment every step and check runs in: the project's own binaries first on PATH (as `npm run`
 * puts them), Next's telemetry off, then `extra`.
 * @param {Record<string, string>} [extra]
 * @returns {NodeJS.ProcessEnv}
 */
export function stepEnv(extra = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PATH: [join(ROOT, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter), ...extra }
}

/**
 * Runs one command in the project root (or `cwd`, a copy of the project such as the page-weight check's),
 * printing its title, command and time; on failure, exits with its code, so a build or test run stops at
 * the first broken step.
 * @param {string} title @param {string} command @param {Record<string, string>} [extraEnv] @param {string} [cwd]
 */
export function run(title, command, extraEnv = {}, cwd = ROOT) {
  console.log(`\n▶ ${title}\n  $ ${command}`)
  const started = Date.now()
  const result = spawnSync(command, { shell: true, stdio: 'inherit', cwd, env: stepEnv(extraEnv) })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed after ${seconds}s (exit ${result.status ?? result.signal})`)
    process.exit(result.status ?? 1)
  }
  console.log(`✓ ${title} (${seconds}s)`)
}

/**
 * Runs build steps in order; `label` names the build in each title (e.g. the base path it is for); `cwd`
 * runs them in another copy of the project.
 * @param {Step[]} steps @param {{ env?: Record<string, string>, label?: string, cwd?: string }} [options]
 */
export function runSteps(steps, { env = {}, label, cwd } = {}) {
  for (const step of steps) run(label ? `${step.title} (${label})` : step.title, step.command, env, cwd)
}
