#!/usr/bin/env bash
# Build the binary of an earlier commit of this repository, for `make bench`
# to compare with: tools/bench/build-base.sh REF OUT.
#
# The commit is checked out in a scratch git worktree, with this checkout's
# node_modules and generated cdk8s bindings (.gen/) lent to it: the npm
# packages the bindings come from are the same (package-lock.json), so only
# the Go code and imports/ are the commit's own. Exits at once when OUT
# exists.
set -euo pipefail
ref=${1:?usage: build-base.sh REF OUT}
out=${2:?usage: build-base.sh REF OUT}
[[ -x $out ]] && exit 0
mkdir -p "$(dirname "$out")"
out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$work" >/dev/null 2>&1 || rm -rf "$work"' EXIT
git -C "$root" worktree add --detach "$work" "$ref" >/dev/null 2>&1
ln -s "$root/node_modules" "$work/node_modules"
ln -s "$root/.gen" "$work/.gen"
# A release that starts the jsii kernel itself embeds a copy made at build time.
if [[ -d $work/internal/jsiikernel/internal/gen ]]; then
	(cd "$work" && go run ./internal/jsiikernel/internal/gen)
fi
(cd "$work" && go build -o "$out.tmp" .)
mv "$out.tmp" "$out"
echo "built $ref into $out"
