// `npm run fuzz [-- runs [seed]]`: the content fuzz suite at length; `npm run fuzz -- pages [runs [seed]]`:
// hostile bodies as whole pages in Chromium (test/fuzz/at-length.ts).
import { fuzzAtLength } from '../test/fuzz/at-length'

const pages = process.argv[2] === 'pages'
const args = pages ? process.argv.slice(3) : process.argv.slice(2)
await fuzzAtLength({ pages, runs: Number(args[0] ?? (pages ? 200 : 2000)), seed: args[1] === undefined ? Date.now() : Number(args[1]) })
