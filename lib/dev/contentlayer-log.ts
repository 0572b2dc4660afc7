import type { ContentProblem } from '../content/status-file'

/**
 * Reads `contentlayer2 dev`'s output line by line, for the dev loop (lib/dev/content-loop.ts): which file
 * it is redoing, when it has written its output, and each problem it met, named as a ContentError names
 * one (file, field, problem, fix), so the browser can show it. Contentlayer reports its schema errors as
 * text only (once printed, its error values say no more than "handled"), so the text is what is read.
 */
export type LogEvent = { kind: 'updated'; file: string } | { kind: 'deleted'; file: string } | { kind: 'generated' } | { kind: 'problem'; problem: ContentProblem }

type Block = { file: string; kind: 'extra' | 'incompatible' | 'missing' }

const KEYS_DOC = 'the keys and their forms are listed in docs/writing-posts.md'

export function createLogReader(): (line: string) => LogEvent[] {
  let block: Block | undefined
  return (raw) => {
    // Contentlayer colours nothing when FORCE_COLOR=0, but strip escapes in case a terminal asked for them.
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '')
    const changed = /^File (updated|deleted): (.+?)\s*$/.exec(line)
    if (changed?.[1] && changed[2]) {
      block = undefined
      return [{ kind: changed[1] === 'updated' ? 'updated' : 'deleted', file: changed[2] }]
    }
    if (/^Generated \d+ documents? in \.contentlayer/.test(line)) {
      block = undefined
      return [{ kind: 'generated' }]
    }
    const own = /"?((?:posts|authors)\/[^"]+?)"?:? field "([^"]+)": (.*?)\. Fix: (.*?)\s*$/.exec(line)
    if (own?.[1] && own[2] && own[3] && own[4]) return [{ kind: 'problem', problem: { file: own[1], field: own[2], problem: own[3], fix: own[4] } }]
    const fields = /"([^"]+)" of type "[^"]+" has the following (extra|incompatible) fields:/.exec(line)
    if (fields?.[1] && fields[2]) {
      block = { file: fields[1], kind: fields[2] === 'extra' ? 'extra' : 'incompatible' }
      return []
    }
    const missing = /"([^"]+)" \(of type "[^"]+"\) is missing the following required fields:/.exec(line)
    if (missing?.[1]) {
      block = { file: missing[1], kind: 'missing' }
      return []
    }
    const item = /^\s*[•-] ([^:]+): ?(.*?)\s*$/.exec(line)
    if (item?.[1] !== undefined && block) return [{ kind: 'problem', problem: schemaProblem(block, item[1], item[2] ?? '') }]
    const failed = /"((?:posts|authors)\/[^"]+)" (?:failed with|: )\s*(.*?)\s*$/.exec(line)
    if (failed?.[1]) return [{ kind: 'problem', problem: { file: failed[1], field: '(content)', problem: failed[2] || 'Contentlayer could not read it', fix: 'see the message in the terminal' } }]
    if (line.trim() !== '' && !line.startsWith(' ')) block = undefined
    return []
  }
}

function schemaProblem(block: Block, field: string, value: string): ContentProblem {
  switch (block.kind) {
    case 'extra':
      return { file: block.file, field, problem: `"${field}" is not a front-matter key Pressroom knows`, fix: `remove "${field}" or correct its spelling (${KEYS_DOC})` }
    case 'incompatible':
      return { file: block.file, field, problem: `${value} is not the kind of value "${field}" takes`, fix: `write "${field}" in the form it takes (${KEYS_DOC})` }
    case 'missing':
      return { file: block.file, field, problem: `"${field}" is required`, fix: `add ${field}: to the front matter` }
  }
}

/** Contentlayer's progress lines: the dev loop says the same in its own words, once. */
const PROGRESS = /^(File (updated|deleted): |Generated \d+ documents? in |Post store: |successCallback |Contentlayer config change detected)/
/** Past this many lines an error block that never closed is Contentlayer saying something else: show it. */
const MAX_BLOCK = 200

/**
 * Which of Contentlayer's output lines the dev loop shows: not its progress (the content watcher prints
 * one line per change) and not its report of schema problems ("Error: Found 1 problems in 1 documents",
 * the problems, then `SourceFetchDataError: { … }`), as each problem is printed once, as one line, from
 * what createLogReader read. Anything else (a crash, a warning of the Markdown renderer) is shown.
 */
export function createEchoFilter(): (line: string) => boolean {
  let blockLines: number | undefined
  return (raw) => {
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '')
    if (blockLines !== undefined) {
      blockLines++
      if (line === '}' || blockLines > MAX_BLOCK) blockLines = undefined
      return false
    }
    if (/^Error: Found \d+ problems? in \d+ documents?/.test(line)) {
      blockLines = 0
      return false
    }
    return !PROGRESS.test(line)
  }
}
