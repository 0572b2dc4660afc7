import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { DRAFT } from './content'
import { AUDITED_PAGES, expect, test, themeToggle } from './helpers'

// Each page in each way a reader can get a theme: from the system, or chosen with the toggle against it.
// `background` proves the theme really applied before axe measures contrast.
const LIGHT = 'rgb(251, 250, 247)'
const DARK = 'rgb(22, 23, 27)'
const THEMES = [
  { name: 'light system theme', colorScheme: 'light', choose: undefined, background: LIGHT },
  { name: 'dark system theme', colorScheme: 'dark', choose: undefined, background: DARK },
  { name: 'dark theme chosen on a light system', colorScheme: 'light', choose: 'dark', background: DARK },
  { name: 'light theme chosen on a dark system', colorScheme: 'dark', choose: 'light', background: LIGHT },
] as const

type Theme = (typeof THEMES)[number]

async function expectNoViolations(page: Page, theme: Theme, heading: string) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading)
  if (theme.choose) {
    await themeToggle(page).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme.choose)
  }
  await expect(page.locator('body')).toHaveCSS('background-color', theme.background)
  const { violations } = await new AxeBuilder({ page }).analyze()
  const summary = violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }))
  expect(summary).toEqual([])
}

for (const theme of THEMES) {
  test.describe(theme.name, () => {
    test.use({ colorScheme: theme.colorScheme })

    for (const audited of AUDITED_PAGES) {
      test(`axe finds no violations on the ${audited.name} page`, async ({ page, site }) => {
        await site.visit(page, audited.path, audited.status)
        await expectNoViolations(page, theme, audited.heading)
      })
    }

    // The draft shows every element the renderer has (code, table, footnote, task list); production has no
    // such page, and its 404 at that address is audited instead.
    test('axe finds no violations on the draft post (the 404 in production)', async ({ page, site }) => {
      await site.visit(page, DRAFT.path, site.isPreview ? 200 : 404)
      await expectNoViolations(page, theme, site.isPreview ? DRAFT.title : 'Page not found')
    })
  })
}
