#!/usr/bin/env bash
# Publishes files to the gh-pages branch with plain git, so no third-party action holds the write token.
#   publish-pages.sh <site-dir> pr-preview/pr-<N> "<message>"   a preview, replacing that folder
#   publish-pages.sh <site-dir> . "<message>"                   production at the root, keeping pr-preview/
#   publish-pages.sh --remove pr-preview/pr-<N> "<message>"     delete a preview
# Runs in a checkout of the default branch whose origin credentials may push. The site must already have
# passed check-artifact.mjs (no links, nothing outside it, no .git).
set -euo pipefail
site="$1" target="$2" message="$3"
if ! [[ "$target" == "." || "$target" =~ ^pr-preview/pr-[1-9][0-9]{0,9}$ ]]; then
  echo "::error::target must be . or pr-preview/pr-<N>, not $target" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'git worktree remove --force "$work" >/dev/null 2>&1 || true' EXIT
if git fetch --quiet --depth=1 origin +refs/heads/gh-pages:refs/remotes/origin/gh-pages; then
  git worktree add --quiet -B gh-pages "$work" origin/gh-pages
else
  # The first publish: gh-pages does not exist yet.
  git worktree add --quiet --detach "$work"
  git -C "$work" checkout --quiet --orphan gh-pages
  git -C "$work" rm -rfq . >/dev/null 2>&1 || true
fi

# Replace what the target holds with the site's files (production: everything but .git and pr-preview/).
if [ "$site" = "--remove" ]; then
  rm -rf "${work:?}/$target"
elif [ "$target" = "." ]; then
  find "$work" -mindepth 1 -maxdepth 1 ! -name .git ! -name pr-preview -exec rm -rf {} +
  find "$site" -mindepth 1 -maxdepth 1 ! -name .git ! -name pr-preview -exec cp -R {} "$work"/ \;
else
  rm -rf "${work:?}/$target" && mkdir -p "$work/$target"
  cp -R "$site"/. "$work/$target"/
fi

git -C "$work" add -A
if git -C "$work" diff --cached --quiet; then
  echo "gh-pages already holds these files"
  exit 0
fi
git -C "$work" -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' commit --quiet -m "$message"
# Previews of other pull requests publish at the same time (each in its own folder): rebase and retry.
for attempt in 1 2 3 4; do
  if git -C "$work" push --quiet origin HEAD:refs/heads/gh-pages; then exit 0; fi
  sleep $((attempt * 3))
  git -C "$work" pull --quiet --rebase origin gh-pages
done
echo "::error::could not push to gh-pages" >&2
exit 1
