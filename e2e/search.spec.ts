import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type Request } from '@playwright/test'
import { stubServices } from './services'

// Analytics and comments scripts come from local stubs, never the network.
test.beforeEach(async ({ context }) => stubServices(context))

// Journeys through search on the exported site. Every path is relative to the project's baseURL, so the
// same specs run at `/` and under the preview base path.

const POST = '2016/06/20/container-days-in-boston/'
const POST_TITLE = 'Container Days in Boston'
const SECTION = 'our-takeaway-from-containerdays'

const isIndexFile = (url: string) => /\/search\/(?:manifest\.json|[scft]\/)/.test(url)

function record(page: Page): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  return requests
}

/** Shortcuts work once React has hydrated; the theme toggle is enabled at that moment too. */
async function hydrated(page: Page) {
  await expect(page.getByRole('button', { name: /^Switch to (dark|light) theme$/ })).toBeEnabled()
}

async function openDialog(page: Page) {
  await hydrated(page)
  await page.keyboard.press('Control+K')
  const dialog = page.getByRole('dialog', { name: 'Search posts' })
  await expect(dialog).toBeVisible()
  return dialog
}

test('a page that is read and left downloads no search code and no index', async ({ page }) => {
  const requests = record(page)
  await page.goto('./')
  await page.goto(POST)
  await page.mouse.wheel(0, 2000)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1500)
  const before = new Set(requests.map((request) => request.url()))
  expect([...before].filter(isIndexFile)).toEqual([])
  expect([...before].filter((url) => url.includes('turbopack-worker') || /\/search\/(?:index\.txt|__next)/.test(url))).toEqual([])

  // The first sign of intent loads the dialog's code and the manifest, nothing earlier.
  await page.getByRole('link', { name: 'Search' }).hover()
  await expect.poll(() => requests.some((request) => request.url().endsWith('/search/manifest.json'))).toBe(true)
  const scripts = requests.filter((request) => request.resourceType() === 'script' && !before.has(request.url()))
  expect(scripts.length).toBeGreaterThan(0)
})

for (const query of ['overlay', 'kube', 'yelp', 'dumb-init']) {
  test(`"${query}" finds the first post`, async ({ page }) => {
    await page.goto('./')
    const dialog = await openDialog(page)
    await dialog.getByRole('combobox', { name: 'Search posts' }).fill(query)
    await expect(dialog.getByRole('option', { name: new RegExp(POST_TITLE) })).toBeVisible()
    await expect(dialog.getByRole('status')).toHaveText('1 post found')
  })
}

test('a result opens the post at the matching section', async ({ page }) => {
  await page.goto('./')
  const dialog = await openDialog(page)
  await dialog.getByRole('combobox').fill('yelp')
  const section = dialog.getByRole('option', { name: /Our Takeaway from ContainerDays/ })
  await expect(section.locator('mark').first()).toHaveText(/yelp/i)
  await section.click()
  await expect(page).toHaveURL(new RegExp(`/${POST}#${SECTION}$`))
  await expect(page.getByRole('heading', { name: POST_TITLE, level: 1 })).toBeVisible()
})

test('keyboard only: shortcut, arrows, Enter, and Esc gives focus back', async ({ page }) => {
  await page.goto('./')
  const button = page.getByRole('link', { name: 'Search' })
  await hydrated(page)
  await button.focus()
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Search posts' })
  await expect(dialog.getByRole('combobox')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(button).toBeFocused()

  await page.keyboard.press('/')
  await page.keyboard.type('overlay')
  await expect(dialog.getByRole('option').first()).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('option', { selected: true })).toHaveText(/Our Takeaway/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/${POST}#${SECTION}$`))
})

test('the search page keeps its query in the URL', async ({ page }) => {
  await page.goto('search/?q=kube')
  const box = page.getByRole('combobox', { name: 'Search posts' })
  await expect(box).toHaveValue('kube')
  await expect(page.getByRole('option', { name: new RegExp(POST_TITLE) })).toBeVisible()
  await box.fill('zzyzx')
  await expect(page).toHaveURL(/\?q=zzyzx$/)
  await expect(page.getByText(/No posts match/)).toBeVisible()
  await page.reload()
  await expect(box).toHaveValue('zzyzx')
  await page.goto(POST)
  await page.goBack()
  await expect(box).toHaveValue('zzyzx')
})

test('filters narrow results by tag, author and year', async ({ page }) => {
  await page.goto('search/?q=container')
  await expect(page.getByRole('option', { name: new RegExp(POST_TITLE) })).toBeVisible()
  await page.locator('summary', { hasText: 'Filters' }).click()
  await page.getByLabel('Tag').selectOption('kubernetes')
  await expect(page.getByRole('status')).toHaveText('1 post found')
  await page.getByLabel('Author').selectOption('Dale Ragan')
  await page.getByLabel('Year').selectOption('2016')
  await expect(page.getByRole('option', { name: new RegExp(POST_TITLE) })).toBeVisible()
  await page.getByRole('combobox', { name: 'Search posts' }).fill('')
  await expect(page.getByRole('status')).toHaveText('1 post found')
  await expect(page).toHaveURL(/\/search\/$/)
})

test('the dialog has no accessibility violations', async ({ page }) => {
  await page.goto('./')
  const dialog = await openDialog(page)
  await dialog.getByRole('combobox').fill('overlay')
  await expect(dialog.getByRole('option').first()).toBeVisible()
  const results = await new AxeBuilder({ page }).include('.search-dialog').analyze()
  expect(results.violations).toEqual([])
})

test('without JavaScript the search page says why it is empty', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL })
  const page = await context.newPage()
  await page.goto('search/')
  await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible()
  // Chromium's script switch does not render <noscript> as a browser with JavaScript off does: read what it holds.
  expect(await page.locator('noscript').evaluate((element) => element.textContent)).toContain('Search runs in your browser and needs JavaScript')
  await context.close()
})
