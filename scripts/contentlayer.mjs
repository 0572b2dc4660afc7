#!/usr/bin/env node
// Contentlayer's build or dev, the fast way (lib/build/contentlayer.mjs), as its own process: started by
// lib/build/content-step.ts, never by hand.
//   node scripts/contentlayer.mjs build|dev [--clearCache] [--verbose] [--config <file>]
import { runContentlayer } from '../lib/build/contentlayer.mjs'

await runContentlayer(process.argv.slice(2))
