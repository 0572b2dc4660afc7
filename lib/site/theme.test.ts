import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { siteConfigFrom } from './index'
import { parseSiteJson } from './json'
import { checkThemeFiles, contrast, parseHex, themeVariables } from './theme'

const parse = (json: object) => parseSiteJson(JSON.stringify(json))
const ACCENT = { light: '#0B57B8', dark: '#8bb8ff' }

describe('logo and favicon', () => {
  it('take a path in public/', () => {
    const site = siteConfigFrom(parse({ logo: '/images/logo.svg', favicon: '/favicon.png' }))
    expect(site.theme).toMatchObject({ logo: '/images/logo.svg', favicon: '/favicon.png' })
    expect(siteConfigFrom().theme.logo).toBeUndefined()
  })
  it('refuse a path that is not a site path, or not an image, naming the field', () => {
    expect(() => parse({ logo: 'images/logo.svg' })).toThrow('content/site.json: field "logo": expected a path in public/')
    expect(() => parse({ logo: '/../secret.svg' })).toThrow('field "logo"')
    expect(() => parse({ logo: '/logo.pdf' })).toThrow('field "logo": "/logo.pdf" is not one of .svg')
    expect(() => parse({ favicon: '/favicon.jpg' })).toThrow('field "favicon"')
  })

  const root = mkdtempSync(join(tmpdir(), 'pressroom-theme-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  it('must exist in public/', () => {
    mkdirSync(join(root, 'public/images'), { recursive: true })
    writeFileSync(join(root, 'public/images/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    expect(() => checkThemeFiles({ logo: '/images/logo.svg' }, 'content/site.json', root)).not.toThrow()
    expect(() => checkThemeFiles({ favicon: '/favicon.png' }, 'content/site.json', root)).toThrow(
      'content/site.json: field "favicon": public/favicon.png does not exist. Fix: add the image at public/favicon.png',
    )
    expect(() => checkThemeFiles({ logo: '/images' }, 'content/site.json', root)).toThrow('public/images does not exist')
  })
})

describe('colors', () => {
  it('set the accent for each theme as a light-dark() pair on the root', () => {
    const site = siteConfigFrom(parse({ colors: { accent: ACCENT, accentHover: { light: '#083f86', dark: '#b5d1ff' } } }))
    expect(themeVariables(site.theme)).toEqual({ '--accent': 'light-dark(#0b57b8, #8bb8ff)', '--accent-strong': 'light-dark(#083f86, #b5d1ff)' })
    expect(themeVariables(siteConfigFrom().theme)).toEqual({})
  })
  it('refuse what is not a hex colour, naming the theme', () => {
    expect(() => parse({ colors: { accent: { light: 'blue', dark: '#8bb8ff' } } })).toThrow('field "colors.accent.light": "blue" is not a hex colour')
    expect(() => parse({ colors: { accent: '#0b57b8' } })).toThrow('field "colors.accent": expected a colour for each theme')
    expect(() => parse({ colors: { background: ACCENT } })).toThrow('field "colors.background"')
  })
  it('refuse a colour that would not read on its theme', () => {
    // Yellow on the light background, and navy on the dark one: both fail WCAG AA, which axe checks.
    expect(() => parse({ colors: { accent: { light: '#f5c400', dark: '#8bb8ff' } } })).toThrow(/field "colors.accent.light": "#f5c400" has 1\.\d\d:1 contrast .* Fix: choose a darker colour/)
    expect(() => parse({ colors: { accent: { light: '#0b57b8', dark: '#1a237e' } } })).toThrow('Fix: choose a lighter colour')
  })
  it('measure contrast as WCAG does', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).toBeCloseTo(21)
    expect(parseHex('#fff')).toEqual([255, 255, 255])
    expect(parseHex('#ggg')).toBeUndefined()
  })
})

describe('fonts', () => {
  it('set local font stacks, later layers winning per font', () => {
    const site = siteConfigFrom(parse({ fonts: { body: "'Source Serif 4', Georgia, serif", code: 'monospace' } }), parse({ fonts: { headings: '"Inter", system-ui' } }))
    expect(themeVariables(site.theme)).toEqual({ '--font-body': "'Source Serif 4', Georgia, serif", '--font-headings': '"Inter", system-ui', '--font-mono': 'monospace' })
  })
  it('refuse a stack that downloads, breaks out of its property or names an unknown font', () => {
    expect(() => parse({ fonts: { body: 'url(https://fonts.example/x.woff2)' } })).toThrow('field "fonts.body": expected a stack of installed font names')
    expect(() => parse({ fonts: { body: 'serif; } body { display: none' } })).toThrow('field "fonts.body"')
    expect(() => parse({ fonts: { ui: 'serif' } })).toThrow('field "fonts.ui": "ui" is not a font Pressroom knows')
  })
})

describe("the README's \"Make it yours\" example", () => {
  it('is a site.json Pressroom accepts, showing every look setting', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    const example = /## Make it yours[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(example).toBeDefined()
    const json = parseSiteJson(example ?? '', 'README.md')
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['logo', 'favicon', 'colors', 'fonts']))
  })
})
