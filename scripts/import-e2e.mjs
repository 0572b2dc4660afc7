#!/usr/bin/env node
// Builds `out-import/`, the fixture Jekyll site imported and built as a new user would (lib/testing/import-e2e.mjs).
// Usage: node scripts/import-e2e.mjs
import { buildImportedSite } from '../lib/testing/import-e2e.mjs'

buildImportedSite()
