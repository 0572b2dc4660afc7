import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runContentStep } from '../../lib/build/content-step'

/** Runs the real content step (lib/build/content-step.ts, as `npm run content` runs it) on a throwaway project whose posts are `posts`, everything else linked. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const LINKED = ['contentlayer.config.ts', 'lib', 'scripts', 'package.json', 'tsconfig.json', 'node_modules']

export type ContentBuild = { code: number; output: string; dir: string; posts: () => Promise<unknown[]> }

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
  const workers: Record<string, string> = prerenderProcesses === undefined ? {} : { PRESSROOM_PRERENDER_PROCESSES: String(prerenderProcesses) }
  const { code, output } = await runContentStep(dir, { output: 'pipe', env: { FORCE_COLOR: '0', ...workers } })
  const generated = async (): Promise<unknown[]> => {
    const data: unknown = JSON.parse(await readFile(join(dir, '.contentlayer/generated/Post/_index.json'), 'utf8'))
    return Array.isArray(data) ? data : []
  }
  return { code, output, dir, posts: generated }
}

export async function removeBuild(build: ContentBuild): Promise<void> {
  await rm(build.dir, { recursive: true, force: true })
}
