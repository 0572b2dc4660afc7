import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { expect, test } from '@playwright/test'

/**
 * A Jekyll blog moved with the import command and built (scripts/import-e2e.mjs writes `out-import/`
 * from test/fixtures/jekyll-site/), read in the browser at the URLs Jekyll gave its posts. Jekyll 4.3
 * itself publishes this fixture at the same URLs (see the fixture's _config.yml).
 */
const OUT = 'out-import'
const POST_URL = '/engineering/2019/04/03/moving-day.html'
const TITLE = 'Moving day: the notes "move" house'

let server: ChildProcess | undefined
let origin = ''

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

test.beforeAll(async () => {
  if (!existsSync(OUT)) throw new Error(`${OUT}/ is missing. Fix: run \`node scripts/import-e2e.mjs\` first (npm test does).`)
  const port = await freePort()
  origin = `http://127.0.0.1:${port}`
  server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', OUT, '--port', String(port)], { stdio: 'ignore' })
  for (let i = 0; i < 50; i++) {
    const up = await fetch(`${origin}/`).then(() => true, () => false)
    if (up) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`the server for ${OUT}/ did not start on ${origin}`)
})

test.afterAll(() => {
  server?.kill()
})

test('an imported post is at its Jekyll URL, rendered as Jekyll renders it', async ({ page }) => {
  const response = await page.goto(`${origin}${POST_URL}`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  const body = page.getByRole('article')
  // Liquid: site and page variables, an include with parameters, a loop over _data, post_url.
  await expect(body.getByText('We moved the blog of Field Notes with 2 people.')).toHaveClass(/lead/)
  await expect(body.locator('aside.callout')).toHaveText('Heads up: Every URL stays where it was.')
  await expect(body.getByText('The team: Ines (writer), Tomas (reviewer).')).toBeVisible()
  await expect(body.locator('pre code')).toContainText('puts "34 characters"')
  await expect(body.getByRole('link', { name: 'the first post' })).toHaveAttribute('href', '/2018/12/31/first-notes.html')
  // kramdown's abbreviation, and no Liquid or kramdown syntax left in the text.
  await expect(body.locator('abbr[title="Uniform Resource Locator"]')).toHaveText(['URL'])
  expect(await body.innerText()).not.toMatch(/\{%|\{\{|\{:/)
})

test('a post without a title takes it from its file name, and its link leads there', async ({ page }) => {
  await page.goto(`${origin}${POST_URL}`)
  await page.getByRole('article').getByRole('link', { name: 'the first post' }).click()
  await expect(page).toHaveURL(`${origin}/2018/12/31/first-notes.html`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('First Notes')
})

test('each redirect_from address sends the reader on to the post', async ({ page }) => {
  for (const from of ['/old/moving-day.html', '/2019/moving-day/']) {
    await page.goto(`${origin}${from}`)
    await expect(page).toHaveURL(`${origin}${POST_URL}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  }
})

test("a post whose Jekyll URL holds a space (category: Data Science) is at that URL", async ({ page }) => {
  const response = await page.goto(`${origin}/data%20science/2019/05/06/open-data.html`)
  expect(response?.status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data')
  await expect(page.getByRole('article')).toContainText('Our first data set is public.')
})
