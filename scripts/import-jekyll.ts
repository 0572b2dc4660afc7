// `npm run import:jekyll -- <path-to-a-jekyll-site>`: moves a Jekyll blog into content/ and public/.
// Posts, includes and data byte for byte; settings into content/site.json; a report in content/import-report.md.
import { resolve } from 'node:path'
import { importJekyll } from '../lib/import/run'
import { renderReport } from '../lib/import/report'
import { removeDemoFiles } from '../lib/import/demo-files'
import { contentDir } from '../lib/content-dir'

const source = process.argv[2]
if (!source) {
  console.error('Usage: npm run import:jekyll -- <path-to-a-jekyll-source-folder>')
  process.exit(2)
}
// The demo blog goes first (only files still as shipped): the imported blog is the team's alone.
const demo = removeDemoFiles(contentDir())
if (demo.length > 0) console.log(`Removed the demo's ${demo.join(', ')} from content/`)
const report = importJekyll(resolve(source), process.cwd())
console.log(`\n${renderReport(report)}`)
if (report.conflicts.length > 0) {
  console.error(`\nNothing imported: ${report.conflicts.length} files already exist with other contents (listed above). Move them aside or delete them, then run again.`)
  process.exit(1)
}
console.log('Report written to content/import-report.md')
// Never a prompt: the import runs the same in a terminal, a pipe or CI. Problems left for the build fail it.
if (report.check && report.check.problems.length > 0) {
  console.error(`\n${report.check.problems.length} problems the build would stop on (listed above, each with its fix).`)
  process.exit(1)
}
