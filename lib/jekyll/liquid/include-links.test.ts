import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { JekyllLiquid } from './engine'

// A content folder whose includes and posts hold symbolic links: to a file outside it (a machine's
// secret), to a folder outside it, and to another file of the blog.
const scratch = mkdtempSync(join(tmpdir(), 'pressroom-include-links-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
const secret = join(scratch, 'secret.txt')
writeFileSync(secret, 'TOP SECRET')
mkdirSync(join(scratch, 'elsewhere'))
writeFileSync(join(scratch, 'elsewhere', 'x.html'), 'ELSEWHERE')

function site(links: Record<string, string>): { engine: JekyllLiquid; file: { file: string; dir: string; root: string } } {
  const content = mkdtempSync(join(scratch, 'content-'))
  for (const dir of ['_includes', 'posts', '_data']) if (links[dir] === undefined) mkdirSync(join(content, dir))
  writeFileSync(join(content, '_data', 'note.html'), 'NOTE {{ include.x }}')
  writeFileSync(join(content, 'posts', 'beside.txt'), 'BESIDE')
  for (const [link, target] of Object.entries(links)) symlinkSync(target.replace('CONTENT', content), join(content, link))
  const engine = new JekyllLiquid({
    includesDir: join(content, '_includes'),
    site: () => ({}),
    posts: () => [],
    liquidTags: {},
    timeZone: 'UTC',
    markdownify: async (md) => md,
    smartify: (text) => text,
  })
  return { engine, file: { file: 'posts/2020-01-01-x.md', dir: join(content, 'posts'), root: join(content, 'posts') } }
}

const render = async (links: Record<string, string>, source: string) => {
  const { engine, file } = site(links)
  return (await engine.render(source, { title: 'X' }, file)).output
}

describe('include_relative and include never read through a link that leaves the content folder', () => {
  it('include_relative: a link beside the post to a file outside is refused by name', async () => {
    await expect(render({ 'posts/leak.txt': secret }, '{% include_relative leak.txt %}')).rejects.toThrow(/include_relative leak\.txt.*symbolic link .*outside the content folder/)
  })

  it('include_relative: a linked folder beside the post leading outside is refused', async () => {
    await expect(render({ 'posts/far': join(scratch, 'elsewhere') }, '{% include_relative far/x.html %}')).rejects.toThrow(/symbolic link/)
  })

  it('include_relative: an absolute path is refused, not read', async () => {
    await expect(render({}, `{% include_relative ${secret} %}`)).rejects.toThrow(/absolute path on the machine/)
  })

  it('include: a link in _includes to a file outside is refused by name (the scan of _includes names it first)', async () => {
    await expect(render({ '_includes/leak.html': secret }, '{% include leak.html %}')).rejects.toThrow(/_includes\/leak\.html.*symbolic link .*outside the content folder/)
  })

  it('include: an _includes folder that is itself a link out is refused', async () => {
    await expect(render({ _includes: join(scratch, 'elsewhere') }, '{% include x.html %}')).rejects.toThrow(/"x\.html" is a symbolic link \(or inside one\)/)
  })

  it('include: a name with ".." or a leading "/" is refused by name', async () => {
    await expect(render({}, '{% include ../_data/note.html %}')).rejects.toThrow(/"\.\." segment/)
    await expect(render({}, `{% include ${secret} %}`)).rejects.toThrow(/absolute path on the machine/)
  })

  it('links that stay inside the content folder are followed', async () => {
    expect(await render({ '_includes/note.html': 'CONTENT/_data/note.html', 'posts/also.txt': 'CONTENT/posts/beside.txt' }, '{% include note.html x=1 %} {% include_relative also.txt %}')).toBe('NOTE 1 BESIDE')
  })
})
