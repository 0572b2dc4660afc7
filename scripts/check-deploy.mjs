#!/usr/bin/env node
// `npm run check:deploy`: the deploy configuration, checked offline (lib/build/deploy-checks.mjs).
import { checkDeploy } from '../lib/build/deploy-checks.mjs'

process.exitCode = await checkDeploy()
