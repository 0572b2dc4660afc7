import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareContent } from '../../lib/content/prepare-dir'

/** Runs the real content step (prepare, then Contentlayer's build as `npm run content` runs it) on a throwaway project whose posts are `posts`, everything else linked. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LINKED = ['contentlayer.config.ts', 'lib', 'scripts', 'package.json', 'tsconfig.json', 'node_modules']

export type ContentBuild = { code: number | null; output: string; dir: string; posts: () => Promise<unknown[]> }

/** Runs `node <args>` in a throwaway project, collecting what it prints. */
export function runInProject(dir: string, args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // Contentlayer takes its project root from $PWD before process.cwd(): both must be the throwaway copy.
    const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, PWD: dir, FORCE_COLOR: '0', ...env } })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exit) => resolve({ code: exit, output: text }))
  })
}

/**
 * `prerenderProcesses`: how many Markdown workers Contentlayer's process starts beside it
 * (PRESSROOM_PRERENDER_PROCESSES); left out, the build decides by the number of posts, as `npm run content` does.
 */
export async function contentBuild(posts: readonly { name: string; text: string }[], { prerenderProcesses }: { prerenderProcesses?: number } = {}): Promise<ContentBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'pressroom-odd-'))
  for (const post of posts) {
    const path = join(dir, 'content/posts', post.name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, post.text)
  }
  await mkdir(join(dir, 'content/posts'), { recursive: true })
  for (const name of LINKED) await symlink(join(ROOT, name), join(dir, name))
  // The prepare step runs first, as `npm run content` runs it (content/ → .content/, which Contentlayer reads).
  try {
    prepareContent(dir, new Date())
  } catch (error) {
    return { code: 1, output: error instanceof Error ? error.message : String(error), dir, posts: async () => [] }
  }
  const workers: Record<string, string> = prerenderProcesses === undefined ? {} : { PRESSROOM_PRERENDER_PROCESSES: String(prerenderProcesses) }
  const built = await runInProject(dir, [join(ROOT, 'scripts', 'contentlayer.mjs'), 'build'], workers)
  const code = built.code
  const output = built.output
  const generated = async (): Promise<unknown[]> => {
    const data: unknown = JSON.parse(await readFile(join(dir, '.contentlayer/generated/Post/_index.json'), 'utf8'))
    return Array.isArray(data) ? data : []
  }
  return { code, output, dir, posts: generated }
}

export async function removeBuild(build: ContentBuild): Promise<void> {
  await rm(build.dir, { recursive: true, force: true })
}
