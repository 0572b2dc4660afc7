import { join } from 'node:path'
import { contentDir } from './dir'
import { resolveDeployEnv } from '../deploy/env.mjs'
import type { MarkdownOptions } from '../markdown/pipeline'
import { site } from '../site'
import { PREPARED_DIR } from './prepare-dir'

/**
 * How posts' Markdown renders, for Contentlayer and for the build's pre-render of it: the same options in
 * both, or a pre-rendered post would differ from one Contentlayer renders itself.
 */
export function contentMarkdownOptions(root: string): MarkdownOptions {
  return {
    // Site-relative on purpose: the base path is a deploy setting, added when pages render.
    // An imported site's own `_config.yml` values resolve too: `{{ site.repository }}`.
    variables: { ...site.liquidVariables, baseurl: '', url: site.url, title: site.title, description: site.description },
    siteUrl: site.url,
    publicDir: join(root, 'public'),
    contentDir: contentDir(root),
    postsDir: join(root, PREPARED_DIR, 'posts'),
    showDrafts: resolveDeployEnv(process.env).showDrafts,
    timeZone: site.timeZone,
    liquidTags: site.liquidTags,
    kramdown: site.kramdown,
    plugins: site.plugins,
    html: { embedOrigins: site.embedOrigins, trusted: site.trustedHtml, strict: site.strictHtml },
    math: site.math,
    diagrams: site.diagrams ? { cacheDir: join(root, 'content', 'diagrams') } : undefined,
  }
}
