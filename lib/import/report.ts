/** What an import did and what needs a person's attention, as Markdown (printed and written to a file). */
export type ImportReport = {
  source: string
  posts: { file: string; features: string[]; draft: boolean; changes: string[]; degraded: string[] }[]
  skipped: { file: string; reason: string }[]
  unrenderable: { file: string; line: number; what: string; why: string }[]
  missingAssets: { path: string; where: string }[]
  assets: number
  authors: number
  conflicts: string[]
  /** Settings of `_config.yml` the import could not carry as written, each with what it wrote. */
  settings: string[]
  unchanged: number
  written: number
  /** The old site's comments system and how its threads come over (lib/import/comments.ts). */
  comments?: { system: string; steps: string[] }
  /** Pages and collection documents written to content/pages/, and addresses that moved. */
  pages?: { from: string; url: string }[]
  /** The content step's rules run over content/ after the import (lib/import/content-check.ts). */
  check?: { found: number; served: number; problems: string[] }
}

export function renderReport(r: ImportReport): string {
  const lines = [
    `# Jekyll import report`,
    '',
    `Source: \`${r.source}\``,
    '',
    `- Posts imported: ${r.posts.length} (${r.posts.filter((p) => p.draft).length} drafts or unpublished)`,
    `- Files skipped as Jekyll skips them: ${r.skipped.length}`,
    `- Tags that cannot be rendered here: ${r.unrenderable.length}`,
    `- Assets copied to public/: ${r.assets}; missing: ${r.missingAssets.length}`,
    `- Author profiles: ${r.authors}`,
    `- Files written: ${r.written}; already in place: ${r.unchanged}; conflicts: ${r.conflicts.length}`,
    '',
  ]
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push(`## ${title}`, '', ...items, '')
  }
  if (r.comments) section(`Comments: the old site used ${r.comments.system}`, r.comments.steps.map((step, i) => `${i + 1}. ${step}`))
  section('Pages and collections (content/pages/)', (r.pages ?? []).map((p) => `- \`${p.from}\` → ${p.url}`))
  if (r.check) {
    lines.push(`- Content check: ${r.check.found} posts found, ${r.check.served} will be served, ${r.check.problems.length} problems`, '')
    section('Problems the build would stop on', r.check.problems.map((p) => `- ${p}`))
  }
  section('Conflicts (nothing was written: these files exist with other contents)', r.conflicts.map((c) => `- \`${c}\``))
  section('Could not be rendered', r.unrenderable.map((u) => `- \`${u.file}:${u.line}\` ${u.what}: ${u.why}`))
  section('Settings carried differently', r.settings.map((s) => `- ${s}`))
  section('Carried in a degraded form (file: reason)', r.posts.flatMap((p) => p.degraded.map((d) => `- \`${p.file}\`: ${d}`)))
  section('What the import changed (file: change; every other byte is kept)', r.posts.flatMap((p) => p.changes.map((c) => `- \`${p.file}\`: ${c}`)))
  section('Missing assets', r.missingAssets.map((m) => `- \`${m.path}\` (referenced at \`${m.where}\`)`))
  section('Skipped', r.skipped.map((s) => `- \`${s.file}\`: ${s.reason}`))
  const byFeature = new Map<string, number>()
  for (const post of r.posts) for (const f of post.features) byFeature.set(f, (byFeature.get(f) ?? 0) + 1)
  section('Features the posts need', [...byFeature.entries()].sort((a, b) => b[1] - a[1]).map(([f, n]) => `- ${f}: ${n} posts`))
  section('Posts', r.posts.map((p) => `- \`${p.file}\`${p.draft ? ' (draft)' : ''}${p.features.length ? `: ${p.features.join(', ')}` : ''}`))
  return lines.join('\n')
}
