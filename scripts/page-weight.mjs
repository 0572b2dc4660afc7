#!/usr/bin/env node
// @ts-check
// `npm test` step: a generated 2,000-post site built and its listing pages weighed (lib/testing/page-weight-site.mjs).
// Usage: node scripts/page-weight.mjs [--posts 2000] [--full] [--keep]
import { parseArgs } from 'node:util'
import { checkGeneratedSite } from '../lib/testing/page-weight-site.mjs'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '2000' }, full: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } })
checkGeneratedSite({ posts: Number(values.posts), full: values.full, keep: values.keep })
