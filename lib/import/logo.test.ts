import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempTrees } from '../../test/support/temp-trees'
import { parseSiteJson } from '../site/json'
import { checkThemeFiles } from '../site/theme'
import { siteJsonFromConfig } from './config'
import { importJekyll } from './run'

const tree = tempTrees('pressroom-logo-')
const POST = { '_posts/2020-01-01-first.md': '---\ntitle: First\n---\nHello.\n' }
const quiet = () => {}

describe("the old site's logo", () => {
  it('is read from _config.yml as a site path, and left out when it is a URL elsewhere', () => {
    expect(siteJsonFromConfig('logo: assets/logo.png\n').logo).toBe('/assets/logo.png')
    expect(siteJsonFromConfig('logo: https://cdn.example/logo.png\n').logo).toBeUndefined()
  })
  it('is copied into public/ and set in site.json, so the imported site builds with it', () => {
    const source = tree({ ...POST, '_config.yml': 'title: Old\nlogo: /assets/logo.svg\n', 'assets/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' })
    const root = tree({})
    importJekyll(source, root, quiet)
    const site = parseSiteJson(readFileSync(join(root, 'content/site.json'), 'utf8'))
    expect(site.logo).toBe('/assets/logo.svg')
    expect(readFileSync(join(root, 'public/assets/logo.svg'), 'utf8')).toBe('<svg xmlns="http://www.w3.org/2000/svg"/>')
    expect(() => checkThemeFiles(site, 'content/site.json', root)).not.toThrow()
  })
  it('is left out and reported when the file is missing or not an image Pressroom shows', () => {
    for (const logo of ['/assets/missing.png', '/assets/logo.txt']) {
      const source = tree({ ...POST, '_config.yml': `title: Old\nlogo: ${logo}\n`, 'assets/logo.txt': 'text' })
      const root = tree({})
      const report = importJekyll(source, root, quiet)
      expect(parseSiteJson(readFileSync(join(root, 'content/site.json'), 'utf8')).logo).toBeUndefined()
      expect(report.skipped).toContainEqual({ file: `_config.yml logo: ${logo}`, reason: expect.stringContaining('the header shows the title alone') })
    }
  })
})
