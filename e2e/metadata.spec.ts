import { resolveDeployEnv } from '../lib/deploy/env.mjs'
import { site as siteConfig } from '../lib/site'
import { PREVIEW_BASE_PATH } from '../lib/testing/env.mjs'
import { AUDITED_PAGES, expect, test } from './helpers'

// The production URL the build was made for: canonical links always name it, never a preview's address.
const productionUrl = resolveDeployEnv(process.env).siteUrl ?? siteConfig.url

for (const audited of AUDITED_PAGES) {
  test(`the ${audited.name} page has a title, a description and ${audited.status === 200 ? 'a canonical link' : 'noindex'}`, async ({ page, site }) => {
    await site.visit(page, audited.path, audited.status)
    await expect(page).toHaveTitle(audited.title)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', audited.description)

    const canonical = page.locator('link[rel="canonical"]')
    if (audited.status === 404) {
      // An error page answers many URLs; it must not claim one as canonical, and must stay out of indexes.
      await expect(canonical).toHaveCount(0)
      // Next adds its own noindex to not-found pages, so there may be two of these tags; one is enough.
      await expect(page.locator('meta[name="robots"][content~="noindex"]').first()).toBeAttached()
      return
    }
    await expect(canonical).toHaveAttribute('href', `${productionUrl}/${audited.path}`)
    const href = await canonical.getAttribute('href')
    expect(href).not.toContain(PREVIEW_BASE_PATH)
  })
}
