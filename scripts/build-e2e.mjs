#!/usr/bin/env node
// `npm run build:e2e`: the builds `npm run test:e2e` serves (out-base/ and out/), without the other checks.
import { contentBuild, previewBuild, productionBuild } from '../lib/testing/e2e-builds.mjs'

contentBuild()
previewBuild()
productionBuild()
