import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { ContentError } from '../../lib/content/error'
import { preparePostFile } from '../../lib/content/prepare-dir'
import { walkFiles } from '../../lib/files/walk.mjs'

/**
 * A fresh copy of this project, as a new user has it, that imports a Jekyll source with
 * `npm run import:jekyll -- DIR` and builds it with `npm run build` (the commands themselves, not
 * their functions, so every step and check a user meets is met here). One copy serves every batch.
 */
const ROOT = join(import.meta.dirname, '../..')
const GENERATED = ['content', '.content', '.contentlayer', '.pressroom', 'out', 'public/search', 'public/_pressroom', 'public/og']

export type Project = { dir: string }

export function makeProject(dir: string): Project {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0')) {
    if (file === '' || file.startsWith('content/') || !existsSync(join(ROOT, file))) continue
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    cpSync(join(ROOT, file), join(dir, file))
  }
  // Next resolves packages only inside the project: node_modules hard-linked in, not linked to.
  const linked = spawnSync('cp', ['-al', join(ROOT, 'node_modules'), join(dir, 'node_modules')])
  if (linked.status !== 0) throw new Error(`could not link node_modules: ${String(linked.stderr)}`)
  return { dir }
}

export type Step = { ok: boolean; output: string }

function npm(project: Project, args: string[]): Step {
  // The copy's own content/ and no site overlay, whatever the calling shell (or npm test) has set.
  const env: NodeJS.ProcessEnv = { ...process.env, BASE_PATH: '', PREVIEW_PR: '', SHOW_DRAFTS: '', DEPLOY_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }
  delete env.PRESSROOM_CONTENT_DIR
  delete env.PRESSROOM_SITE_OVERLAY
  const result = spawnSync('npm', ['run', '--silent', ...args], { cwd: project.dir, encoding: 'utf8', env, maxBuffer: 256 << 20 })
  if (result.error) throw result.error
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` }
}

/** Empties what an earlier batch left: its content and everything built from it. */
export function resetProject(project: Project): void {
  for (const d of GENERATED) rmSync(join(project.dir, d), { recursive: true, force: true })
  mkdirSync(join(project.dir, 'content'), { recursive: true })
}

export function importSite(project: Project, source: string): Step {
  return npm(project, ['import:jekyll', '--', source])
}

/**
 * Every refusal of the content step's first half (the prepare step), by the function it runs for each post:
 * the step itself stops at the first, which in a batch of a hundred sites would cost a rebuild per site.
 */
export function prepareRefusals(project: Project): string[] {
  if (process.env.PRESSROOM_CONTENT_DIR) throw new Error('PRESSROOM_CONTENT_DIR is set: unset it, the harness builds its own copy of the project')
  const refusals: string[] = []
  const now = new Date()
  for (const folder of ['posts', 'drafts']) {
    for (const { rel } of walkFiles(join(project.dir, 'content', folder))) {
      try {
        preparePostFile(project.dir, `${folder}/${rel}`, now)
      } catch (error) {
        if (!(error instanceof ContentError)) throw error
        refusals.push(error.message)
      }
    }
  }
  return refusals
}

/**
 * `npm run build` in its two halves, the content step first: a content error stops it in seconds, so a
 * batch with a failing site learns it before the static export runs.
 */
export function buildContent(project: Project): Step {
  return npm(project, ['build', '--', 'content'])
}

export function buildRest(project: Project): Step {
  return npm(project, ['build', '--', 'deploy'])
}

export type PressroomPost = { sourcePath: string; url: string }

/** The posts the build publishes (not drafts), each at the URL readers find it (Jekyll's, when exported elsewhere). */
export function publishedPosts(project: Project): PressroomPost[] {
  const index = join(project.dir, '.contentlayer/generated/Post/_index.json')
  const docs: unknown = existsSync(index) ? JSON.parse(readFileSync(index, 'utf8')) : []
  if (!Array.isArray(docs)) throw new Error('Contentlayer wrote no post list')
  return docs.flatMap((doc: unknown): PressroomPost[] => {
    if (typeof doc !== 'object' || doc === null) return []
    const get = (key: string): unknown => Object.getOwnPropertyDescriptor(doc, key)?.value
    const [sourcePath, url, isDraft, jekyllUrl] = ['sourcePath', 'url', 'isDraft', 'jekyllUrl'].map(get)
    if (isDraft === true || typeof sourcePath !== 'string' || typeof url !== 'string') return []
    return [{ sourcePath, url: typeof jekyllUrl === 'string' && jekyllUrl !== '' ? jekyllUrl : url }]
  })
}
