import { existsSync, statSync } from 'node:fs'
import { extname, join } from 'node:path'
import { ContentError } from '../content/error'
import { isRecord } from './features'

/**
 * "Make it yours" as data: the logo, favicon, colours and fonts a team sets in content/site.json, so that
 * nothing of theirs lives in engine files (app/globals.css, app/icon.svg) a newer engine would replace.
 * Applied at build time as CSS custom properties on <html> (app/layout.tsx); no client JavaScript.
 */

/** A colour for each theme. */
export type ColorPair = { light: string; dark: string }
/** `accent`: links, buttons, the current nav item; `accentHover`: links under the pointer. */
export type ThemeColors = { accent?: ColorPair; accentHover?: ColorPair }
/** Font stacks: `body` (posts), `headings` (titles and headings), `code`. */
export type ThemeFonts = { body?: string; headings?: string; code?: string }
export type ThemeSettings = { logo?: string; favicon?: string; colors?: ThemeColors; fonts?: ThemeFonts }

/** The merged look a build applies: every layer's settings over the engine's (empty: app/globals.css as it is). */
export type Theme = { logo?: string; favicon?: string; colors: ThemeColors; fonts: ThemeFonts }

export function withTheme(base: Theme, layer: ThemeSettings): Theme {
  return {
    logo: layer.logo ?? base.logo,
    favicon: layer.favicon ?? base.favicon,
    colors: { ...base.colors, ...layer.colors },
    fonts: { ...base.fonts, ...layer.fonts },
  }
}

export const THEME_KEYS = ['logo', 'favicon', 'colors', 'fonts'] as const

/** The engine's backgrounds (app/_styles/tokens.css `--bg`, `--surface`): an accent is text on each, so it must read on each. */
const BACKGROUNDS: Readonly<Record<keyof ColorPair, readonly string[]>> = {
  light: ['#fbfaf7', '#f1efe9'],
  dark: ['#16171b', '#1f2127'],
}
/** WCAG AA for body-size text: the ratio axe checks links and buttons against. */
const MIN_CONTRAST = 4.5

const IMAGE_TYPES: Readonly<Record<'logo' | 'favicon', readonly string[]>> = {
  logo: ['.svg', '.png', '.jpg', '.jpeg', '.webp', '.gif', '.avif'],
  favicon: ['.svg', '.png', '.ico'],
}

/** Each validation fails with one line naming the file, the field and the fix. */
export function parseTheme(value: Record<string, unknown>, file: string): ThemeSettings {
  const out: ThemeSettings = {}
  for (const key of ['logo', 'favicon'] as const) {
    const v = value[key]
    if (v !== undefined) out[key] = imagePath(v, key, file)
  }
  if (value.colors !== undefined) out.colors = colors(value.colors, file)
  if (value.fonts !== undefined) out.fonts = fonts(value.fonts, file)
  return out
}

function imagePath(v: unknown, key: 'logo' | 'favicon', file: string): string {
  const example = key === 'logo' ? '/images/logo.svg' : '/favicon.png'
  if (typeof v !== 'string' || !/^\/[^\s?#]*$/.test(v) || v.split('/').includes('..')) {
    throw new ContentError(file, key, 'expected a path in public/ starting with "/"', `put the image in public/ and write "${key}": "${example}"`)
  }
  if (!IMAGE_TYPES[key].includes(extname(v).toLowerCase())) {
    throw new ContentError(file, key, `"${v}" is not one of ${IMAGE_TYPES[key].join(', ')}`, `use an image of one of those types, e.g. "${example}"`)
  }
  return v
}

/** The files `logo` and `favicon` name exist in public/ (copied into the site as they are). */
export function checkThemeFiles(theme: ThemeSettings, file: string, root: string): void {
  for (const key of ['logo', 'favicon'] as const) {
    const path = theme[key]
    if (path === undefined) continue
    const onDisk = join(root, 'public', path)
    if (!existsSync(onDisk) || !statSync(onDisk).isFile()) {
      throw new ContentError(file, key, `public${path} does not exist`, `add the image at public${path} or correct the path`)
    }
  }
}

function colors(v: unknown, file: string): ThemeColors {
  if (!isRecord(v)) throw new ContentError(file, 'colors', 'expected an object', 'write "colors": { "accent": { "light": "#0b57b8", "dark": "#8bb8ff" } }')
  const out: ThemeColors = {}
  for (const [key, pair] of Object.entries(v)) {
    if (key !== 'accent' && key !== 'accentHover') throw new ContentError(file, `colors.${key}`, `"${key}" is not a colour Pressroom knows`, 'use "accent" or "accentHover"')
    out[key] = colorPair(pair, `colors.${key}`, file)
  }
  return out
}

function colorPair(v: unknown, field: string, file: string): ColorPair {
  const light = isRecord(v) ? v.light : undefined
  const dark = isRecord(v) ? v.dark : undefined
  if (typeof light !== 'string' || typeof dark !== 'string') {
    throw new ContentError(file, field, 'expected a colour for each theme', `write "${field.split('.')[1]}": { "light": "#0b57b8", "dark": "#8bb8ff" }`)
  }
  for (const [theme, color] of [['light', light], ['dark', dark]] as const) {
    const rgb = parseHex(color)
    if (!rgb) throw new ContentError(file, `${field}.${theme}`, `"${color}" is not a hex colour`, 'write a CSS hex colour such as "#0b57b8"')
    const worst = Math.min(...BACKGROUNDS[theme].map((bg) => contrast(rgb, parseHex(bg) ?? [0, 0, 0])))
    if (worst < MIN_CONTRAST) {
      const want = theme === 'light' ? 'darker' : 'lighter'
      throw new ContentError(file, `${field}.${theme}`, `"${color}" has ${worst.toFixed(2)}:1 contrast on the ${theme} theme's background, below ${MIN_CONTRAST}:1`, `choose a ${want} colour`)
    }
  }
  return { light: light.toLowerCase(), dark: dark.toLowerCase() }
}

/** `#rgb` or `#rrggbb` as 0–255 channels; hex only, so contrast can be checked here, before any browser. */
export function parseHex(color: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  const hex = m?.[1]
  if (hex === undefined) return undefined
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex
  const channel = (i: number) => parseInt(full.slice(i, i + 2), 16)
  return [channel(0), channel(2), channel(4)]
}

/** WCAG 2 contrast ratio of two sRGB colours. */
export function contrast(a: readonly number[], b: readonly number[]): number {
  const [la, lb] = [luminance(a), luminance(b)]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/**
 * A stack of font names the reader's system may have: quoted names or plain words, comma-separated. No
 * `url(`, `@`, braces or semicolons: nothing is downloaded, and the value cannot break out of its property.
 */
const FONT_STACK = /^\s*(?:"[\w .-]+"|'[\w .-]+'|[A-Za-z][\w -]*)(?:\s*,\s*(?:"[\w .-]+"|'[\w .-]+'|[A-Za-z][\w -]*))*\s*$/

function fonts(v: unknown, file: string): ThemeFonts {
  const example = '"system-ui, sans-serif"'
  if (!isRecord(v)) throw new ContentError(file, 'fonts', 'expected an object', `write "fonts": { "body": ${example} }`)
  const out: ThemeFonts = {}
  for (const [key, stack] of Object.entries(v)) {
    if (key !== 'body' && key !== 'headings' && key !== 'code') throw new ContentError(file, `fonts.${key}`, `"${key}" is not a font Pressroom knows`, 'use "body", "headings" or "code"')
    if (typeof stack !== 'string' || !FONT_STACK.test(stack)) {
      throw new ContentError(file, `fonts.${key}`, 'expected a stack of installed font names, comma-separated', `write "${key}": ${example} (no url(), @font-face or ;)`)
    }
    out[key] = stack.trim()
  }
  return out
}

/** The CSS custom properties app/_styles/ reads, for the settings given; none when nothing is set. */
export function themeVariables({ colors: colorsSet, fonts: fontsSet }: Theme): Record<string, string> {
  const vars: Record<string, string> = {}
  const pair = (p: ColorPair) => `light-dark(${p.light}, ${p.dark})`
  if (colorsSet.accent) vars['--accent'] = pair(colorsSet.accent)
  if (colorsSet.accentHover) vars['--accent-strong'] = pair(colorsSet.accentHover)
  if (fontsSet.body) vars['--font-body'] = fontsSet.body
  if (fontsSet.headings) vars['--font-headings'] = fontsSet.headings
  if (fontsSet.code) vars['--font-mono'] = fontsSet.code
  return vars
}
