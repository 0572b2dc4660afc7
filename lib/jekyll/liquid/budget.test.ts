import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIQUID_LIMITS } from './budget'
import { JekyllLiquid } from './engine'

// Issue 22, class 6: each of these hung the build or ran it out of memory, naming nothing.
const root = mkdtempSync(join(tmpdir(), 'pressroom-liquid-budget-'))
const includesDir = join(root, '_includes')
const postsDir = join(root, 'posts')
mkdirSync(includesDir, { recursive: true })
mkdirSync(postsDir, { recursive: true })
writeFileSync(join(includesDir, 'self.html'), 'again {% include self.html %}')
writeFileSync(join(includesDir, 'ping.html'), '{% include pong.html %}')
writeFileSync(join(includesDir, 'pong.html'), '{% include ping.html %}')
writeFileSync(join(postsDir, 'loop.md'), 'x{% include_relative loop.md %}')

const engine = new JekyllLiquid({
  includesDir,
  site: () => ({ title: 'Example', url: 'https://blog.example.com', baseurl: '' }),
  posts: () => [],
  liquidTags: {},
  timeZone: 'UTC',
  markdownify: async (md) => md,
  smartify: (text) => text,
})
const file = { file: 'posts/2016-06-20-boston.md', dir: postsDir, root: postsDir }
const render = async (source: string) => (await engine.render(source, { title: 'Boston', date: new Date('2016-06-20T00:00:00Z') }, file)).output

describe('the Liquid budget of a post', () => {
  it('stops a loop of a billion iterations, naming the limit', async () => {
    await expect(render('{% for i in (1..1000000000) %}{{ i }}{% endfor %}')).rejects.toThrow(/limit memory/)
    await expect(render('{% for i in (1..2000) %}{% for j in (1..2000) %}{% endfor %}{% endfor %}')).rejects.toThrow(/limit passes/)
  }, 20_000)
  it('stops a capture that doubles itself', async () => {
    await expect(render('{% capture x %}ab{% endcapture %}{% for i in (1..60) %}{% capture x %}{{ x }}{{ x }}{% endcapture %}{% endfor %}{{ x | size }}')).rejects.toThrow(/limit outputChars/)
  }, 20_000)
  it('stops an include that includes itself, directly, through another, or relatively', async () => {
    await expect(render('{% include self.html %}')).rejects.toThrow(/limit depth/)
    await expect(render('{% include ping.html %}')).rejects.toThrow(/limit depth/)
    await expect(render('{% include_relative loop.md %}')).rejects.toThrow(/limit depth/)
  })
  it('refuses a date format wider than the limit, and keeps ordinary ones', async () => {
    await expect(render('{{ page.date | date: "%1000000000Y" }}')).rejects.toThrow(new RegExp(`limit dateWidth ${LIQUID_LIMITS.dateWidth}`))
    expect(await render('{{ page.date | date: "%-d %B %Y, %010Y" }}')).toBe('20 June 2016, 0000002016')
  })
  it('lets an ordinary post through: loops over a few thousand items, a few includes deep', async () => {
    expect((await render('{% for i in (1..5000) %}{% if i > 4999 %}{{ i }}{% endif %}{% endfor %}')).trim()).toBe('5000')
  })
})
