import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { parseManifest } from '../lib/preview/manifest'
import { FIXTURE_EDITS } from '../lib/testing/preview-fixture.mjs'
import { DRAFT } from './content'
import { expect, POST, test } from './helpers'

// The `base` project's preview was built against the fixture repository's base commit
// (lib/testing/preview-fixture.mjs): it adds the draft, edits the seed post's text, title and URL, and removes
// "Notes from an old meetup". The `root` project is production, which carries none of this: each test
// says what both must show.

const REMOVED = { title: 'Notes from an old meetup', url: '/2015/03/01/notes-from-an-old-meetup/' }

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
}

test.describe('what a preview changes', () => {
  test('the banner counts the changes and opens the list, which links each post to its preview page', async ({ page, site }) => {
    await site.visit(page, '')
    const summary = page.getByTestId('preview-changes')
    if (!site.isPreview) {
      await expect(summary).toHaveCount(0)
      await site.visit(page, 'changes/', 404)
      return
    }
    await expect(summary).toHaveText('1 added, 1 changed, 1 removed · Changes in this preview')
    await summary.getByRole('link', { name: 'Changes in this preview' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes in this preview')
    await expect(page.getByRole('main')).toContainText(/Compared with commit [0-9a-f]{7}\./)

    const list = (name: RegExp) => page.getByRole('list', { name })
    await expect(list(/^Added: 1 post$/).getByRole('link')).toHaveText([DRAFT.title])
    await expect(list(/^Added: 1 post$/).getByRole('link')).toHaveAttribute('href', `${site.basePath}/${DRAFT.path}`)
    await expect(list(/^Changed: 1 post$/).getByRole('link')).toHaveAttribute('href', `${site.basePath}/${POST.path}#changes`)
    await expect(list(/^Changed: 1 post$/)).toContainText(`${POST.title} — title, url, text`)
    const removed = list(/^Removed: 1 post$/).getByRole('listitem')
    await expect(removed).toHaveText(`${REMOVED.title} (was at ${REMOVED.url})`)
    await expect(removed.getByRole('link')).toHaveCount(0)

    await list(/^Changed: 1 post$/).getByRole('link').click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title)
    await expect(page.getByRole('complementary', { name: 'Changes in this post' })).toBeInViewport()
  })

  test('a changed post shows its front-matter changes and the words added and removed', async ({ page, site }) => {
    await site.visit(page, POST.path)
    const changes = page.getByRole('complementary', { name: 'Changes in this post' })
    if (!site.isPreview) {
      await expect(changes).toHaveCount(0)
      await expect(page.locator('main ins, main del')).toHaveCount(0)
      return
    }
    const title = changes.getByRole('definition').filter({ hasText: FIXTURE_EDITS.title.head })
    await expect(title.locator('del')).toHaveText(`was: ${FIXTURE_EDITS.title.base}`)
    await expect(title.locator('ins')).toHaveText(`now: ${FIXTURE_EDITS.title.head}`)
    const url = changes.getByRole('definition').filter({ hasText: FIXTURE_EDITS.url.head })
    await expect(url.locator('del')).toHaveText(`was: ${FIXTURE_EDITS.url.base}`)
    await expect(url).toContainText('The old URL now leads nowhere (not found)')

    // The diff marks only the words that differ, with words for screen readers inside each mark.
    const paragraph = changes.locator('p').filter({ hasText: 'Container technology is' })
    await expect(paragraph.locator('del')).toHaveText('[removed: common (fairly]')
    await expect(paragraph.locator('ins')).toHaveText('[added: widespread (considerably]')
    await expect(paragraph).toContainText('mature) among large enterprises')
    await expect(changes).toContainText(/… \d+ unchanged paragraphs …/)
  })

  test('an added post says it is new; an unchanged page has no changes panel', async ({ page, site }) => {
    await site.visit(page, DRAFT.path, site.isPreview ? 200 : 404)
    if (site.isPreview) await expect(page.getByRole('complementary', { name: 'Changes in this post' })).toContainText('New in this preview.')
    await site.visit(page, 'archive/')
    await expect(page.getByRole('complementary', { name: 'Changes in this post' })).toHaveCount(0)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the changes page and a diff pass axe in the ${colorScheme} theme`, async ({ page, site }) => {
      await page.emulateMedia({ colorScheme })
      await site.visit(page, 'changes/', site.isPreview ? 200 : 404)
      await noAxeViolations(page)
      await site.visit(page, POST.path)
      await expect(page.locator('main ins')).toHaveCount(site.isPreview ? 3 : 0)
      await noAxeViolations(page)
    })
  }

  // Measured on the changes' own elements: the site header is wider than 320 px on every page (its own issue).
  test('the diff and the changes page fit a 320 px screen', async ({ page, site }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await site.visit(page, POST.path)
    const panel = page.getByRole('complementary', { name: 'Changes in this post' })
    if (!site.isPreview) {
      await expect(panel).toHaveCount(0)
      return
    }
    const fits = (selector: string) =>
      page.locator(selector).evaluateAll((elements) => elements.filter((element) => element.getBoundingClientRect().right > 320 || element.scrollWidth > element.clientWidth).map((element) => element.outerHTML.slice(0, 80)))
    expect(await fits('#changes, #changes :not(.sr-only)')).toEqual([])
    await site.visit(page, 'changes/')
    expect(await fits('main, main :not(.sr-only)')).toEqual([])
  })
})

test('every build ships the content manifest that previews compare with, and the texts it points at', async ({ request, site }) => {
  const url = site.url('_pressroom/manifest.json')
  const response = await request.get(url)
  expect(response.status()).toBe(200)
  const manifest = parseManifest(await response.json(), url)
  // Every published post (the seed post and the two that show the blog's features); the preview's manifest
  // lists its drafts too: the one the fixture adds and the HTML-payload draft.
  const published = [POST.title, 'What this blog can do', 'Around a post']
  expect(manifest.posts.map((post) => post.title).sort()).toEqual((site.isPreview ? [...published, DRAFT.title, 'HTML payloads (test draft)'] : published).sort())
  const post = manifest.posts.find((entry) => entry.url === `/${POST.path}`)
  if (!post) throw new Error(`the manifest at ${url} does not list /${POST.path}`)
  const text = await request.get(new URL(post.text, url).href)
  expect(await text.text()).toContain(FIXTURE_EDITS.text.head)
})
