/** What a post's `style` attribute may say (read by ./style.ts). */

export const ALLOWED_PROPERTIES = new Set([
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

/** Colour functions: they compute a colour, never a place on the page. */
export const VALUE_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'])

/** Functions whose result may be negative whatever their arguments look like. */
export const MATH_FUNCTIONS = new Set(['calc', 'min', 'max', 'clamp'])

/**
 * Negative values move text sideways only in these two (tight tracking, hanging indents); anywhere else a
 * negative length either is invalid CSS or pulls the element out of its place (margins).
 */
const NEGATIVE_ALLOWED = new Set(['letter-spacing', 'text-indent'])

/**
 * Sizes where a browser clamps a negative result of `calc()` to zero or refuses it, so a computed value
 * cannot move anything: widths, heights, padding, gaps, font size, borders.
 */
const MATH_ALLOWED = /^(?:(?:max-|min-)?(?:width|height)|padding(?:-\w+)?|gap|font-size|border-(?:width|radius|spacing)|line-height)$/

export function mayBeNegative(property: string): boolean {
  return NEGATIVE_ALLOWED.has(property)
}

export function mayUseMath(property: string): boolean {
  return MATH_ALLOWED.test(property)
}
