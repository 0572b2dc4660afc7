/**
 * `style` attributes in posts: kept for what authors use them for (colour, alignment, sizes, spacing,
 * borders), stripped of what lets an element leave the post's box and draw over the page around it
 * (`position`, `z-index`, `inset`/`top`/…, `transform`, negative margins, raised `vertical-align`) or fetch
 * anything (`url(…)`, `image-set(…)`, `@import`), and of CSS escapes, which could spell any of those in
 * disguise. Values are read with a CSS parser (css-tree), not patterns: a sign hidden in `calc(-1 * 9em)`
 * or `min(-1px, 0px)` is as visible to it as `-9em`. Our own highlighter's style attributes are added after
 * this runs, so they are never touched.
 */
import { generate, parse, type CssNode, type Declaration } from 'css-tree'
import { ALLOWED_PROPERTIES, MATH_FUNCTIONS, mayBeNegative, mayUseMath, VALUE_FUNCTIONS } from './style-rules'

export type StyleResult = { kept: string; removed: string[] }

/** Longer style attributes are refused whole: no author writes one, and the parser's time grows with it. */
export const MAX_STYLE_LENGTH = 4000

/** Parses `a: b; c: d` as a CSS declaration list; keeps the declarations whose every value part is allowed. */
export function filterStyle(style: string): StyleResult {
  if (style.length > MAX_STYLE_LENGTH) return { kept: '', removed: [`${style.length} characters (over ${MAX_STYLE_LENGTH})`] }
  const kept: string[] = []
  const removed: string[] = []
  const list = parse(style, { context: 'declarationList', onParseError: () => undefined })
  if (list.type !== 'DeclarationList') return { kept: '', removed: [style.trim().slice(0, 40)] }
  list.children.forEach((node) => {
    if (node.type !== 'Declaration') {
      removed.push(node.type === 'Raw' ? node.value.trim().slice(0, 40) : node.type)
      return
    }
    const property = node.property.toLowerCase()
    const value = generate(node.value)
    // An escape could spell a property or a sign that a browser reads differently from this parser.
    if (isAllowed(property, node) && !value.includes('\\')) kept.push(`${property}: ${value}${node.important === true ? ' !important' : ''}`)
    else removed.push(property)
  })
  return { kept: kept.join('; '), removed }
}

function isAllowed(property: string, declaration: Declaration): boolean {
  if (!ALLOWED_PROPERTIES.has(property) || declaration.value.type !== 'Value') return false
  if (declaration.important !== true && declaration.important !== false) return false
  return declaration.value.children.toArray().every((part) => isAllowedPart(property, part))
}

/** One part of a value, recursively: plain numbers, words, colours and strings, and a few functions. */
function isAllowedPart(property: string, part: CssNode): boolean {
  switch (part.type) {
    case 'Identifier':
      // `display: contents` would lift children out of the post's box; `vertical-align` may only use its keywords.
      return !(property === 'display' && part.name.toLowerCase() === 'contents')
    case 'Number':
    case 'Dimension':
    case 'Percentage':
      // A raised `vertical-align` lifts an inline box by its length, up over whatever is above the post.
      if (property === 'vertical-align' && part.type !== 'Number') return false
      return !part.value.trim().startsWith('-') || mayBeNegative(property)
    case 'Hash':
    case 'String':
    case 'Operator':
      return true
    case 'Parentheses':
      return part.children.toArray().every((child) => isAllowedPart(property, child))
    case 'Function': {
      const name = part.name.toLowerCase()
      // A math function's sign is known only in layout (`calc(100% - 100vw)`), so where a sign matters none is allowed.
      const allowed = VALUE_FUNCTIONS.has(name) || (MATH_FUNCTIONS.has(name) && mayUseMath(property))
      return allowed && part.children.toArray().every((child) => isAllowedPart(property, child))
    }
    default:
      // url(), unicode ranges, raw text the parser could not read, anything new.
      return false
  }
}
