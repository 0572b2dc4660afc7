import { POST, expect, test } from './helpers'

test('the home page lists the post and opens it', async ({ page, site }) => {
  await site.visit(page, '')
  await expect(page.getByRole('heading', { level: 1, name: 'Pressroom' })).toBeVisible()
  await page.getByRole('link', { name: POST.title }).click()
  await expect(page).toHaveURL(site.url(POST.path))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title)
})

test('a post shows its title once, its image under the base path and ids on its headings', async ({ page, site }) => {
  await site.visit(page, POST.path)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(POST.title)

  // The author's <img> has no alt text, so it is presentational and has no role to find it by.
  await expect(page.getByRole('article').locator('img')).toHaveAttribute('src', `${site.basePath}/blog/images/aws-immutable-infrastructure.png`)

  // The body's own sections; the contents box and related posts around them have headings of their own.
  const sections = page.locator('.post__body').getByRole('heading', { level: 2 })
  await expect(sections).toHaveText(['Our Takeaway from ContainerDays:', 'What are we brewing at Concur'])
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible()
  for (const section of await sections.all()) await expect(section).toHaveAttribute('id', /^[a-z0-9-]+$/)
})

test('a table-of-contents link scrolls its section into view', async ({ page, site }) => {
  await site.visit(page, POST.path)
  const section = page.getByRole('heading', { level: 2, name: 'What are we brewing at Concur' })
  await expect(section).not.toBeInViewport()
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'What are we brewing at Concur' }).click()
  await expect(page).toHaveURL(site.url(`${POST.path}#what-are-we-brewing-at-concur`))
  await expect(section).toBeInViewport()
})

test('tag links lead to tag pages that list the post', async ({ page, site }) => {
  await site.visit(page, POST.path)
  const tags = page.getByRole('article').getByRole('list', { name: 'Tags' })
  for (const tag of POST.tags) {
    await expect(tags.getByRole('link', { name: `#${tag}` })).toHaveAttribute('href', `${site.basePath}/tags/${tag}/`)
  }
  await tags.getByRole('link', { name: '#docker' }).click()
  await expect(page).toHaveURL(site.url('tags/docker/'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Posts tagged #docker')
  await page.getByRole('link', { name: POST.title }).click()
  await expect(page).toHaveURL(site.url(POST.path))
})

test('the tag index shows every tag with its post count', async ({ page, site }) => {
  await site.visit(page, 'tags/')
  for (const tag of POST.tags) {
    // A preview build counts drafts too, so each count is checked against the posts its tag page lists.
    const link = page.getByRole('main').getByRole('link', { name: new RegExp(`^#${tag} \\d+ posts?$`) })
    await expect(link).toHaveAttribute('href', `${site.basePath}/tags/${tag}/`)
    const count = Number(/(\d+) posts?$/.exec((await link.textContent()) ?? '')?.[1])
    const tagPage = await page.context().newPage()
    await site.visit(tagPage, `tags/${tag}/`)
    await expect(tagPage.getByRole('main').getByRole('article')).toHaveCount(count)
    await tagPage.close()
  }
})

test('an unknown URL answers 404 with a page that leads back', async ({ page, site }) => {
  // Deep on purpose: the 404 page is served at any depth, so its assets and links must not be relative.
  await site.visit(page, '2016/06/20/no-such-post/', 404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
  await page.getByRole('link', { name: 'Go to the latest posts' }).click()
  await expect(page).toHaveURL(site.url(''))
  await expect(page.getByRole('link', { name: POST.title })).toBeVisible()
})
