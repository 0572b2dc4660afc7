#!/usr/bin/env node
// Broken-link check for the exported site (lib/build/links/check-export.mjs).
// Usage: node scripts/check-links.mjs --dir out [--base /pressroom/pr-preview/pr-42]
import { parseArgs } from 'node:util'
import { checkExportLinks } from '../lib/build/links/check-export.mjs'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, base: { type: 'string', default: '' } } })
process.exitCode = await checkExportLinks({ dir: values.dir, base: values.base })
