// After `next build`: what a static export cannot express by itself, so every Jekyll URL answers (lib/build/jekyll-pages.ts).
//   npx tsx --tsconfig scripts/tsconfig.tsx.json scripts/jekyll-pages.ts [--dir out]
import { join } from 'node:path'
import { writeJekyllPages } from '../lib/build/jekyll-pages'

const dirFlag = process.argv.indexOf('--dir')
writeJekyllPages(join(process.cwd(), dirFlag === -1 ? 'out' : (process.argv[dirFlag + 1] ?? 'out')), process.cwd())
