/** Characters XML 1.0 allows nowhere, not even escaped or inside CDATA. */
export function withoutForbiddenChars(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
}

/** Text and attribute escaping for hand-written XML: the five predefined entities, and no control characters. */
export function escapeXml(value: string): string {
  return withoutForbiddenChars(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** `<name attr="…">text</name>`, escaped; omitted when `text` is undefined. */
export function element(name: string, text: string | undefined, attrs: Record<string, string> = {}): string {
  if (text === undefined) return ''
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`
}

export function attributes(attrs: Record<string, string>): string {
  return Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('')
}
