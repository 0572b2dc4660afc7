import { textBlocks } from './text'

/**
 * A word-level diff of two rendered texts (see `renderedText`), shaped for reading: paragraphs that are the
 * same on both sides collapse to a count; each changed stretch is word-diffed and split back into its
 * paragraphs, with words marked as kept, inserted or deleted.
 */
export type DiffPart = { op: 'same' | 'ins' | 'del'; text: string }
export type DiffBlock = { kind: 'same'; count: number } | { kind: 'changed'; parts: DiffPart[] }

type Op<T> = { op: 'same' | 'ins' | 'del'; item: T }

/** Past this many cells the comparison table would cost too much memory: show the stretch as replaced. */
const MAX_CELLS = 4_000_000
const BREAK = '\n'

export function diffTexts(before: string, after: string): DiffBlock[] {
  const blocks: DiffBlock[] = []
  let removed: string[] = []
  let added: string[] = []
  const flushChange = () => {
    if (removed.length > 0 || added.length > 0) blocks.push(...changedBlocks(removed, added))
    removed = []
    added = []
  }
  for (const { op, item } of diff(textBlocks(before), textBlocks(after))) {
    if (op === 'del') removed.push(item)
    else if (op === 'ins') added.push(item)
    else {
      flushChange()
      const last = blocks.at(-1)
      if (last?.kind === 'same') last.count += 1
      else blocks.push({ kind: 'same', count: 1 })
    }
  }
  flushChange()
  return blocks
}

/** The words of removed and added paragraphs compared, then cut back into paragraphs. */
function changedBlocks(removed: string[], added: string[]): DiffBlock[] {
  const words = (paragraphs: string[]) => paragraphs.flatMap((p, i) => (i === 0 ? p.split(' ') : [BREAK, ...p.split(' ')]))
  const blocks: DiffBlock[] = []
  let parts: DiffPart[] = []
  for (const { op, item } of diff(words(removed), words(added))) {
    if (item === BREAK) {
      if (parts.length > 0) blocks.push({ kind: 'changed', parts })
      parts = []
      continue
    }
    const last = parts.at(-1)
    if (last?.op === op) last.text += ` ${item}`
    else parts.push({ op, text: item })
  }
  if (parts.length > 0) blocks.push({ kind: 'changed', parts })
  return blocks
}

/** Longest-common-subsequence diff, common prefix and suffix trimmed first. */
export function diff<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const same = (items: readonly T[]): Op<T>[] => items.map((item) => ({ op: 'same', item }))
  return [...same(a.slice(0, start)), ...middle(a.slice(start, endA), b.slice(start, endB)), ...same(a.slice(endA))]
}

function middle<T>(a: readonly T[], b: readonly T[]): Op<T>[] {
  const dels: Op<T>[] = a.map((item) => ({ op: 'del', item }))
  const inss: Op<T>[] = b.map((item) => ({ op: 'ins', item }))
  if (a.length === 0 || b.length === 0 || (a.length + 1) * (b.length + 1) > MAX_CELLS) return [...dels, ...inss]
  const width = b.length + 1
  // lengths[i * width + j]: the longest common subsequence of a[i..] and b[j..].
  const lengths = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0)
    }
  }
  const ops: Op<T>[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const itemA = a[i]
    const itemB = b[j]
    if (itemA === undefined || itemB === undefined) break
    if (itemA === itemB) {
      ops.push({ op: 'same', item: itemA })
      i++
      j++
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) {
      ops.push({ op: 'del', item: itemA })
      i++
    } else {
      ops.push({ op: 'ins', item: itemB })
      j++
    }
  }
  return [...ops, ...dels.slice(i), ...inss.slice(j)]
}
