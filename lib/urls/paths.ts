import { resolveDeployEnv } from '../deploy/env.mjs'
import { parseRepository } from '../deploy/values.mjs'
import { previewBannerContent } from '../preview/banner'
import { encodeUrlPath, rebaseUrl } from './url'
import { site } from '../site'

const deploy = resolveDeployEnv(process.env)

/** The deploy's base path: '' at the root, else '/a/b'. */
export const basePath = deploy.basePath

/** Production site URL (origin and any path): `SITE_URL` when set, else the site config's. */
export const siteUrl = deploy.siteUrl ?? site.url

/** Drafts are built only when the deploy asks for them. */
export const showDrafts = deploy.showDrafts

/** True for preview deploys: banner, noindex and a disallow-all robots.txt. */
export const isPreview = deploy.isPreview

/** What the preview banner shows; undefined on production builds. */
export const previewBanner = previewBannerContent(deploy)

/**
 * A site-relative path as the browser must request it. `next/link` adds the base path itself; raw
 * `<a>`, `<img>`, fetches and feed links go through here.
 */
export function withBasePath(path: string): string {
  return rebaseUrl(path, basePath)
}

/** Absolute URL on the production site, for canonical links and feeds. */
export function absoluteUrl(path: string): string {
  return path.startsWith('/') ? siteUrl + encodeUrlPath(path) : path
}

/** The repository posts are edited in: the site config's, else the one the deploy reports. */
export const repositoryUrl = parseRepository(site.repository, 'site.repository (content/site.json)') ?? deploy.repositoryUrl
