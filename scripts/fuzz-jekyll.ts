// `npm run fuzz:jekyll -- [sites [seed [per-batch]]] [--no-shrink] [--rounds N] [--expect FILE]`: generated
// Jekyll sites built by real Jekyll and by Pressroom, each disagreement shown (test/fuzz-jekyll/at-length.ts).
import { fuzzJekyll } from '../test/fuzz-jekyll/at-length'

const flag = (name: string) => process.argv.indexOf(name)
// Positional arguments: not a flag, and not the value after --expect or --rounds (argv[i + 1] is the one before slice(2)[i]).
const args = process.argv.slice(2).filter((a, i) => !a.startsWith('--') && process.argv[i + 1] !== '--expect' && process.argv[i + 1] !== '--rounds')
process.exit(
  fuzzJekyll({
    sites: Number(args[0] ?? 2000),
    seed: args[1] === undefined ? Date.now() : Number(args[1]),
    perBatch: Number(args[2] ?? 100),
    rounds: flag('--rounds') === -1 ? 8 : Number(process.argv[flag('--rounds') + 1]),
    shrink: flag('--no-shrink') === -1,
    expectFile: flag('--expect') === -1 ? undefined : process.argv[flag('--expect') + 1],
  }),
)
