import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { getPostSources } from '../../posts'
import { buildManifest, MANIFEST_FILE, textPath, type Manifest } from '../../preview/manifest'

/**
 * Writes the manifest of the posts this build publishes, and their texts, into `dir` (emptied first), from
 * the post store lib/posts.ts reads: the checkout's, or a base build's (PRESSROOM_POST_STORE).
 */
export function writeManifest(dir: string): { manifest: Manifest; texts: Map<string, string> } {
  const built = buildManifest(
    getPostSources().map(({ summary, html }) => ({
      url: summary.url,
      slug: summary.slug,
      title: summary.title,
      date: summary.date,
      tags: summary.tags.map((tag) => tag.name),
      draft: summary.isDraft,
      html,
    })),
  )
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'text'), { recursive: true })
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(built.manifest)}\n`)
  for (const [hash, text] of built.texts) writeFileSync(join(dir, textPath(hash)), text)
  return built
}
