import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { prepareContent } from '../../lib/content/prepare-dir'

/** Runs the real content step (prepare, then `contentlayer2 build`) on a throwaway project whose posts are `posts`, everything else linked. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LINKED = ['contentlayer.config.ts', 'lib', 'package.json', 'tsconfig.json', 'node_modules']

export type ContentBuild = { code: number | null; output: string; dir: string; posts: () => Promise<unknown[]> }

export async function contentBuild(posts: readonly { name: string; text: string }[]): Promise<ContentBuild> {
  const dir = await mkdtemp(join(tmpdir(), 'pressroom-odd-'))
  for (const post of posts) {
    const path = join(dir, 'content/posts', post.name)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, post.text)
  }
  await mkdir(join(dir, 'content/posts'), { recursive: true })
  for (const name of LINKED) await symlink(join(ROOT, name), join(dir, name))
  const manifest: unknown = JSON.parse(await readFile(join(ROOT, 'node_modules/contentlayer2/package.json'), 'utf8'))
  const bin = typeof manifest === 'object' && manifest !== null && 'bin' in manifest ? manifest.bin : undefined
  if (typeof bin !== 'string') throw new Error('contentlayer2/package.json has no single "bin" entry')
  // The prepare step runs first, as `npm run content` runs it (content/ → .content/, which Contentlayer reads).
  try {
    prepareContent(dir, new Date())
  } catch (error) {
    return { code: 1, output: error instanceof Error ? error.message : String(error), dir, posts: async () => [] }
  }
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    // Contentlayer takes its project root from $PWD before process.cwd(): both must be the throwaway copy.
    const child = spawn(process.execPath, [join(ROOT, 'node_modules/contentlayer2', bin), 'build'], { cwd: dir, env: { ...process.env, PWD: dir, FORCE_COLOR: '0' } })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('close', (exit) => resolve({ code: exit, output: text }))
  })
  const generated = async (): Promise<unknown[]> => {
    const data: unknown = JSON.parse(await readFile(join(dir, '.contentlayer/generated/Post/_index.json'), 'utf8'))
    return Array.isArray(data) ? data : []
  }
  return { code, output, dir, posts: generated }
}

export async function removeBuild(build: ContentBuild): Promise<void> {
  await rm(build.dir, { recursive: true, force: true })
}
