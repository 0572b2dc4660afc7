// The dev loop's content side with its real effects (lib/dev/content-loop.ts holds its decisions): the
// content folder on disk, Contentlayer's dev started as the content step starts it, the search index
// rebuilt in a child process, this process's output. Started by scripts/dev.mjs as its own process.
import { createInterface } from 'node:readline'
import { startContentlayer } from '../build/content-step'
import { contentDir } from '../content/dir'
import { prepareContent, preparePostFile } from '../content/prepare-dir'
import { writeContentStatus } from '../content/status-file'
import { createContentLoop, type OutputStream } from './content-loop'
import { watchContent } from './content-watcher'
import { problemReporter, withLine } from './problem-report'
import { routeWarmer } from './route-warmer'
import { searchIndexRebuilder } from './search-index-rebuilder'

/** `origin`: where `next dev` answers, for the route warmer; none, no warming. */
export function startContentLoop(root: string, origin: string | undefined): void {
  const source = contentDir(root)
  const write = (line: string, stream: OutputStream) => (stream === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`)
  const loop = createContentLoop({
    prepareAll: () => prepareContent(root, new Date(), { onlyChanged: true }),
    prepareFile: (file) => preparePostFile(root, file, new Date()),
    writeStatus: (problems, settings) => writeContentStatus(root, problems, settings),
    report: problemReporter(),
    withLine: (problem) => withLine(problem, source),
    startContentlayer: (clearCache, onLine, onExit) => {
      const child = startContentlayer(root, 'dev', { clearCache, output: 'pipe', env: { FORCE_COLOR: '0' } })
      if (child.stdout) createInterface({ input: child.stdout }).on('line', (line) => onLine(line, 'stdout'))
      if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => onLine(line, 'stderr'))
      child.on('exit', onExit)
      return { kill: (signal) => child.kill(signal) }
    },
    warmRoutes: routeWarmer(root, origin),
    searchIndex: searchIndexRebuilder(root),
    clock: {
      now: () => new Date(),
      after: (ms, run) => {
        const timer = setTimeout(run, ms)
        return () => clearTimeout(timer)
      },
    },
    print: write,
    engineError: (error) => console.error(error),
    exit: (code) => process.exit(code),
  })
  loop.start()
  watchContent(source, loop.change)
  console.log(`Watching ${source} for changes`)
  // Stopped by the dev runner, which signals this whole process group; stopping on its own takes the children too.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => loop.stop(signal))
}
