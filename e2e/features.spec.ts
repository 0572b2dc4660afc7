import { PRODUCTION_URL } from './content'
import { expect, POST, test } from './helpers'

// What a blog is expected to have beyond its posts: pages, series, links elsewhere, the way to propose an
// edit. The test builds switch each on (test/site-features.json); the same journeys run at `/` and under the base path.

const ABOUT = { path: 'about/', title: 'About' } as const
const SERIES = {
  name: 'Getting to know Pressroom',
  parts: [
    { title: 'What this blog can do', path: '2025/03/10/what-this-blog-can-do/' },
    { title: 'Around a post', path: '2025/03/17/around-a-post/' },
  ],
} as const
const REPOSITORY = 'https://github.com/pressroom-example/pressroom'

test('the About page is in the header, at its own URL, in the sitemap and in search', async ({ page, site }) => {
  await site.visit(page, '')
  const nav = page.getByRole('navigation', { name: 'Site' })
  await nav.getByRole('link', { name: 'About' }).click()
  await expect(page).toHaveURL(site.url(ABOUT.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ABOUT.title)
  await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page')

  const sitemap = await (await page.request.get(site.url('sitemap.xml'))).text()
  expect(sitemap).toContain(`<loc>${PRODUCTION_URL}/${ABOUT.path}</loc>`)

  await site.visit(page, 'search/?q=pages%20navigation')
  await expect(page.getByRole('option', { name: /^About/ })).toBeVisible()
})

test('a post in a series lists every part in order, itself marked, the others linked', async ({ page, site }) => {
  const [first, second] = SERIES.parts
  await site.visit(page, second.path)
  const box = page.getByRole('navigation', { name: `Series: ${SERIES.name}` })
  await expect(box).toContainText('Part 2 of 2')
  await expect(box.getByRole('listitem')).toHaveText([first.title, second.title])
  await expect(box.getByText(second.title)).toHaveAttribute('aria-current', 'page')
  await expect(box.getByRole('link', { name: second.title })).toHaveCount(0)
  await box.getByRole('link', { name: first.title }).click()
  await expect(page).toHaveURL(site.url(first.path))
  await expect(page.getByRole('navigation', { name: `Series: ${SERIES.name}` })).toContainText('Part 1 of 2')
})

test('a post outside any series shows no series box', async ({ page, site }) => {
  await site.visit(page, POST.path)
  await expect(page.getByRole('navigation', { name: /^Series:/ })).toHaveCount(0)
})

test('the footer links the profiles with rel="me" and the feed', async ({ page, site }) => {
  await site.visit(page, '')
  const follow = page.getByRole('contentinfo').getByRole('list', { name: 'Follow' })
  await expect(follow.getByRole('link', { name: 'GitHub' })).toHaveAttribute('rel', 'me')
  await expect(follow.getByRole('link', { name: 'Mastodon' })).toHaveAttribute('href', 'https://hachyderm.io/@pressroom')
  await expect(follow.getByRole('link', { name: 'Mastodon' })).toHaveAttribute('rel', 'me')
  await expect(follow.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', `${site.basePath}/feed.xml`)
  await expect(follow.getByRole('link', { name: 'RSS' })).not.toHaveAttribute('rel', 'me')
  await expect(follow.getByRole('link', { name: 'LinkedIn' })).toHaveCount(0)
})

test('a post links to its source file in the repository editor', async ({ page, site }) => {
  await site.visit(page, POST.path)
  await expect(page.getByRole('link', { name: 'Edit this post' })).toHaveAttribute('href', `${REPOSITORY}/edit/main/test/site/posts/2016-06-20-container-days-in-boston.md`)
  await site.visit(page, ABOUT.path)
  await expect(page.getByRole('link', { name: 'Edit this post' })).toHaveCount(0)
})
