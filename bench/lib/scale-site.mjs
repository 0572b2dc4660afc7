// A scratch copy of the project for the build benchmarks, and its build's steps run one by one under GNU time.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { stepEnv } from '../../lib/build/steps.mjs'
import { walkFiles } from '../../lib/files/walk.mjs'

export const TIME = '/usr/bin/time'

/** Not copied into the scratch site: build output, caches, history, and the posts the bench replaces. */
const SKIP = new Set(['node_modules', '.git', '.next', 'out', '.contentlayer', '.content', '.pressroom', 'test-results', 'playwright-report', 'bench/.corpus', 'bench/.scale', 'public/search', 'public/_pressroom', 'public/og', 'content/posts'])

/** Copies the project at `root` into `target` (node_modules hard-linked, so Turbopack sees a real folder). */
export function copyProject(root, target) {
  rmSync(target, { recursive: true, force: true })
  mkdirSync(target, { recursive: true })
  // Links are left out; a folder is made on entering it, so an empty one is copied too.
  const files = walkFiles(root, {
    skip: (entry) => SKIP.has(entry.rel) || entry.rel.startsWith('out-'),
    link: () => false,
    enter: (folder) => {
      mkdirSync(join(target, folder.rel), { recursive: true })
      return true
    },
  })
  for (const file of files) writeFileSync(join(target, file.rel), readFileSync(file.full))
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(target, 'node_modules')])
}

/** Runs one stage under GNU time: wall seconds and the peak resident set of any of its processes, in MB. */
export function runStage(stage, cwd) {
  const report = join(cwd, '.stage-time')
  const log = join(cwd, `.stage-${stage.name}.log`)
  const started = Date.now()
  // The scratch site's own binaries: the project's would load a second copy of each package beside the site's.
  const env = stepEnv({ PATH: [join(cwd, 'node_modules', '.bin'), process.env.PATH].filter(Boolean).join(delimiter) })
  const result = spawnSync(TIME, ['-f', '%M', '-o', report, 'sh', '-c', `${stage.command} > ${log} 2>&1`], { cwd, env, stdio: 'inherit' })
  const seconds = (Date.now() - started) / 1000
  if (result.status !== 0) {
    const tail = existsSync(log) ? readFileSync(log, 'utf8').split('\n').slice(-30).join('\n') : ''
    throw new Error(`${stage.title} failed after ${seconds.toFixed(1)} s (exit ${result.status}); last lines of ${log}:\n${tail}`)
  }
  const kilobytes = Number(readFileSync(report, 'utf8').trim().split('\n').at(-1))
  return { seconds, peakMb: Math.round(kilobytes / 1024) }
}

/** Runs `stages` in order in `cwd`, printing each: { stages, totalSeconds, peakMb }. */
export function runStages(stages, cwd, indent = '  ') {
  const measured = {}
  for (const stage of stages) {
    process.stdout.write(`${indent}${stage.title} … `)
    measured[stage.name] = runStage(stage, cwd)
    console.log(`${measured[stage.name].seconds.toFixed(1)} s, ${measured[stage.name].peakMb} MB`)
  }
  const values = Object.values(measured)
  return { stages: measured, totalSeconds: values.reduce((sum, s) => sum + s.seconds, 0), peakMb: Math.max(...values.map((s) => s.peakMb)) }
}

/** Replaces the block between `start` and `end` in the Markdown file (or appends it under `heading`). */
export function writeBlock(file, start, end, body, heading) {
  const text = readFileSync(file, 'utf8')
  const block = `${start}\n${body}\n${end}`
  const at = text.indexOf(start)
  writeFileSync(file, at === -1 ? `${text.trimEnd()}\n\n${heading}\n\n${block}\n` : `${text.slice(0, at)}${block}${text.slice(text.indexOf(end) + end.length)}`)
}
