// Writes the search index into public/search/ (lib/search/build/write-index.ts). Run after the content
// step: `npm run search-index` (a step of `npm run build`, listed in lib/build/steps.mjs).
import { writeSearchIndex } from '../lib/search/build/write-index'

writeSearchIndex(process.cwd())
