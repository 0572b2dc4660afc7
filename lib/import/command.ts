// `npm run import:jekyll -- <path-to-a-jekyll-site>`: moves a Jekyll blog into content/ and public/.
// Posts, includes and data byte for byte; settings into content/site.json; a report in content/import-report.md.
import { resolve } from 'node:path'
import { importJekyll } from './run'
import { renderReport } from './report'
import { removeDemoFiles } from './demo-files'
import { contentDir } from '../content/dir'

/** Imports the Jekyll site at `source` into the project at `root`, printing the report; the exit code: 1 when nothing was imported or the build would stop, else 0. */
export function importJekyllCommand(source: string, root: string): number {
  // The demo blog goes first (only files still as shipped): the imported blog is the team's alone.
  const demo = removeDemoFiles(contentDir())
  if (demo.length > 0) console.log(`Removed the demo's ${demo.join(', ')} from content/`)
  const report = importJekyll(resolve(source), root)
  console.log(`\n${renderReport(report)}`)
  if (report.conflicts.length > 0) {
    console.error(`\nNothing imported: ${report.conflicts.length} files already exist with other contents (listed above). Move them aside or delete them, then run again.`)
    return 1
  }
  console.log('Report written to content/import-report.md')
  // Never a prompt: the import runs the same in a terminal, a pipe or CI. Problems left for the build fail it.
  if (report.check && report.check.problems.length > 0) {
    console.error(`\n${report.check.problems.length} problems the build would stop on (listed above, each with its fix).`)
    return 1
  }
  return 0
}
