import { expect, test } from './helpers'
import { visit } from './crawl'

/**
 * A draft holding one of each HTML payload (test/site/posts/2010-01-01-html-payloads.md): built only in the
 * preview project, where drafts are shown. Nothing in it may run, redirect, or restyle the page around it.
 */
const PAYLOADS = '2010/01/01/html-payloads/'

test.describe('post HTML cannot script or restyle the page', () => {
  test('the payload draft renders its text and runs none of its code', async ({ page, site }) => {
    if (!site.isPreview) {
      // Production never builds drafts: the payload post is not published there at all.
      await site.visit(page, PAYLOADS, 404)
      return
    }
    const report = await visit(page, site.url(PAYLOADS))
    expect(report.failures).toEqual([])
    expect(report.cspViolations).toEqual([])
    // Still here: no meta refresh, no base href sending links elsewhere.
    expect(new URL(page.url()).pathname).toBe(`${site.basePath}/${PAYLOADS}`)
    await expect(page.getByText('The last paragraph, after every payload.')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.dataset.pwned)).toBeUndefined()
    const body = page.locator('[data-post-html]')
    await expect(body.locator('script, style, meta, base, link, form, input, iframe, svg')).toHaveCount(0)
    await expect(body.locator('[onerror], [onload], [href^="javascript:"]')).toHaveCount(0)
    // The header and the preview banner are shown, and nothing sits fixed over the page.
    await expect(page.getByTestId('preview-banner')).toBeVisible()
    await expect(page.getByRole('banner')).toBeVisible()
    expect(await body.evaluate((el) => [...el.querySelectorAll('*')].filter((node) => getComputedStyle(node).position === 'fixed').length)).toBe(0)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).not.toBe('rgb(255, 0, 0)')
    await page.getByText('A link that must not run').click()
    expect(await page.evaluate(() => document.documentElement.dataset.pwned)).toBeUndefined()
  })
})
