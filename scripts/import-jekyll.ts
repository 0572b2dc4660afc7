// `npm run import:jekyll -- <path-to-a-jekyll-site>`: moves a Jekyll blog into content/ and public/ (lib/import/command.ts).
import { importJekyllCommand } from '../lib/import/command'

const source = process.argv[2]
if (!source) {
  console.error('Usage: npm run import:jekyll -- <path-to-a-jekyll-source-folder>')
  process.exit(2)
}
process.exitCode = importJekyllCommand(source, process.cwd())
