import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { PostHtml } from '../../components/PostHtml'
import { withPagePolicy } from '../../lib/build/csp/policy.mjs'
import { MARKER, type GeneratedPost } from './arbitraries'
import type { HostileBody } from './hostile'

/** Set by the page's own inline script: if it is unset, the CSP step left the site's own script unhashed. */
export const OWN_FLAG = '__own'
/** Set by every script a payload carries: if it is set, post HTML ran code. */
export const RAN_FLAG = '__ran'

// app/globals.css imports a file per concern; a page's own <style> cannot, so the imports are inlined in order.
const CSS = readFileSync(join(process.cwd(), 'app', 'globals.css'), 'utf8')
  .replace(/@import '(.+?)';/g, (_, path: string) => readFileSync(join(process.cwd(), 'app', path), 'utf8'))

/** A generated body as the post `posts/2020-01-01-fuzz.md`, for the content chain (./run-post). */
export function hostilePost(generated: HostileBody): GeneratedPost {
  return { name: '2020-01-01-fuzz.md', frontMatter: { title: 'Fuzz', trusted_html: generated.trusted }, body: generated.body, crlf: false, dotsEnd: false }
}

/**
 * The post's HTML on a page laid out as the site lays out a post (the site's stylesheet, its header, the
 * body in the components' own wrapper, an inline script of the site's own), with the policy the CSP
 * build step writes. Only what is needed to judge scripts, overlay and loss: not the whole layout.
 */
export function pageFor(html: string): string {
  const body = renderToStaticMarkup(createElement(PostHtml, { className: 'post__body prose', html }))
  const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><style>${CSS}</style><script>window.${OWN_FLAG}=true</script></head><body>`
    + '<header class="site-header"><div class="site-header__inner"><a class="site-title" href="/">Fuzz blog</a><nav class="site-nav"><ul class="site-nav__links"><li><a href="/tags/">Tags</a></li><li><a href="/search/">Search</a></li></ul></nav></div></header>'
    + `<main id="main"><article class="post"><header class="post__header"><h1>Fuzz</h1></header>${body}</article></main></body></html>`
  return withPagePolicy(page)
}

export { MARKER }
