#!/usr/bin/env node
// @ts-check
// node scripts/preview/comment-cli.mjs <changes.json> <preview-url> <sha>   prints the comment body
import { existsSync, readFileSync } from 'node:fs'
import { commentBody } from '../../lib/build/preview/comment.mjs'

const [file, previewUrl, sha] = process.argv.slice(2)
if (!file || !previewUrl || !sha) {
  console.error('usage: comment-cli.mjs <changes.json> <preview-url> <sha>')
  process.exit(2)
}
let changes
try {
  changes = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined
} catch {
  changes = undefined
}
process.stdout.write(commentBody({ previewUrl: previewUrl.replace(/\/+$/, ''), sha, changes }))
