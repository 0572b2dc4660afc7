#!/usr/bin/env node
// `npm run dev`: the site at http://localhost:3000 (arguments go to `next dev`, e.g. `npm run dev -- -p 4000`),
// following every edit in the content folder (lib/dev/run-dev.mjs). Ctrl-C, SIGTERM or SIGHUP stops it all.
import { runDev } from '../lib/dev/run-dev.mjs'

await runDev(process.argv.slice(2))
