import { describe, expect, it } from 'vitest'
import { CLOUDFLARE_STATIC_LIMIT, redirectsFile, vercelRedirects } from './hosts'
import { paginationShape, redirectRules } from './rules'

describe('redirectRules', () => {
  it('sends each old listing page to the same page of the new listing, and its first page home', () => {
    const rules = redirectRules({ paginatePath: '/articles/page:num/', pageCount: 3, redirects: [] })
    expect(rules.map(({ from, to }) => [from, to])).toEqual([
      ['/articles/', '/'],
      ['/articles/page2/', '/page/2/'],
      ['/articles/page3/', '/page/3/'],
    ])
  })
  it('adds each redirect_from, once per old URL, and never a rule to itself', () => {
    const rules = redirectRules({ paginatePath: '/page:num', pageCount: 2, redirects: [{ from: '/old/', to: '/new/' }, { from: '/old/', to: '/other/' }, { from: '/same/', to: '/same/' }] })
    expect(rules.map(({ from, to }) => [from, to])).toEqual([
      ['/page2/', '/page/2/'],
      ['/old/', '/new/'],
    ])
  })
  it('reads paginate_path as jekyll-paginate does, and refuses one that climbs out of the site', () => {
    expect(paginationShape('/blog/page:num/')).toEqual({ kind: 'pagination', prefix: '/blog/page', suffix: '/' })
    expect(paginationShape('page:num')).toEqual({ kind: 'pagination', prefix: '/page', suffix: '/' })
    expect(paginationShape('/../page:num/')).toBeUndefined()
    expect(paginationShape(undefined)).toBeUndefined()
  })
})

describe("each host's redirect format", () => {
  const rules = redirectRules({ paginatePath: '/articles/page:num/', pageCount: 3, redirects: [{ from: '/old place/', to: '/2020/01/05/café/' }] })

  it('_redirects: one `from to 301` a line, paths percent-encoded so a space cannot split a line', () => {
    const lines = redirectsFile(rules).rules.split('\n').filter((line) => line && !line.startsWith('#'))
    expect(lines).toEqual(['/articles/ / 301', '/articles/page2/ /page/2/ 301', '/articles/page3/ /page/3/ 301', '/old%20place/ /2020/01/05/caf%C3%A9/ 301'])
  })
  it('_redirects: past 2,000 static rules the listing pages collapse into one placeholder rule, statics first', () => {
    const many = redirectRules({ paginatePath: '/page:num/', pageCount: 50, redirects: Array.from({ length: CLOUDFLARE_STATIC_LIMIT }, (_, i) => ({ from: `/r${i}/`, to: '/' })) })
    const { rules: text, omitted } = redirectsFile(many)
    const lines = text.split('\n').filter((line) => line && !line.startsWith('#'))
    expect(lines.filter((line) => line.includes(':num'))).toEqual(['/page:num/ /page/:num/ 301'])
    expect(lines.at(-1)).toBe('/page:num/ /page/:num/ 301')
    expect(lines.length - 1).toBe(CLOUDFLARE_STATIC_LIMIT)
    expect(omitted).toEqual([])
  })
  it('vercel.json: the listing pages as one pattern, every other rule as itself, permanent', () => {
    const { rules: redirects } = vercelRedirects(rules, 2)
    expect(redirects).toEqual([
      { source: '/articles/', destination: '/', permanent: true },
      { source: '/articles/page:num(\\d+)/', destination: '/page/:num/', permanent: true },
      { source: '/old%20place/', destination: '/2020/01/05/caf%C3%A9/', permanent: true },
    ])
  })
})
