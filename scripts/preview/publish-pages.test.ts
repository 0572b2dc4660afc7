import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const script = resolve('scripts/preview/publish-pages.sh')
const gitEnv = { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_SYSTEM: '/dev/null' }

/** A bare "origin" and a clone of its default branch, as the workflow's checkout leaves it. */
function setUp() {
  const root = mkdtempSync(join(tmpdir(), 'pressroom-publish-'))
  const origin = join(root, 'origin.git')
  const clone = join(root, 'clone')
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-C', cwd, ...args], { env: gitEnv, encoding: 'utf8' })
  execFileSync('git', ['init', '-q', '--bare', '-b', 'main', origin], { env: gitEnv })
  execFileSync('git', ['clone', '-q', origin, clone], { env: gitEnv })
  writeFileSync(join(clone, 'README'), 'default branch')
  git(clone, 'add', '-A')
  git(clone, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init')
  git(clone, 'push', '-q', 'origin', 'main')
  const site = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(root, 'site-'))
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, name, '..'), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    return dir
  }
  const publish = (...args: string[]) => spawnSync('bash', [script, ...args], { cwd: clone, env: gitEnv, encoding: 'utf8' })
  const pages = () => {
    const out = join(root, `pages-${Date.now()}-${Math.random()}`)
    execFileSync('git', ['clone', '-q', '-b', 'gh-pages', origin, out], { env: gitEnv })
    return out
  }
  return { site, publish, pages }
}

describe('publish-pages.sh', () => {
  it('creates gh-pages, publishes a preview in its folder, keeps it through a production publish and removes it', () => {
    const { site, publish, pages } = setUp()
    expect(publish(site({ 'index.html': 'preview 7' }), 'pr-preview/pr-7', 'preview').status).toBe(0)
    expect(publish(site({ 'index.html': 'production', 'a/b.html': 'b' }), '.', 'production').status).toBe(0)
    let tree = pages()
    expect(readFileSync(join(tree, 'index.html'), 'utf8')).toBe('production')
    expect(readFileSync(join(tree, 'pr-preview/pr-7/index.html'), 'utf8')).toBe('preview 7')
    expect(publish('--remove', 'pr-preview/pr-7', 'remove').status).toBe(0)
    tree = pages()
    expect(existsSync(join(tree, 'pr-preview/pr-7'))).toBe(false)
    expect(existsSync(join(tree, 'a/b.html'))).toBe(true)
  })

  it('refuses a target other than the root or one preview folder', () => {
    const { site, publish } = setUp()
    const result = publish(site({ 'index.html': 'x' }), 'pr-preview/../../', 'escape')
    expect(result.status).toBe(1)
    expect(result.stderr).toMatch(/target must be/)
  })
})
