import type { Locator, Page } from '@playwright/test'
import { resolveDeployEnv } from '../lib/deploy/env.mjs'
import { site as siteConfig } from '../lib/site'

/** The production URL the builds were made for: feeds, sitemaps and share images name it, never a test server. */
export const PRODUCTION_URL = resolveDeployEnv(process.env).siteUrl ?? siteConfig.url

/** The draft in content/posts: only a build with SHOW_DRAFTS=1 (the `base` project) contains it. */
export const DRAFT = {
  title: 'Writing for this blog',
  path: '2026/11/24/writing-for-this-blog/',
  tags: ['docker', 'writing'],
} as const

/** A site path (`2016/06/20/x/`, no leading slash) from a link's absolute href on the test server. */
export function sitePath(href: string, basePath: string): string {
  const path = new URL(href).pathname
  if (!path.startsWith(`${basePath}/`)) throw new Error(`${href} is not under the base path "${basePath}"`)
  return path.slice(basePath.length + 1)
}

/** The site paths that a set of links point at, in page order. */
export async function linkedPaths(links: Locator, basePath: string): Promise<string[]> {
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => (a instanceof HTMLAnchorElement ? a.href : '')))
  return hrefs.map((href) => sitePath(href, basePath))
}

/**
 * Every post the archive lists, newest first: the build's own account of what it published. The archive
 * page links each year; each year's pages list its posts.
 */
export async function archivedPosts(page: Page, basePath: string): Promise<string[]> {
  const years = await listedLinks(page, 'archive/', '.archive-years a', basePath)
  const paths: string[] = []
  for (const year of years) {
    for (let next: string | undefined = year; next !== undefined; ) {
      paths.push(...(await listedLinks(page, next, '.archive-list a', basePath)))
      const older = page.getByRole('navigation', { name: 'Pagination' }).locator('a[rel="next"]')
      next = (await older.count()) > 0 ? sitePath(await older.evaluate((a) => (a instanceof HTMLAnchorElement ? a.href : '')), basePath) : undefined
    }
  }
  if (paths.length === 0) throw new Error('the archive lists no posts')
  return paths
}

async function listedLinks(page: Page, path: string, selector: string, basePath: string): Promise<string[]> {
  const response = await page.goto(path)
  if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`)
  return linkedPaths(page.getByRole('main').locator(selector), basePath)
}

/** `-07:00`: the UTC offset of the site's time zone at that instant. */
export function zoneOffset(date: Date, timeZone = siteConfig.timeZone): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(date).find((part) => part.type === 'timeZoneName')?.value
  if (name === 'GMT') return '+00:00'
  const offset = name?.replace(/^GMT/, '')
  if (!offset || !/^[+-]\d\d:\d\d$/.test(offset)) throw new Error(`no offset for ${date.toISOString()} in ${timeZone}: ${name}`)
  return offset
}
