/**
 * `style` attributes in posts: kept for what authors use them for (colour, alignment, sizes, spacing,
 * borders), stripped of what lets an element leave the post's box and draw over the page around it
 * (`position`, `z-index`, `inset`/`top`/…, `transform`, negative margins) or fetch anything (`url(…)`,
 * `image-set(…)`, `@import`), and of CSS escapes, which could spell any of those in disguise.
 * Our own highlighter's style attributes are added after this runs, so they are never touched.
 */

const ALLOWED_PROPERTIES = new Set([
  'color', 'background-color', 'opacity',
  'text-align', 'text-decoration', 'text-transform', 'text-indent', 'vertical-align', 'white-space', 'word-break',
  'overflow-wrap', 'letter-spacing', 'line-height',
  'font', 'font-family', 'font-size', 'font-style', 'font-weight', 'font-variant',
  'width', 'max-width', 'min-width', 'height', 'max-height', 'min-height', 'aspect-ratio', 'object-fit',
  'display', 'float', 'clear', 'overflow', 'overflow-x', 'overflow-y', 'gap',
  'margin', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding', 'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-color', 'border-style',
  'border-width', 'border-radius', 'border-collapse', 'border-spacing',
  'list-style', 'list-style-type', 'list-style-position', 'caption-side', 'table-layout',
])

export type StyleResult = { kept: string; removed: string[] }

/** Splits `a: b; c: d` into declarations; keeps the allowed ones. Linear in the attribute's length. */
export function filterStyle(style: string): StyleResult {
  const kept: string[] = []
  const removed: string[] = []
  for (const declaration of style.split(';')) {
    const at = declaration.indexOf(':')
    if (declaration.trim() === '') continue
    const property = (at < 0 ? declaration : declaration.slice(0, at)).trim().toLowerCase()
    const value = at < 0 ? '' : declaration.slice(at + 1).trim()
    if (at > 0 && ALLOWED_PROPERTIES.has(property) && isPlainValue(property, value)) kept.push(`${property}: ${value}`)
    else removed.push(property || declaration.trim().slice(0, 40))
  }
  return { kept: kept.join('; '), removed }
}

function isPlainValue(property: string, value: string): boolean {
  const lower = value.toLowerCase()
  if (/[\\@<>{}]|\/\*|url\s*\(|image-set\s*\(|expression\s*\(|image\s*\(|element\s*\(|cross-fade\s*\(/.test(lower)) return false
  if (property.startsWith('margin') && /(^|[\s(,])-/.test(lower)) return false
  // `display: contents` would lift children out of the post's box; `fixed`/`sticky` belong to `position`.
  return !(property === 'display' && lower.includes('contents'))
}
