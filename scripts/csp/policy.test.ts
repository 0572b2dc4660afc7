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

describe('services switched on in lib/site.ts', () => {
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
  const body = '<div class="post__body" data-post-html=""><p>Hi</p><div><script>alert(1)</script></div><script>"</div>";steal()</script></div>'
  const withPost = `<!DOCTYPE html><html><head><meta charSet="utf-8"/><script>${theme}</script></head><body>${body}<script>${flight}</script></body></html>`

  it('hashes the scripts Pressroom writes and none inside the post body', () => {
    expect(inlineScripts(withPost)).toEqual([theme, flight])
    const policy = pagePolicy(inlineScripts(withPost))
    expect(policy).not.toContain(hash('alert(1)'))
    expect(policy).not.toContain(hash('"</div>";steal()'))
  })

  it('finds the end of the body past nested divs and a closing tag inside a script', () => {
    const [region] = postHtmlRegions(withPost)
    expect(region && withPost.slice(region[0], region[1])).toBe(body)
  })

  it('does not report a post-body script as missing from the policy: it is meant not to run', () => {
    expect(unlistedScripts(withPagePolicy(withPost))).toEqual([])
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
