import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contentlayerArgs, runContentStep } from './content-step'

describe('contentlayerArgs', () => {
  it("runs this checkout's runner, not Contentlayer's CLI, in the mode asked", () => {
    const [runner, ...rest] = contentlayerArgs('build')
    expect(runner).toMatch(/scripts[/\\]contentlayer\.mjs$/)
    expect(runner).not.toMatch(/node_modules/)
    expect(rest).toEqual(['build'])
  })

  it('clears the cache and names a config only when asked', () => {
    expect(contentlayerArgs('dev', { clearCache: true }).slice(1)).toEqual(['dev', '--clearCache'])
    expect(contentlayerArgs('build', { config: '/x/contentlayer.config.ts' }).slice(1)).toEqual(['build', '--config', '/x/contentlayer.config.ts'])
    expect(contentlayerArgs('dev', { clearCache: false }).slice(1)).toEqual(['dev'])
  })
})

const ROOT = process.cwd()
const LINKED = ['contentlayer.config.ts', 'lib', 'scripts', 'package.json', 'tsconfig.json', 'node_modules']

/** A throwaway project whose one post is `text`, the engine linked in. */
function project(text: string): string {
  const root = mkdtempSync(join(tmpdir(), 'content-step-'))
  mkdirSync(join(root, 'content', 'posts'), { recursive: true })
  writeFileSync(join(root, 'content', 'posts', '2020-01-01-a.md'), text)
  for (const name of LINKED) symlinkSync(join(ROOT, name), join(root, name))
  return root
}

describe('runContentStep', () => {
  it('prepares the posts, then has Contentlayer write them and the post store', { timeout: 120_000 }, async () => {
    const root = project('---\ntitle: A post\n---\nHello.\n')
    try {
      const result = await runContentStep(root, { output: 'pipe', env: { FORCE_COLOR: '0' } })
      expect(result.code, result.output).toBe(0)
      expect(result.output).toContain('Content: 1 posts prepared')
      expect(result.output).toContain('Generated 1 documents')
      expect(readFileSync(join(root, '.pressroom', 'posts', 'posts.json'), 'utf8')).toContain('A post')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  it('stops at the prepare step with its error, before Contentlayer starts', async () => {
    const root = project('---\ntitle: [a\n---\nHello.\n')
    try {
      const result = await runContentStep(root, { output: 'pipe' })
      expect(result.code).toBe(1)
      expect(result.output).toContain('posts/2020-01-01-a.md: field "(front matter)"')
      expect(result.output).not.toContain('Generated')
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})
