import type { Disagreement } from './batch'

/**
 * A disagreement's class: its kind and its reason with the particulars (file names, values, words)
 * taken out, so the thousand posts a missing rule breaks count as one finding, shrunk and shown once.
 */
export function classOf(d: Disagreement): string {
  if (d.kind === 'import fails' || d.kind === 'build fails at content' || d.kind === 'build fails') {
    const field = /field "([^"]+)"/.exec(d.detail)?.[1]
    const reason = d.detail.replace(/^.*?field "[^"]+":\s*/, '').split(/\. Fix:|\n/)[0] ?? ''
    return `${d.kind}: ${field === undefined ? '' : `${field}: `}${generalise(reason)}`
  }
  if (d.kind === 'not faithful') return `${d.kind}: ${d.detail.split('; ').map((p) => generalise(p.replace(/\(Jekyll: .*\)$/, ''))).join('; ')}`
  return d.kind
}

function generalise(text: string): string {
  return text
    // A parser's message quotes the text it stopped at: the author's words, not the reason.
    .replace(/ at line \d+, column \d+:.*$/, '')
    .replace(/"[^"]*"/g, '"…"')
    .replace(/"…"(?: "…")+/g, '"…"')
    .replace(/\S*fz\d+\S*/g, '…')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160)
}

export function byClass<T extends Disagreement>(found: readonly T[]): Map<string, T[]> {
  const classes = new Map<string, T[]>()
  for (const d of found) {
    const key = classOf(d)
    classes.set(key, [...(classes.get(key) ?? []), d])
  }
  return classes
}
