import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { DRAFT, archivedPosts } from './content'
import { POST, expect, tabTo, test } from './helpers'

// Journeys between posts, authors and the archive, in both builds; the draft exists in the preview only.

const AUTHOR = { name: 'Dale Ragan', path: 'authors/dale-ragan/', profile: 'test/site/authors/dale-ragan.yml' }

/** The profile's links as the author wrote them, so the page is checked against its source. */
function profileLinks(): { label: string; url: string }[] {
  const profile: unknown = parse(readFileSync(AUTHOR.profile, 'utf8'))
  const links = typeof profile === 'object' && profile !== null ? Reflect.get(profile, 'links') : undefined
  if (!Array.isArray(links)) throw new Error(`${AUTHOR.profile} has no links list`)
  return links.map((link: unknown) => {
    const label = typeof link === 'object' && link !== null ? Reflect.get(link, 'label') : undefined
    const url = typeof link === 'object' && link !== null ? Reflect.get(link, 'url') : undefined
    if (typeof label !== 'string' || typeof url !== 'string') throw new Error(`${AUTHOR.profile}: a link without label or url`)
    return { label, url }
  })
}

/** The code of the draft's `dockerfile` block, from its Markdown source. */
function draftDockerfile(): string {
  const source = readFileSync('test/site/posts/2026-11-24-writing-for-this-blog.md', 'utf8')
  const block = /```dockerfile\n([\s\S]*?)```/.exec(source)?.[1]
  if (!block) throw new Error('the draft has no dockerfile block')
  return block.trim()
}

test('author journey: a post links its author, whose page shows the profile and lists the post', async ({ page, site }) => {
  await site.visit(page, POST.path)
  await page.locator('.post-meta').getByRole('link', { name: AUTHOR.name }).click()
  await expect(page).toHaveURL(site.url(AUTHOR.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(AUTHOR.name)
  const links = profileLinks()
  expect(links.length).toBeGreaterThan(0)
  // In the author's profile: the footer may link the site's own GitHub too.
  for (const link of links) await expect(page.getByRole('main').getByRole('link', { name: link.label, exact: true })).toHaveAttribute('href', link.url)
  await page.getByRole('main').getByRole('link', { name: POST.title }).click()
  await expect(page).toHaveURL(site.url(POST.path))
})

test('the authors index lists every author with the number of posts their page lists', async ({ page, site }) => {
  await site.visit(page, 'authors/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors')
  const items = await page.getByRole('main').getByRole('listitem').all()
  const listed = await Promise.all(items.map(async (item) => ({ text: (await item.textContent()) ?? '', href: (await item.getByRole('link').getAttribute('href')) ?? '' })))
  expect(listed.map((item) => item.href)).toContain(`${site.basePath}/${AUTHOR.path}`)
  for (const { text, href } of listed) {
    await page.goto(href.replace(`${site.basePath}/`, ''))
    const count = await page.getByRole('main').locator('.post-card__title a').count()
    expect(text, href).toMatch(new RegExp(` ${count} ${count === 1 ? 'post' : 'posts'}$`))
    expect(count, href).toBeGreaterThan(0)
  }
})

test('archive journey: the archive lists each year with its count, newest first; a year page lists that year; each link opens its post', async ({ page, site }) => {
  await site.visit(page, 'archive/')
  const items = await page.getByRole('region', { name: 'Years' }).getByRole('listitem').allTextContents()
  const years = items.map((text) => /^(\d+) (\d+) posts?$/.exec(text.trim()))
  expect(years.every(Boolean), items.join(' | ')).toBe(true)
  const counts = years.flatMap((match) => (match ? [{ year: match[1] ?? '', count: Number(match[2]) }] : []))
  expect(counts.map((c) => c.year)).toContain('2016')
  expect(counts.map((c) => c.year)).toEqual(counts.map((c) => c.year).sort().reverse())
  await expect(page.getByRole('region', { name: 'Latest posts' }).getByRole('link', { name: POST.title })).toBeVisible()
  for (const { year, count } of counts) {
    await site.visit(page, 'archive/')
    await page.getByRole('region', { name: 'Years' }).getByRole('link', { name: year, exact: true }).click()
    await expect(page).toHaveURL(site.url(`archive/${year}/`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Posts from ${year}`)
    const dates = await page.getByRole('main').locator('.archive-list time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
    // One page of the year holds up to 100 posts; this site's years fit on one.
    expect(dates.length, year).toBe(count)
    for (const date of dates) expect(date.slice(0, 4), `a post in ${year}`).toBe(year)
  }
  await site.visit(page, 'archive/2016/')
  await page.getByRole('main').getByRole('link', { name: POST.title }).click()
  await expect(page).toHaveURL(site.url(POST.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title)
})

test('related posts: the preview relates the draft by a shared tag; production never builds the draft', async ({ page, site }) => {
  await site.visit(page, POST.path)
  const related = page.getByRole('complementary', { name: 'Related posts' })
  expect(DRAFT.tags.some((tag) => POST.tags.some((postTag) => postTag === tag)), 'the draft shares a tag with the seed post').toBe(true)
  if (!site.isPreview) {
    await expect(related).toHaveCount(0)
    const archived = await archivedPosts(page, site.basePath)
    expect(archived).not.toContain(DRAFT.path)
    await site.visit(page, DRAFT.path, 404)
    return
  }
  await expect(page.locator('.post-meta').getByText('Draft', { exact: true })).toHaveCount(0)
  await related.getByRole('link', { name: DRAFT.title }).click()
  await expect(page).toHaveURL(site.url(DRAFT.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT.title)
  await expect(page.locator('.post-meta').getByText('Draft', { exact: true })).toBeVisible()
  await expect(page.getByRole('complementary', { name: 'Related posts' }).getByRole('link', { name: POST.title })).toBeVisible()
})

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('the draft’s code has a language label and a Copy button that copies it and says so (preview only)', async ({ page, site }) => {
    if (!site.isPreview) {
      await site.visit(page, DRAFT.path, 404)
      return
    }
    await site.visit(page, DRAFT.path)
    const block = page.locator('.code-block', { has: page.locator('.code-block__language', { hasText: /^dockerfile$/ }) })
    await expect(block).toHaveCount(1)
    const copy = block.getByRole('button', { name: 'Copy' })
    await expect(copy).toBeVisible()
    await copy.click()
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: /cop/i })).toHaveText('Code copied to the clipboard')
    expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(draftDockerfile())
  })
})

test('keyboard only: from home to a post and back to the posts', async ({ page, site }) => {
  await site.visit(page, '')
  const postLink = page.getByRole('main').getByRole('link', { name: POST.title })
  await tabTo(page, postLink)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(site.url(POST.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title)

  await tabTo(page, page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Posts' }), 80)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(site.url(''))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pressroom')
  await expect(postLink).toBeVisible()
})
