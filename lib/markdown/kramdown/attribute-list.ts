import type { Nodes } from 'mdast'

/** What one kramdown attribute list `{: .class #id key="value" name}` holds. */
export type Attributes = {
  id?: string
  classes: string[]
  pairs: Record<string, string>
  /** Names of attribute list definitions, and `toc`. */
  refs: string[]
}

/** A block's attribute list, `{: … }`, and not a definition (`{:name: … }`). */
export const IAL = /^\{:(?!\w[\w-]*:)\s*([^}]*)\}$/

/** Parses the inside of `{: … }`. */
export function parseAttributeList(body: string): Attributes {
  const result: Attributes = { classes: [], pairs: {}, refs: [] }
  for (const m of body.matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(\S+))|\.([\w-]+)|#([\w-]+)|([\w-]+)/g)) {
    if (m[1] !== undefined) result.pairs[m[1]] = (m[2] ?? m[3] ?? m[4] ?? '').replace(/\\(.)/g, '$1')
    else if (m[5] !== undefined) result.classes.push(m[5])
    else if (m[6] !== undefined) result.id = m[6]
    else if (m[7] !== undefined) result.refs.push(m[7])
  }
  return result
}

export type Definitions = Map<string, Attributes>

/** Resolves references to definitions (and their references), then merges the list's own attributes over them. */
export function resolve(attrs: Attributes, defs: Definitions, seen = new Set<string>()): Attributes {
  const merged: Attributes = { classes: [], pairs: {}, refs: [] }
  for (const ref of attrs.refs) {
    const def = defs.get(ref)
    if (def === undefined || seen.has(ref)) {
      merged.refs.push(ref)
      continue
    }
    const inner = resolve(def, defs, new Set([...seen, ref]))
    merged.classes.push(...inner.classes)
    Object.assign(merged.pairs, inner.pairs)
    if (inner.id !== undefined) merged.id = inner.id
    merged.refs.push(...inner.refs)
  }
  merged.classes.push(...attrs.classes)
  Object.assign(merged.pairs, attrs.pairs)
  if (attrs.id !== undefined) merged.id = attrs.id
  return merged
}

/** A whole `{: … }` as it applies: its own attributes over the definitions it names. */
export function readIal(ial: string, defs: Definitions): Attributes {
  return resolve(parseAttributeList(IAL.exec(ial)?.[1] ?? ''), defs)
}

/** Puts attributes on a node for the HTML step (`data.hProperties`), classes added to any it has. */
export function applyAttributes(node: Nodes, attrs: Attributes): void {
  const data = (node.data ??= {})
  const props = (data.hProperties ??= {})
  for (const [key, value] of Object.entries(attrs.pairs)) {
    if (key === 'class') props.className = [...classList(props.className), ...value.split(/\s+/).filter(Boolean)]
    else props[key] = value
  }
  if (attrs.classes.length > 0) props.className = [...classList(props.className), ...attrs.classes]
  if (attrs.id !== undefined) props.id = attrs.id
  if (attrs.refs.includes('toc')) props.dataKramdownToc = 'true'
}

function classList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String)
  if (typeof value === 'string') return value.split(/\s+/).filter(Boolean)
  return []
}

