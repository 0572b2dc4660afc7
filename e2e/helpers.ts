import { readFileSync } from 'node:fs'
import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test'
import { parseAllowlist } from '../lib/build/links/allowlist.mjs'
import { PREVIEW_BASE_PATH } from '../lib/testing/env.mjs'
import { stubServices } from './services'

/**
 * Shared bits of the journeys. Paths here are site paths without a leading slash (`tags/`): joined onto
 * the project's baseURL they land under its base path, where `/tags/` would escape it.
 */

export const POST = {
  title: 'Container Days in Boston',
  path: '2016/06/20/container-days-in-boston/',
  tags: ['devops', 'docker', 'aws', 'kubernetes'],
} as const

export type AuditedPage = { name: string; path: string; heading: string; title: string; description: RegExp; status: 200 | 404 }

const SITE_DESCRIPTION = /^Engineering notes: infrastructure, containers/

/** One page of each kind the site has: audited for accessibility and metadata. */
export const AUDITED_PAGES: readonly AuditedPage[] = [
  { name: 'home', path: '', heading: 'Pressroom', title: 'Pressroom', description: SITE_DESCRIPTION, status: 200 },
  { name: 'post', path: POST.path, heading: POST.title, title: `${POST.title} · Pressroom`, description: /^As an “open space conference” for DevOps/, status: 200 },
  { name: 'tags', path: 'tags/', heading: 'Tags', title: 'Tags · Pressroom', description: /^Every tag, with the number of posts/, status: 200 },
  { name: 'tag', path: 'tags/docker/', heading: 'Posts tagged #docker', title: 'Posts tagged #docker · Pressroom', description: /^\d+ posts? tagged docker\.$/, status: 200 },
  { name: 'archive', path: 'archive/', heading: 'Archive', title: 'Archive · Pressroom', description: /^Every post, by year\.$/, status: 200 },
  { name: 'archive year', path: 'archive/2016/', heading: 'Posts from 2016', title: 'Posts from 2016 · Pressroom', description: /^\d+ posts? from 2016\.$/, status: 200 },
  { name: 'authors', path: 'authors/', heading: 'Authors', title: 'Authors · Pressroom', description: /^Everyone who writes here\.$/, status: 200 },
  { name: 'author', path: 'authors/dale-ragan/', heading: 'Dale Ragan', title: 'Dale Ragan · Pressroom', description: /^Posts by Dale Ragan\.$/, status: 200 },
  { name: 'search', path: 'search/', heading: 'Search', title: 'Search · Pressroom', description: /^Search every post\.$/, status: 200 },
  { name: 'page (About)', path: 'about/', heading: 'About', title: 'About · Pressroom', description: /^Who writes here, and what Pressroom is\.$/, status: 200 },
  { name: 'post with series and math', path: '2025/03/10/what-this-blog-can-do/', heading: 'What this blog can do', title: 'What this blog can do · Pressroom', description: /^A tour of what a post here can use/, status: 200 },
  { name: 'post with a diagram and comments', path: '2025/03/17/around-a-post/', heading: 'Around a post', title: 'Around a post · Pressroom', description: /^What readers find around a post/, status: 200 },
  { name: '404', path: 'no-such-page/', heading: 'Page not found', title: 'Page not found · Pressroom', description: SITE_DESCRIPTION, status: 404 },
]

// Targets the link check excuses are missing on purpose; the browser's 404 for them is no news.
// The fixture site's own list (test/site/ is what the test builds are made from).
const ALLOWLIST = 'test/site/link-allowlist.txt'
const knownMissing = parseAllowlist(readFileSync(ALLOWLIST, 'utf8'), ALLOWLIST).map((entry) => entry.target)

type Site = {
  /** '' at the root, '/pressroom/pr-preview/pr-42' in the base project. */
  basePath: string
  /** True in the `base` project: a preview build, drafts included. */
  isPreview: boolean
  /** Absolute URL of a site path in this project. */
  url(path: string): string
  /** Opens a site path, checks the status, and waits until React has hydrated (the theme toggle turns on). */
  visit(page: Page, path: string, status?: 200 | 404): Promise<void>
}

// Fixture callbacks name their second argument `provide`: React's hook lint would take `use` for React.use.
export const test = base.extend<{ site: Site; expectedMissing: Set<string>; noConsoleErrors: void; stubbedServices: void }>({
  expectedMissing: async ({}, provide) => provide(new Set()),

  site: async ({ baseURL, expectedMissing }, provide) => {
    if (!baseURL) throw new Error('Set use.baseURL for this project in playwright.config.ts')
    const url = (path: string) => new URL(path.replace(/^\/+/, ''), baseURL).href
    const basePath = new URL(baseURL).pathname.replace(/\/$/, '')
    await provide({
      basePath,
      isPreview: basePath === PREVIEW_BASE_PATH,
      url,
      async visit(page, path, status = 200) {
        // A page that should 404 makes the browser log the document's 404; that one is expected.
        if (status === 404) expectedMissing.add(url(path))
        const response = await page.goto(path.replace(/^\/+/, ''))
        expect(response?.status(), `status of ${url(path)}`).toBe(status)
        await expect(themeToggle(page)).toBeEnabled()
      },
    })
  },

  // Analytics and comments scripts come from local stubs (e2e/services.ts), never the network.
  stubbedServices: [
    async ({ context }, provide) => {
      await stubServices(context)
      await provide()
    },
    { auto: true },
  ],

  // Every journey fails on a console error or uncaught exception, except 404s it was told to expect.
  noConsoleErrors: [
    async ({ page, site, expectedMissing }, provide) => {
      const errors: string[] = []
      const isExpected = (message: ConsoleMessage) => {
        const url = message.location().url
        if (!/status of 404/.test(message.text()) || !url) return false
        const path = new URL(url).pathname
        return expectedMissing.has(url) || knownMissing.some((target) => path === site.basePath + target)
      }
      page.on('console', (message) => {
        if (message.type() === 'error' && !isExpected(message)) errors.push(`${message.text()} (${message.location().url})`)
      })
      page.on('pageerror', (error) => errors.push(`Uncaught: ${error.message}`))
      await provide()
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/** The theme toggle, named for the theme it switches to ("Switch to dark theme"). */
export function themeToggle(page: Page) {
  return page.getByRole('button', { name: /^Switch to (dark|light) theme$/ })
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, maxPresses = 30): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses++) {
    await page.keyboard.press('Tab')
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`Tab never reached ${target} in ${maxPresses} presses`)
}
