#!/usr/bin/env bash
# Downloads one artifact of a workflow run as the zip GitHub serves, refuses it if any entry is unsafe, and
# unpacks it:  download-artifact.sh <run-id> <name> <dest-dir>     (GH_TOKEN with actions: read)
set -euo pipefail
run="$1" name="$2" dest="$3"
[[ "$run" =~ ^[0-9]+$ ]] || { echo "::error::not a run id: $run" >&2; exit 1; }
id="$(gh api "repos/$GITHUB_REPOSITORY/actions/runs/$run/artifacts" --jq ".artifacts[] | select(.name == \"$name\") | .id" | head -n 1)"
[ -n "$id" ] || { echo "::error::run $run has no artifact $name" >&2; exit 1; }
zip="$(mktemp --suffix=.zip)"
gh api "repos/$GITHUB_REPOSITORY/actions/artifacts/$id/zip" > "$zip"
here="$(dirname "$0")"
node "$here/check-artifact.mjs" archive "$zip"
rm -rf "$dest" && mkdir -p "$dest"
unzip -q "$zip" -d "$dest"
node "$here/check-artifact.mjs" tree "$dest"
rm -f "$zip"
