#!/usr/bin/env node
// Serves the exported site as a static host does (lib/build/static-server.mjs).
// Usage: node scripts/serve.mjs [--dir out] [--port 4173] [--base /pressroom/pr-preview/pr-42] [--gzip]
import { parseArgs } from 'node:util'
import { serveStatic } from '../lib/build/static-server.mjs'

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'out' }, port: { type: 'string', default: '4173' }, base: { type: 'string', default: '' }, gzip: { type: 'boolean', default: false } } })
serveStatic({ dir: values.dir, port: Number(values.port), base: values.base, gzip: values.gzip })
