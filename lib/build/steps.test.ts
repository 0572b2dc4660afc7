import { readFileSync } from 'node:fs'
import { delimiter } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILD_STEPS, CONTENT, CSP, DATA, DEPLOY_STEPS, DEV_STEPS, JEKYLL_PAGES, NEXT_BUILD, SEARCH_INDEX, SHARE_IMAGES, singleStep, stepEnv, stepsNamed } from './steps.mjs'

const names = (steps: { name: string }[]) => steps.map((step) => step.name)

describe('the build steps', () => {
  it('build content once, then index, write the manifest and draw share images side by side, export, write the Jekyll pages and the CSP, in that order', () => {
    expect(BUILD_STEPS).toEqual([CONTENT, DATA, NEXT_BUILD, JEKYLL_PAGES, CSP])
    expect(DATA.command).toBe('node scripts/side-by-side.mjs search-index manifest share-images')
    expect(BUILD_STEPS).toEqual([CONTENT, ...DEPLOY_STEPS])
    expect(DEV_STEPS).toEqual([CONTENT, SEARCH_INDEX, SHARE_IMAGES])
  })
})

describe('stepsNamed', () => {
  it('is the whole build when no name is given', () => {
    expect(stepsNamed([])).toBe(BUILD_STEPS)
  })

  it('expands groups and single steps in the order given', () => {
    expect(names(stepsNamed(['deploy']))).toEqual(['data', 'next-build', 'jekyll-pages', 'csp'])
    expect(names(stepsNamed(['search-index', 'share-images']))).toEqual(['search-index', 'share-images'])
    expect(names(stepsNamed(['csp', 'content']))).toEqual(['csp', 'content'])
    expect(names(stepsNamed(['dev']))).toEqual(['content', 'search-index', 'share-images'])
  })

  it('refuses a name it does not know, listing the ones it does', () => {
    expect(() => stepsNamed(['content', 'next'])).toThrow('unknown build step "next". Fix: name one of build, deploy, dev, content, search-index, manifest, share-images, data, next-build, jekyll-pages, csp.')
    expect(() => singleStep('deploy')).toThrow('unknown build step "deploy"')
  })
})

describe('stepEnv', () => {
  it("puts the project's binaries first on PATH and keeps what is given", () => {
    const env = stepEnv({ BASE_PATH: '/x' })
    expect(env.PATH?.split(delimiter)[0]).toMatch(/\/node_modules\/\.bin$/)
    expect(env).toMatchObject({ BASE_PATH: '/x', NEXT_TELEMETRY_DISABLED: '1' })
  })
})

describe('every caller of scripts/build.mjs', () => {
  /** The arguments of each `node scripts/build.mjs …` in a file. */
  const calls = (file: string) => [...readFileSync(file, 'utf8').matchAll(/node scripts\/build\.mjs([^"\n]*)/g)].map((match) => (match[1] ?? '').trim().split(/\s+/).filter(Boolean))

  it('names steps that exist in package.json', () => {
    const found = calls('package.json')
    expect(found.length).toBeGreaterThan(0)
    for (const args of found) expect(() => stepsNamed(args)).not.toThrow()
  })

  it('is not called by CI, which publishes the build `npm run check` made (no second build)', () => {
    const ci = readFileSync('.github/workflows/ci.yml', 'utf8')
    expect(calls('.github/workflows/ci.yml')).toEqual([])
    expect(ci.match(/^\s+npm run check$/gm)).toHaveLength(2)
  })

  it('is what `npm run build` runs, with no step left out', () => {
    const scripts: unknown = JSON.parse(readFileSync('package.json', 'utf8')).scripts
    expect(scripts).toMatchObject({ build: 'node scripts/build.mjs' })
  })
})
