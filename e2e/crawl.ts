import type { Page, Response } from '@playwright/test'

/** What one page load showed: same-origin responses that failed, and CSP violations reported. */
export type PageReport = { failures: string[]; cspViolations: string[] }

/** Loads `url`, lets prefetches settle, and reports every same-origin response of 400 or more. */
export async function visit(page: Page, url: string): Promise<PageReport> {
  const origin = new URL(url).origin
  const failures: string[] = []
  const cspViolations: string[] = []
  const onResponse = (response: Response) => {
    if (response.status() >= 400 && new URL(response.url()).origin === origin) failures.push(`${response.status()} ${response.url()}`)
  }
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspViolations.push(message.text())
  }
  page.on('response', onResponse)
  page.on('console', onConsole)
  try {
    await page.goto(url)
    await page.waitForLoadState('networkidle')
  } finally {
    page.off('response', onResponse)
    page.off('console', onConsole)
  }
  return { failures, cspViolations }
}

/** Same-origin page links under `root`, without fragment or query, as absolute URLs. */
export async function pageLinks(page: Page, root: string): Promise<string[]> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((link) => (link instanceof HTMLAnchorElement ? link.href : '')))
  return hrefs.flatMap((href) => {
    if (!href.startsWith(root)) return []
    const url = new URL(href)
    url.hash = ''
    url.search = ''
    return /\.(xml|txt|json|png|jpe?g|gif|svg|webp)$/i.test(url.pathname) ? [] : [url.href]
  })
}

/** Page URLs a sitemap lists, moved from the production origin onto `root` (same path below it). */
export function sitemapPages(xml: string, root: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].flatMap((match) => {
    const loc = match[1]
    return loc === undefined ? [] : [new URL(new URL(loc).pathname.replace(/^\//, ''), root).href]
  })
}
