#!/usr/bin/env bash
# Build a Traefik binary from the Go module proxy, for the data-plane test.
#
# Usage: tools/traefik/build.sh [OUT_BINARY]
#   OUT_BINARY defaults to <repo>/.cache/traefik/$TRAEFIK_VERSION/traefik.
#   Exits at once when OUT_BINARY already is that version. Needs only Go and
#   the module proxy. A cold build costs about 15 CPU-minutes (8 minutes on 2
#   idle cores), 0.8 GB of module cache and 1.7 GB of build cache.
#
# How: download github.com/traefik/traefik/v3@$TRAEFIK_VERSION with the go
# command (checked against sum.golang.org as usual), copy its read-only module
# directory to a scratch folder under .cache/traefik/, adapt the copy where the
# module proxy cannot serve what it needs (the three ADAPTATIONs below), and
# build ./cmd/traefik with -trimpath, -mod=readonly and traefik's own ldflags.
# The scratch copy is removed on exit (TRAEFIK_KEEP_SRC=1 keeps it).
#
# Every adaptation first checks that the upstream text it rewrites is there
# exactly once, and fails loudly otherwise, so a version bump cannot silently
# skip one. Nothing of traefik's source is stored in this repository.
#
# What the adaptations cost the built binary:
#   - an ACME certificate resolver with a dnsChallenge fails with an error
#     naming this script (HTTP-01 and TLS-ALPN-01 challenges work);
#   - BasicAuth accepts MD5 (apr1), SHA1 and bcrypt hashes, the set traefik's
#     documentation lists; DigestAuth behaves as with go-http-auth v0.4.0;
#   - the dashboard has no assets (the module zip ships webui/static empty).
set -euo pipefail

TRAEFIK_VERSION=v3.7.13

# Upstream go-http-auth used in place of traefik's unavailable fork (ADAPTATION 2).
GO_HTTP_AUTH_VERSION=v0.4.0

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out=${1:-$repo_root/.cache/traefik/$TRAEFIK_VERSION/traefik}
[[ $out == /* ]] || out=$PWD/$out # the build runs in another folder
cache=$repo_root/.cache/traefik

die() { echo "tools/traefik/build.sh: $*" >&2; exit 1; }

# reports_version BINARY: whether BINARY says it is $TRAEFIK_VERSION. (Not
# `BINARY version | grep -q`: with pipefail, an early grep exit fails the pipe.)
reports_version() {
	local v
	v=$("$1" version 2>/dev/null) || return 1
	grep -qE "^Version:[[:space:]]+${TRAEFIK_VERSION}\$" <<<"$v"
}

# Fast path: the binary is there and reports the pinned version.
if [[ -x $out ]] && reports_version "$out"; then
	echo "traefik $TRAEFIK_VERSION already built: $out"
	exit 0
fi

start=$SECONDS
mkdir -p "$cache" "$(dirname "$out")"
work=$(mktemp -d "$cache/src-$TRAEFIK_VERSION.XXXXXX")
# An empty folder outside any Go module, for `go mod download` (inside this
# repository it would consult, and could touch, the repository's go.mod).
nomod=$(mktemp -d)
log=$work/build.log
tmp_out=$out.tmp.$$
cleanup() {
	rm -rf "$tmp_out" "$nomod"
	if [[ ${TRAEFIK_KEEP_SRC:-} == 1 ]]; then
		echo "kept $work" >&2
	else
		rm -rf "$work"
	fi
}
trap cleanup EXIT

# The build is its own main module: no go.work, no VCS stamping (the copy sits
# inside this repository's git tree), no cgo (as traefik's release build).
export GOWORK=off CGO_ENABLED=0 GOFLAGS=-buildvcs=false

# run CMD...: run quietly, and show the go command's output only on failure.
run() {
	if ! "$@" >>"$log" 2>&1; then
		grep -v '^go: downloading ' "$log" >&2 || true
		die "failed: $*"
	fi
}

# download MODULE@VERSION FIELD: download into the module cache (verified
# against go.sum/sum.golang.org by the go command), print FIELD of its -json
# description (Dir: the module's directory, Info: its .info file).
download() {
	local json value
	json=$(cd "$nomod" && go mod download -json "$1" 2>>"$log") || { echo "$json" >&2; die "cannot download $1"; }
	value=$(sed -n "s/^\t\"$2\": \"\(.*\)\",\$/\1/p" <<<"$json")
	[[ -n $value && -e $value ]] || { echo "$json" >&2; die "no $2 for $1"; }
	echo "$value"
}

# replace_once FILE OLD NEW: replace the literal text OLD by NEW, which must
# occur exactly once in FILE.
replace_once() {
	local file=$1 n
	n=$(OLD=$2 perl -0777 -ne 'print scalar(() = /\Q$ENV{OLD}\E/g)' "$file")
	[[ $n == 1 ]] || die "expected 1 occurrence in ${file#"$src/"}, found $n, of:
$2
Upstream changed: revisit this adaptation in tools/traefik/build.sh."
	OLD=$2 NEW=$3 perl -0777 -pi -e 's/\Q$ENV{OLD}\E/$ENV{NEW}/' "$file"
}

src=$work/traefik
mod_dir=$(download "github.com/traefik/traefik/v3@$TRAEFIK_VERSION" Dir)
mod_info=$(download "github.com/traefik/traefik/v3@$TRAEFIK_VERSION" Info)
cp -r "$mod_dir" "$src"
chmod -R u+w "$src"

# ---------------------------------------------------------------------------
# ADAPTATION 1: recreate the nested module github.com/traefik/traefik/dynamic/ext.
# go.mod replaces it by ./pkg/config/dynamic/ext, a folder with its own go.mod,
# which the module zip therefore leaves out. pkg/config/dynamic embeds two of
# its types inline in HTTPConfiguration and Router; empty structs add no fields.
ext_dir=$src/pkg/config/dynamic/ext
grep -qxF 'replace github.com/traefik/traefik/dynamic/ext => ./pkg/config/dynamic/ext' "$src/go.mod" ||
	die "go.mod no longer replaces dynamic/ext by ./pkg/config/dynamic/ext: revisit ADAPTATION 1"
[[ ! -e $ext_dir ]] || die "the module now ships pkg/config/dynamic/ext: drop ADAPTATION 1"
# Exactly the identifiers the stand-in provides must be used, no more.
mapfile -t ext_users < <(grep -rlF --include='*.go' '"github.com/traefik/traefik/dynamic/ext"' "$src")
((${#ext_users[@]})) || die "nothing imports dynamic/ext any more: drop ADAPTATION 1"
ext_refs=$(grep -ohE '\bext\.[A-Za-z_][A-Za-z0-9_]*' "${ext_users[@]}" | sort -u | tr '\n' ' ')
[[ $ext_refs == 'ext.HTTP ext.Router ' ]] || die "dynamic/ext is used as: $ext_refs; revisit ADAPTATION 1"
mkdir -p "$ext_dir"
cat >"$ext_dir/go.mod" <<'EOF'
module github.com/traefik/traefik/dynamic/ext

go 1.26.0
EOF
cat >"$ext_dir/ext.go" <<'EOF'
// Package ext stands in for traefik's nested module of the same path, which its
// module zip leaves out. Written by tools/traefik/build.sh.
package ext

// HTTP is embedded inline in dynamic.HTTPConfiguration.
type HTTP struct{}

// Router is embedded inline in dynamic.Router.
type Router struct{}
EOF

# ---------------------------------------------------------------------------
# ADAPTATION 2: github.com/abbot/go-http-auth. go.mod replaces it by the fork
# github.com/containous/go-http-auth, which the module proxy refuses (403).
# Use a copy of upstream v0.4.0 instead, as a local module, plus the two
# functions the fork adds and the BasicAuth/DigestAuth middlewares call:
#   CheckSecret(password, secret) - upstream's own hash dispatch (apr1/MD5 crypt,
#     {SHA}, bcrypt) that v0.4.0 keeps inside BasicAuth.CheckAuth;
#   (*DigestAuth).RequireAuthStale - RequireAuth with stale=true (RFC 2617
#     3.2.1). v0.4.0's CheckAuth never reports "stale", so traefik never calls it.
# A local directory needs no go.sum entry; traefik's Go files stay unedited.
replace_once "$src/go.mod" \
	'github.com/abbot/go-http-auth => github.com/containous/go-http-auth v0.4.1-0.20260804094822-b975dcaa8c48' \
	'github.com/abbot/go-http-auth => ./_build/go-http-auth // tools/traefik/build.sh: the fork is not on the proxy'
auth_dir=$src/_build/go-http-auth
mkdir -p "$src/_build"
auth_mod_dir=$(download "github.com/abbot/go-http-auth@$GO_HTTP_AUTH_VERSION" Dir)
cp -r "$auth_mod_dir" "$auth_dir"
chmod -R u+w "$auth_dir"
[[ ! -e $auth_dir/go.mod ]] || die "go-http-auth $GO_HTTP_AUTH_VERSION has a go.mod: revisit ADAPTATION 2"
if grep -qE 'func CheckSecret\(|\) RequireAuthStale\(' "$auth_dir"/*.go; then
	die "go-http-auth $GO_HTTP_AUTH_VERSION already has CheckSecret or RequireAuthStale: revisit ADAPTATION 2"
fi
grep -qF '{"", compareMD5HashAndPassword}, // default compareFunc' "$auth_dir/basic.go" ||
	die "go-http-auth $GO_HTTP_AUTH_VERSION changed its compareFuncs: revisit ADAPTATION 2"
cat >"$auth_dir/go.mod" <<'EOF'
module github.com/abbot/go-http-auth

go 1.26.0
EOF
cat >"$auth_dir/traefik_fork.go" <<'EOF'
// The API that traefik's fork github.com/containous/go-http-auth adds to
// upstream v0.4.0. Written by tools/traefik/build.sh.

package auth

import (
	"fmt"
	"net/http"
	"strings"
	"time"
)

// CheckSecret reports whether password matches the htpasswd-style hash secret,
// choosing the comparison by prefix exactly as BasicAuth.CheckAuth does.
func CheckSecret(password, secret string) bool {
	compare := compareFuncs[0].compare
	for _, cmp := range compareFuncs[1:] {
		if strings.HasPrefix(secret, cmp.prefix) {
			compare = cmp.compare
			break
		}
	}
	return compare([]byte(secret), []byte(password)) == nil
}

// RequireAuthStale is RequireAuth telling the client that its nonce is stale,
// so that it retries with the new nonce without asking the user again.
func (a *DigestAuth) RequireAuthStale(w http.ResponseWriter, r *http.Request) {
	a.mutex.Lock()
	defer a.mutex.Unlock()
	if len(a.clients) > a.ClientCacheSize+a.ClientCacheTolerance {
		a.Purge(a.ClientCacheTolerance * 2)
	}
	nonce := RandomKey()
	a.clients[nonce] = &digest_client{nc: 0, last_seen: time.Now().UnixNano()}
	w.Header().Set(contentType, a.Headers.V().UnauthContentType)
	w.Header().Set(a.Headers.V().Authenticate,
		fmt.Sprintf(`Digest realm="%s", nonce="%s", opaque="%s", algorithm="MD5", qop="auth", stale=true`,
			a.Realm, nonce, a.Opaque))
	w.WriteHeader(a.Headers.V().UnauthCode)
	w.Write([]byte(a.Headers.V().UnauthResponse))
}
EOF

# ---------------------------------------------------------------------------
# ADAPTATION 3: the ACME provider imports lego's providers/dns, which imports
# every DNS provider; 13 of their SDKs are refused by the module proxy. It is
# only used to look up a DNS-01 challenge provider by name: make that lookup an
# error and drop the import. go.mod keeps its (now unused) requirements, which
# -mod=readonly accepts, so nothing is re-resolved and go.sum stays as shipped.
acme=$src/pkg/provider/acme/provider.go
replace_once "$acme" $'\t"github.com/go-acme/lego/v5/providers/dns"\n' ''
replace_once "$acme" \
	'provider, err = dns.NewDNSChallengeProviderByName(p.DNSChallenge.Provider)' \
	'provider, err = nil, fmt.Errorf("DNS-01 challenge provider %q: not in this build (tools/traefik/build.sh removed lego providers/dns, whose SDKs the module proxy refuses)", p.DNSChallenge.Provider)'
if grep -rlF --include='*.go' --exclude='*_test.go' '"github.com/go-acme/lego/v5/providers/dns' "$src"; then
	die "more files import lego's providers/dns (listed above): revisit ADAPTATION 3"
fi

# ---------------------------------------------------------------------------
# Build with the ldflags of traefik's Makefile; the build date is the release's
# commit time from the module proxy, so that the binary is reproducible.
build_date=$(sed -n 's/.*"Time":"\([^"]*\)".*/\1/p' "$mod_info")
[[ -n $build_date ]] || die "no release time for traefik $TRAEFIK_VERSION"
pkg=github.com/traefik/traefik/v3/pkg/version
(
	cd "$src"
	run go build -mod=readonly -trimpath \
		-ldflags "-s -w -X $pkg.Version=$TRAEFIK_VERSION -X $pkg.BuildDate=$build_date" \
		-o "$tmp_out" ./cmd/traefik
)
reports_version "$tmp_out" || die "the built binary does not report $TRAEFIK_VERSION"
mv -f "$tmp_out" "$out"

elapsed=$((SECONDS - start))
printf 'traefik %s built in %dm%02ds: %s (%s MB)\n' "$TRAEFIK_VERSION" $((elapsed / 60)) $((elapsed % 60)) \
	"$out" "$(($(stat -c %s "$out") / 1000000))"
