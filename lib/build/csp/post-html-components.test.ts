import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { PageArticle } from '../../../components/PageArticle'
import { PostHtml } from '../../../components/PostHtml'
import { inlineScripts } from './policy.mjs'
import { postHtmlRegions } from './post-html.mjs'

const own = 'self.__next_f.push([1,"x"])'
const inPage = (markup: string) => `<!DOCTYPE html><html><head><meta charSet="utf-8"/></head><body>${markup}<script>${own}</script></body></html>`
// What a trusted post or page may hold: non-ASCII text, a comment, and a script that must not run.
const trusted = '<p title="</div>">été 🚀</p><!-- <script> --><script>evil()</script>'

describe('content HTML as the components write it', () => {
  it('is measured exactly: the region the CSP step reads is the HTML React wrote', () => {
    const page = inPage(renderToStaticMarkup(createElement(PostHtml, { className: 'prose', html: trusted })))
    const [region] = postHtmlRegions(page)
    expect(region && page.slice(region[0], region[1])).toBe(trusted)
  })

  // Issue 22, class 3: a page's body (content/pages/) had no wrapper, so under site.trustedHtml its scripts were hashed and ran.
  it('marks a stand-alone page\'s body as content too', () => {
    const page = inPage(renderToStaticMarkup(createElement(PageArticle, { page: { url: '/about/', title: 'About', description: '', html: trusted } })))
    expect(inlineScripts(page)).toEqual([own])
  })
})
