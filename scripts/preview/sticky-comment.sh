#!/usr/bin/env bash
# One comment per pull request, found by its marker and edited in place:  sticky-comment.sh <number> <body-file>
# Needs GH_TOKEN with pull-requests: write, and GITHUB_REPOSITORY.
set -euo pipefail
number="$1" body="$2"
[[ "$number" =~ ^[1-9][0-9]{0,9}$ ]] || { echo "::error::not a pull request number: $number" >&2; exit 1; }
marker='<!-- pressroom-preview -->'
id="$(gh api --paginate "repos/$GITHUB_REPOSITORY/issues/$number/comments" \
  --jq ".[] | select(.user.login == \"github-actions[bot]\" and (.body | startswith(\"$marker\"))) | .id" | head -n 1)"
if [ -n "$id" ]; then
  gh api --silent -X PATCH "repos/$GITHUB_REPOSITORY/issues/comments/$id" -F "body=@$body"
else
  gh api --silent "repos/$GITHUB_REPOSITORY/issues/$number/comments" -F "body=@$body"
fi
