#!/usr/bin/env node
// Content-Security-Policy for the static export (lib/build/csp/: policy.mjs says why). Run with tsx:
// it reads the site settings (lib/site/) for the origins of the services switched on there (lib/build/csp/site-sources.ts).
//   tsx scripts/csp.mjs --dir out          write each page's policy meta, after `next build`
//   tsx scripts/csp.mjs --check-dir out    fail when a page runs an inline script its policy lacks
//   tsx scripts/csp.mjs --write-configs    write the headers into public/_headers and vercel.json
// (`npm run csp -- <flags>` adds the tsx options.)
import { parseArgs } from 'node:util'
import { runCsp } from '../lib/build/csp/command.mjs'

const { values } = parseArgs({ options: { dir: { type: 'string' }, 'check-dir': { type: 'string' }, 'write-configs': { type: 'boolean' } } })
process.exitCode = runCsp({ dir: values.dir, checkDir: values['check-dir'], writeConfigs: values['write-configs'] })
