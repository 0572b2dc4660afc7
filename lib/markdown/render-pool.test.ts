import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { isRenderReply, renderKey, startMarkdownPool } from './render-pool'

const dir = mkdtempSync(join(tmpdir(), 'render-pool-'))
const paths = Array.from({ length: 40 }, (_, n) => `posts/${String(n).padStart(2, '0')}.md`)
const source = (path: string) => `---\ntitle: ${path}\n---\n\nText of ${path}.\n`
mkdirSync(join(dir, 'posts'), { recursive: true })
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const stub = fileURLToPath(new URL('../../test/support/markdown-worker.ts', import.meta.url))
const pool = (processes: number, env: Record<string, string> = {}) => {
  for (const path of paths) writeFileSync(join(dir, path), source(path))
  return startMarkdownPool(paths, processes, { file: process.execPath, args: ['--import', 'tsx', stub], env: { ...process.env, STUB_DIR: dir, ...env } })
}

describe('the Markdown workers beside Contentlayer', () => {
  it('hands every document its HTML, asked in any order, and stops its workers when all are rendered', { timeout: 30_000 }, async () => {
    const workers = pool(2)
    const asked = [...paths].reverse()
    const html = await Promise.all(asked.map((path) => workers.html(path, source(path))))
    asked.forEach((path, n) => expect(html[n]).toMatch(new RegExp(`^<p>${path} by \\d+</p>$`)))
    // Both workers took a share.
    expect(new Set(html.map((text) => text?.replace(/.* by /, ''))).size).toBe(2)
    expect(await workers.done).toBe(paths.length)
  })

  it('answers nothing for a document it was not given, or whose source changed since the worker read it', { timeout: 30_000 }, async () => {
    const workers = pool(1)
    expect(await workers.html('posts/other.md', 'text')).toBeUndefined()
    const [first, second] = paths
    if (first === undefined || second === undefined) throw new Error('no documents')
    expect(await workers.html(first, `${source(first)}edited`)).toBeUndefined()
    expect(await workers.html(second, source(second))).toContain(second)
    await Promise.all(paths.map((path) => workers.html(path, source(path))))
    expect(await workers.done).toBe(paths.length)
  })

  it('leaves a document a worker could not render, or died on, to the caller, and goes on with the rest', { timeout: 30_000 }, async () => {
    const [failing, fatal] = [paths[5], paths[20]]
    if (failing === undefined || fatal === undefined) throw new Error('no documents')
    const workers = pool(2, { STUB_FAIL: failing, STUB_DIE: fatal })
    const html = new Map(await Promise.all(paths.map(async (path) => [path, await workers.html(path, source(path))] as const)))
    expect(html.get(failing)).toBeUndefined()
    expect(html.get(fatal)).toBeUndefined()
    const answered = [...html.values()].filter((text) => text !== undefined)
    // One worker died with the document it was on and the one it held next; the other rendered the rest.
    expect(answered.length).toBeGreaterThanOrEqual(paths.length - 4)
    expect(await workers.done).toBe(answered.length)
  })
})

describe('a build that stops early', () => {
  it('is not held up by workers rendering documents nobody asks for', { timeout: 30_000 }, () => {
    // More than the workers render ahead of what is asked: they stop and wait, holding their channels.
    const many = Array.from({ length: 200 }, (_, n) => `posts/many-${n}.md`)
    for (const path of many) writeFileSync(join(dir, path), source(path))
    const script = fileURLToPath(new URL('../../test/support/abandoned-markdown-pool.ts', import.meta.url))
    const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...many], { env: { ...process.env, STUB_DIR: dir }, timeout: 20_000, encoding: 'utf8' })
    expect(run.stdout).toContain('started')
    expect(run.signal).toBeNull()
    expect(run.status).toBe(0)
  })
})

describe('what a worker answers', () => {
  it('is HTML with the key of what it read, or a failure, and nothing else', () => {
    expect(isRenderReply({ path: 'posts/a.md', key: renderKey('posts/a.md', 'x'), html: '<p>x</p>' })).toBe(true)
    expect(isRenderReply({ path: 'posts/a.md', failed: true })).toBe(true)
    expect(isRenderReply({ path: 'posts/a.md', html: '<p>x</p>' })).toBe(false)
    expect(isRenderReply('posts/a.md')).toBe(false)
  })

  it('keys a rendering by path and whole source', () => {
    expect(renderKey('posts/a.md', 'x')).toBe(renderKey('posts/a.md', 'x'))
    expect(renderKey('posts/a.md', 'x')).not.toBe(renderKey('posts/b.md', 'x'))
    expect(renderKey('posts/a.md', 'x')).not.toBe(renderKey('posts/a.md', 'x '))
  })
})
