import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { MANIFEST_DIR, MANIFEST_FILE, parseManifest, type Manifest } from '../../preview/manifest'
import { contentFolderInRepo } from '../../content/dir'
import { tsxCommand } from '../tsx-command'

/** A scratch folder inside the checkout, so the base's Contentlayer output resolves this checkout's packages. */
export const BASE_DIR = '.pressroom/base'

function git(repo: string, args: string[]): { ok: boolean; out: Buffer; err: string } {
  const result = spawnSync('git', ['-C', repo, ...args], { maxBuffer: 1024 * 1024 * 1024 })
  return { ok: result.status === 0, out: result.stdout ?? Buffer.alloc(0), err: String(result.stderr ?? result.error ?? '') }
}

/** The commit `ref` names in `repo`, or undefined when the clone does not have it. */
export function resolveCommit(repo: string, ref: string): string | undefined {
  const result = git(repo, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])
  return result.ok ? result.out.toString().trim() : undefined
}

/**
 * Where this checkout branched from `commit`: comparing with the branch point shows only the pull request's
 * own changes, not posts published on the base branch since. (GitHub builds a merge commit, whose branch
 * point is the base branch's tip.) Falls back to `commit` in a shallow clone or an unrelated repository.
 */
export function branchPoint(repo: string, commit: string): string {
  const result = git(repo, ['merge-base', 'HEAD', commit])
  return result.ok ? result.out.toString().trim() : commit
}

/**
 * Builds the base commit's posts with this checkout's Contentlayer config and Markdown pipeline, so that both
 * sides are rendered alike and only content differs, and returns its manifest and texts.
 */
export function buildGitBase(repo: string, commit: string): { manifest: Manifest; text: (hash: string) => string } {
  const dir = resolve(BASE_DIR)
  rmSync(dir, { recursive: true, force: true })
  // The content folder this build reads (content/, or test/site/ for the engine's tests), from the base.
  const folder = contentFolderInRepo() ?? 'content'
  mkdirSync(join(dir, folder, 'posts'), { recursive: true })
  const listed = git(repo, ['ls-tree', '--name-only', commit, '--', folder])
  if (!listed.ok) throw new Error(`git ls-tree ${commit} failed: ${listed.err.trim()}`)
  if (listed.out.toString().trim() !== '') {
    const archive = git(repo, ['archive', '--format=tar', commit, '--', folder])
    if (!archive.ok) throw new Error(`git archive ${commit} ${folder} failed: ${archive.err.trim()}`)
    // The base is our own history, but its tar still goes through tar's own guards (no absolute paths).
    const untar = spawnSync('tar', ['-x', '--no-same-owner', '-C', dir], { input: archive.out })
    if (untar.status !== 0) throw new Error(`could not unpack the base content: ${String(untar.stderr)}`)
  }
  const root = process.cwd()
  // The base goes through the head's content step (scripts/content.ts, lib/build/content-step.ts), in a
  // process of its own as this build waits for it: the same prepare step, the same fast Contentlayer.
  const step = tsxCommand(root, 'scripts/content.ts')
  run(step.file, [...step.args, '--config', join(root, 'contentlayer.config.ts')], dir, 'the content step on the base content', step.env)
  // Contentlayer wrote the base's post store in the base's folder (contentlayer.config.ts, onSuccess).
  const store = join(dir, '.pressroom', 'posts')
  const out = join(dir, MANIFEST_DIR)
  run(join(root, 'node_modules/.bin/tsx'), ['--tsconfig', 'scripts/tsconfig.tsx.json', 'scripts/preview/base-manifest.ts', out], root, 'the base manifest', { PRESSROOM_POST_STORE: store })
  const manifest = parseManifest(JSON.parse(readFileSync(join(out, MANIFEST_FILE), 'utf8')), `${BASE_DIR}/${MANIFEST_DIR}/${MANIFEST_FILE}`)
  return { manifest, text: (hash) => readFileSync(join(out, 'text', `${hash}.txt`), 'utf8') }
}

function run(command: string, args: string[], cwd: string, what: string, env: Record<string, string | undefined> = {}) {
  // Contentlayer takes its working directory from PWD.
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env, PWD: cwd }, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${what} failed: ${`${result.stdout ?? ''}${result.stderr ?? ''}`.trim().slice(-2000)}`)
}
