import fc from 'fast-check'

/**
 * YAML as Jekyll authors write it: the same value in every style Ruby's reader (Psych) takes, so the
 * import's YAML reader is tried on all of them. Each arbitrary yields the text after `key:` (a leading
 * space or a newline included), to be written as `${key}:${text}`.
 */

/** Words the text measure can see (letters and digits only), so a lost or mangled value shows. */
export const WORDS = ['alpha', 'bravo', 'cobalt', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper', 'kestrel', 'lantern', 'meadow', 'nickel', 'orchid', 'pepper', 'quartz', 'raven', 'saffron', 'tundra', 'umber', 'velvet', 'willow', 'xenon', 'yonder', 'zephyr'] as const

export const word = fc.constantFrom(...WORDS)
export const phrase = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '))

/** A string value: plain when YAML allows it, quoted, folded, literal, or continued on unindented lines. */
export function scalarText(value: string): fc.Arbitrary<string> {
  const plainOk = /^[A-Za-z0-9][^:#\n]*$/.test(value) && !/\s$/.test(value) && !/^(true|false|yes|no|on|off|null|~|\d[\d.:-]*)$/i.test(value)
  const single = ` '${value.replace(/'/g, "''")}'`
  const double = ` "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
  const styles: fc.Arbitrary<string>[] = [fc.constant(single), fc.constant(double)]
  if (plainOk) styles.push(fc.constant(` ${value}`), fc.constant(` ${value}`))
  const parts = value.split(' ')
  if (parts.length > 1 && !/["\\]/.test(value)) {
    const half = Math.ceil(parts.length / 2)
    const head = parts.slice(0, half).join(' ')
    const tail = parts.slice(half).join(' ')
    // A double-quoted value whose second line starts at column 0: Psych reads it, strict readers refuse.
    styles.push(fc.constant(` "${head}\n${tail}"`))
    if (plainOk) styles.push(fc.constant(` >-\n  ${head}\n  ${tail}`), fc.constant(` ${head}\n  ${tail}`))
  }
  if (!value.includes('\n') && plainOk) styles.push(fc.constant(` |-\n  ${value}`))
  return fc.oneof(...styles)
}

/** A list of strings in block style (indented or not), flow style, or as one space-separated string. */
export function listText(items: readonly string[], spaceSeparatedOk: boolean): fc.Arbitrary<string> {
  const quote = (s: string) => (/^[A-Za-z][A-Za-z0-9 -]*$/.test(s) ? s : `"${s.replace(/["\\]/g, '\\$&')}"`)
  const styles: fc.Arbitrary<string>[] = [
    fc.constant(items.length === 0 ? ' []' : `\n${items.map((i) => `  - ${quote(i)}`).join('\n')}`),
    fc.constant(items.length === 0 ? ' []' : `\n${items.map((i) => `- ${quote(i)}`).join('\n')}`),
    fc.constant(` [${items.map(quote).join(', ')}]`),
  ]
  if (spaceSeparatedOk && items.every((i) => /^[A-Za-z0-9-]+$/.test(i)) && items.length > 0) styles.push(fc.constant(` ${items.join(' ')}`))
  return fc.oneof(...styles)
}

/** The front matter as one flow mapping (`{ title: x, tags: [a] }`), where every value survives that style. */
export function flowText(entries: readonly (readonly [string, string])[]): string | undefined {
  // One line each, and commas or brackets only inside quotes or a list.
  const flowable = entries.every(([, v]) => !v.includes('\n') && !/^ [|>]/.test(v) && (/^ ["'[]/.test(v) || !/[,{}[\]]/.test(v)))
  return flowable && entries.length > 0 ? `{ ${entries.map(([k, v]) => `${k}:${v}`).join(', ')} }` : undefined
}
