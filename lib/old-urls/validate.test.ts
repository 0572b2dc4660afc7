import { describe, expect, it } from 'vitest'
import { redirectsFile, vercelRedirects } from './hosts'
import { redirectRules } from './rules'
import { redirectsFileProblems, vercelProblems } from './validate'

const rules = redirectRules({ paginatePath: '/articles/page:num/', pageCount: 4, redirects: [{ from: '/old/', to: '/new/' }] })

describe('redirect files against their hosts’ formats', () => {
  it('passes what the writers write', () => {
    expect(redirectsFileProblems(redirectsFile(rules).rules)).toEqual([])
    expect(vercelProblems({ headers: [{}, {}], redirects: vercelRedirects(rules, 2).rules })).toEqual([])
  })
  it('fails a bad status, a source that is no path, a static rule after a dynamic one, and too many rules', () => {
    expect(redirectsFileProblems('/a /b 301!\n')).toEqual(['_redirects line 1: status 301! is not one of 301, 302, 303, 307, 308'])
    expect(redirectsFileProblems('a /b 301\n')).toEqual(['_redirects line 1: the source "a" is not a path'])
    expect(redirectsFileProblems('/p:num/ /page/:num/ 301\n/a /b 301\n')).toEqual(['_redirects line 2: a static rule after a dynamic one (Cloudflare Pages counts it as dynamic)'])
    const many = Array.from({ length: 2001 }, (_, i) => `/r${i}/ / 301`).join('\n')
    expect(redirectsFileProblems(many)).toEqual(["_redirects: 2001 static rules, over Cloudflare Pages' 2000"])
  })
  it('fails a vercel.json redirect with no permanence, a space, or an unbalanced pattern, and too many routes', () => {
    expect(vercelProblems({ redirects: [{ source: '/a b', destination: '/b', permanent: true }] })).toEqual(['vercel.json redirects[0]: source must be a path without spaces'])
    expect(vercelProblems({ redirects: [{ source: '/p:num(\\d+/', destination: '/b', permanent: true }] })).toEqual(['vercel.json redirects[0]: source "/p:num(\\d+/" has unbalanced parentheses'])
    expect(vercelProblems({ redirects: [{ source: '/a', destination: '/b' }] })).toEqual(['vercel.json redirects[0]: permanent must be true or false'])
    const many = Array.from({ length: 2049 }, (_, i) => ({ source: `/r${i}`, destination: '/', permanent: true }))
    expect(vercelProblems({ redirects: many })).toEqual(["vercel.json: 2049 routes, over Vercel's 2048"])
  })
})
