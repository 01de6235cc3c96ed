#!/usr/bin/env bash
# Build KEDA's operator and metrics server from the Go module proxy, for the
# autoscaling test (autoscaling_test.go).
#
# Usage: tools/keda/build.sh [OUT_DIR]
#   OUT_DIR defaults to <repo>/.cache/keda/$KEDA_VERSION; it gets keda-operator
#   and keda-adapter. Exits at once when both are there and report the pinned
#   version. Needs only Go and the module proxy. A cold build costs about 7
#   minutes on 2 cores.
#
# How: download github.com/kedacore/keda/v2@$KEDA_VERSION with the go command
# (checked against sum.golang.org as usual) and build ./cmd/operator and
# ./cmd/adapter in a writable copy of its module directory: `go install
# ...@version` refuses a module whose go.mod has replace directives, and
# KEDA's has one. Nothing is adapted: the copy builds as KEDA's own release
# does, with -mod=readonly against KEDA's go.sum, and the version stamped the
# way its Makefile stamps it. The copy is removed on exit.
set -euo pipefail

KEDA_VERSION=v2.21.0

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$repo_root/.cache/keda/$KEDA_VERSION}
[[ $out == /* ]] || out=$PWD/$out
die() { echo "tools/keda/build.sh: $*" >&2; exit 1; }

# built: whether both binaries are there and were built by this script for
# the pinned version. The binaries print their version only once running
# against a cluster, and -trimpath keeps -ldflags out of their build info,
# so the script records the version it built in a file beside them, last.
built() {
	[[ -x $out/keda-operator && -x $out/keda-adapter && $(cat "$out/VERSION" 2>/dev/null) == "$KEDA_VERSION" ]]
}

if built; then
	echo "keda $KEDA_VERSION already built: $out"
	exit 0
fi

start=$SECONDS
mkdir -p "$out"
rm -f "$out/VERSION"
work=$(mktemp -d "${TMPDIR:-/tmp}/keda-$KEDA_VERSION.XXXXXX")
nomod=$(mktemp -d)
log=$work/build.log
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work" "$nomod"' EXIT

export GOWORK=off CGO_ENABLED=0 GOFLAGS=-buildvcs=false

json=$(cd "$nomod" && go mod download -json "github.com/kedacore/keda/v2@$KEDA_VERSION") || die "cannot download keda $KEDA_VERSION: $json"
mod_dir=$(sed -n 's/^\t"Dir": "\(.*\)",$/\1/p' <<<"$json")
[[ -n $mod_dir && -d $mod_dir ]] || die "no folder for keda $KEDA_VERSION: $json"
src=$work/keda
cp -r "$mod_dir" "$src"
chmod -R u+w "$src"

pkg=github.com/kedacore/keda/v2/version
for cmd in operator adapter; do
	(
		cd "$src"
		if ! go build -mod=readonly -trimpath \
			-ldflags "-s -w -X $pkg.Version=$KEDA_VERSION -X $pkg.GitCommit=$KEDA_VERSION" \
			-o "$out/keda-$cmd.tmp" "./cmd/$cmd" >>"$log" 2>&1; then
			grep -v '^go: downloading ' "$log" >&2 || true
			die "failed: go build ./cmd/$cmd"
		fi
	)
	mv -f "$out/keda-$cmd.tmp" "$out/keda-$cmd"
done
echo "$KEDA_VERSION" >"$out/VERSION"

elapsed=$((SECONDS - start))
printf 'keda %s built in %dm%02ds: %s\n' "$KEDA_VERSION" $((elapsed / 60)) $((elapsed % 60)) "$out"
