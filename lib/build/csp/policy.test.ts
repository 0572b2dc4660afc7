import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { headersFile, vercelHeaders } from './headers.mjs'
import { postHtmlRegions } from './post-html.mjs'
import { HEADER_POLICY, headerPolicy, inlineScripts, pagePolicy, unlistedScripts, withPagePolicy } from './policy.mjs'

const theme = "try{document.documentElement.dataset.theme='dark'}catch(e){}"
const flight = 'self.__next_f.push([1,"page data"])'
const page = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script src="/_next/a.js" async=""></script><script>${theme}</script></head><body><script>${flight}</script></body></html>`
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('page policy', () => {
  it('finds inline scripts and leaves scripts with a src to self', () => {
    expect(inlineScripts(page)).toEqual([theme, flight])
  })

  it('lists the hash of every inline script, once, and never unsafe-inline for scripts', () => {
    const policy = pagePolicy([theme, flight, theme])
    expect(policy).toMatch(new RegExp(`script-src 'self' [^;']*${escapeRegExp(hash(theme))} ${escapeRegExp(hash(flight))};`))
    expect(policy.match(/sha256-/g)).toHaveLength(2)
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
  })

  it('writes the meta after the charset, before the first script, and rewrites it on a second run', () => {
    const once = withPagePolicy(page)
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(once.indexOf('charSet'))
    expect(once.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(once.indexOf('<script'))
    expect(withPagePolicy(once)).toBe(once)
    expect(unlistedScripts(once)).toEqual([])
  })

  it('reports a page whose scripts changed after its policy was written, and a page without one', () => {
    const stale = withPagePolicy(page).replace(flight, 'alert(1)')
    expect(unlistedScripts(stale)).toEqual(['alert(1)'])
    expect(unlistedScripts(page)[0]).toMatch(/no Content-Security-Policy meta/)
  })
})

describe('host headers', () => {
  it('confine every fetch to self and forbid framing', () => {
    expect(HEADER_POLICY).toMatch(/^default-src 'self';/)
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'")
    expect(HEADER_POLICY).toContain("object-src 'none'")
  })

  it('say the same in _headers and vercel.json, with long caching only for fingerprinted assets', () => {
    const file = headersFile()
    expect(file).toContain(`  Content-Security-Policy: ${HEADER_POLICY}\n`)
    expect(file).toMatch(/\/_next\/static\/\*\n {2}Cache-Control: public, max-age=31536000, immutable\n$/)
    const [all, assets] = vercelHeaders()
    expect(all?.headers).toContainEqual({ key: 'Content-Security-Policy', value: HEADER_POLICY })
    expect(assets).toEqual({ source: '/_next/static/(.*)', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] })
  })
})

describe('services switched on in content/site.json', () => {
  const sources = { 'script-src': ['https://giscus.app'], 'frame-src': ['https://giscus.app'] }

  it('adds their origins to the page policy, a new directive starting from self', () => {
    const policy = pagePolicy([theme], sources)
    expect(policy).toMatch(/script-src 'self' [^;]*https:\/\/giscus\.app 'sha256-[^;]*;/)
    expect(policy).toContain(`https://giscus.app ${hash(theme)};`)
    expect(policy).toMatch(/frame-src 'self' [^;]*https:\/\/giscus\.app/)
    expect(pagePolicy([theme])).not.toContain('giscus')
  })

  it('writes them into the page meta', () => {
    expect(withPagePolicy(page, () => sources)).toMatch(/frame-src 'self' [^;]*https:\/\/giscus\.app/)
    expect(withPagePolicy(page)).not.toContain('giscus')
  })

  it('puts them in the header policy too', () => {
    expect(headerPolicy(sources)).toMatch(/script-src 'self' [^;]*https:\/\/giscus\.app 'unsafe-inline'/)
    expect(headersFile(sources)).toMatch(/frame-src 'self' [^;]*https:\/\/giscus\.app/)
  })
})

describe('post HTML on a page', () => {
  const wrap = (html: string) => `<div class="post__body" data-post-html="${html.length}">${html}</div>`
  const pageWith = (...bodies: string[]) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>${theme}</script></head><body><main>${bodies.map(wrap).join('<hr/>')}</main><script>${flight}</script></body></html>`
  const body = '<p>Hi</p><div><script>alert(1)</script></div><script>"</div>";steal()</script>'

  it('hashes the scripts Pressroom writes and none inside the post body', () => {
    expect(inlineScripts(pageWith(body))).toEqual([theme, flight])
    const policy = pagePolicy(inlineScripts(pageWith(body)))
    expect(policy).not.toContain(hash('alert(1)'))
    expect(policy).not.toContain(hash('"</div>";steal()'))
  })

  it('measures the body by the length its wrapper declares', () => {
    const page = pageWith(body)
    const [region] = postHtmlRegions(page)
    expect(region && page.slice(region[0], region[1])).toBe(body)
    expect(() => postHtmlRegions(page.replace(`data-post-html="${body.length}"`, 'data-post-html="3"'))).toThrow(/does not end with its wrapper's <\/div>/)
  })

  // Issue 22, class 3: each of these ended the old pattern's region early, so the script after it was hashed and ran.
  it.each([
    ['a </div> in an attribute value', '<p title="</div></div>">x</p><script>evil()</script>'],
    ['a </div> in a comment', '<!-- </div></div> --><script>evil()</script>'],
    ['its own closing tags, as a trusted post may write them', '</div></main><script>evil()</script><main><div>'],
    ['a wrapper of its own', '<div data-post-html="0"></div><script>evil()</script>'],
    ['a script left open', '<p>x</p><script>evil()'],
    ['an SVG script', '<svg><script>evil()</script></svg>'],
  ])('never hashes a post script behind %s', (_, html) => {
    const scripts = inlineScripts(pageWith(html))
    expect(scripts.some((script) => script.includes('evil()'))).toBe(false)
    expect(scripts).toContain(theme)
  })

  it('still hashes the page\'s own scripts after a post with a script tag in a comment, or a forged wrapper', () => {
    expect(inlineScripts(pageWith('<!-- <script> -->', '<p>next post</p>'))).toEqual([theme, flight])
    expect(inlineScripts(pageWith('<div data-post-html="99999">', '<p>next post</p>'))).toEqual([theme, flight])
  })

  it('hashes only real script elements: not attribute text, comments or data scripts', () => {
    const page = `<html><head><meta name="x" content="&lt;script&gt;a()&lt;/script&gt;"/><!-- <script>b()</script> --><script type="application/ld+json">{"a":1}</script></head><body><img alt="<script>c()</script>"/><script>${flight}</script></body></html>`
    expect(inlineScripts(page)).toEqual([flight])
  })

  it('does not report a post-body script as missing from the policy: it is meant not to run', () => {
    expect(unlistedScripts(withPagePolicy(pageWith(body)))).toEqual([])
  })
})

describe('embed origins', () => {
  it('are allowed as frames and scripts, beside self, in the page and header policies', () => {
    for (const policy of [pagePolicy([]), HEADER_POLICY]) {
      expect(policy).toMatch(/frame-src 'self' [^;]*https:\/\/www\.youtube\.com/)
      expect(policy).toMatch(/script-src 'self' [^;]*https:\/\/gist\.github\.com/)
    }
  })
})
