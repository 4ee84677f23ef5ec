#!/usr/bin/env bash
# test/suites/packaging.sh -- the release a DBA installs: LICENSE,
# CHANGELOG.md, META.json and debian/ agree with geopol.control; the Debian
# package postgresql-15-geopol builds from a copy of the tree with
# `dpkg-buildpackage -us -uc -b` (pg_buildext, -Werror; the package's own
# installcheck is skipped with DEB_BUILD_OPTIONS=nocheck, make test runs
# the suites already), leaves no file that git sees, installs, gives a
# working CREATE EXTENSION, and is removed without a trace.
#
# Installing a .deb writes into the system PostgreSQL and dpkg's database:
# the package is always removed at the end (also on failure), and
# `make install` is run again so that the suites after this one find
# geopol where make test put it.  Run it on a throw-away machine (CI) or
# inside a private copy of the PostgreSQL folders (/work/bin/pgiso).
#
# The build tools (debhelper, postgresql-server-dev-all) are installed with
# apt-get when missing and possible; when not, the package checks are
# reported as skipped ("ok N - # SKIP ...").  Prints "ok N - ..." lines and
# "packaging: N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
top=$PWD
. test/cluster.sh
. test/check.sh

skip() { n=$((n + 1)); pass=$((pass + 1)); echo "ok $n - # SKIP $*"; }
finish() { echo "packaging: $pass passed, $fail failed"; [ "$fail" -eq 0 ]; exit $?; }

version=$(sed -n "s/^default_version *= *'\([^']*\)'.*/\1/p" geopol.control)
pgmajor=$($PG_CONFIG --version | sed -E 's/^PostgreSQL ([0-9]+).*/\1/')
pkg=postgresql-$pgmajor-geopol

# ---- metadata: one version everywhere ----------------------------------------
check "LICENSE is the PostgreSQL Licence of the geopol developers" \
	grep -q "Copyright (c) .*, the geopol developers" LICENSE
check "CHANGELOG.md has a section for $version" \
	grep -q "^## $version" CHANGELOG.md
meta_ok() {
	python3 - "$version" <<'PY'
import json, re, sys
v = sys.argv[1]
sem = v if v.count('.') == 2 else v + '.0'
m = json.load(open('META.json'))
for key in ('name', 'abstract', 'version', 'maintainer', 'license', 'provides', 'meta-spec'):
    assert key in m, key
assert m['name'] == 'geopol' and m['license'] == 'postgresql'
assert m['version'] == sem and m['provides']['geopol']['version'] == sem, (m['version'], sem)
assert re.fullmatch(r'\d+\.\d+\.\d+', m['version'])
assert m['meta-spec']['version'] == '1.0.0'
assert m['prereqs']['runtime']['requires']['PostgreSQL'].startswith('15')
assert m['resources']
PY
}
if command -v python3 >/dev/null; then
	check "META.json: PGXN keys, license postgresql, version $version as semver" meta_ok
else
	skip "no python3 to read META.json"
fi
check "debian/changelog is version $version-N" \
	bash -c "head -1 debian/changelog | grep -Eq '^geopol \($version-[0-9]+\) '"

# ---- build tools -------------------------------------------------------------
tools_present() {
	command -v dpkg-buildpackage >/dev/null && command -v dh >/dev/null &&
		command -v pg_buildext >/dev/null &&
		[ -f /usr/share/perl5/Debian/Debhelper/Sequence/pgxs_loop.pm ]
}
if ! tools_present && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
	echo "# installing debhelper and postgresql-server-dev-all"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
		--no-install-recommends debhelper postgresql-server-dev-all >/dev/null 2>&1
fi
if ! tools_present; then
	skip "Debian package: the build tools (debhelper, pg_buildext with pgxs_loop) are not installed and cannot be (not root, or apt-get failed)"
	finish
fi
check "debian/control is up to date with debian/control.in (pg_buildext checkcontrol)" \
	pg_buildext checkcontrol

# ---- build in a copy of the tree ---------------------------------------------
stage=$(mktemp -d /tmp/geopol-deb.XXXXXX)
src=$stage/geopol-$version
mkdir "$src"
installed=0
cleanup() {
	if [ "$installed" -eq 1 ]; then
		apt-get remove -y -qq -o DPkg::Lock::Timeout=300 "$pkg" >/dev/null 2>&1 ||
			dpkg -r "$pkg" >/dev/null 2>&1
		make -s -C "$top" install PG_CONFIG="$PG_CONFIG" >/dev/null 2>&1
	fi
	rm -rf "$stage"
	[ -n "${work:-}" ] && cluster_stop
}
trap cleanup EXIT
if git rev-parse --git-dir >/dev/null 2>&1; then
	# tracked files and new ones not ignored, as they are in the tree now
	git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -x -C "$src"
else
	tar --exclude=.demo --exclude='*.o' --exclude='*.so' --exclude='*.bc' --exclude='*.bin' -cf - . |
		tar -x -C "$src"
fi
# a repository of its own, to see what the build leaves behind
gitq() { git -C "$src" -c user.name=test -c user.email=test@localhost "$@"; }
gitq init -q && gitq add -A && gitq commit -q -m "as copied"

(cd "$src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) >"$stage/build.log" 2>&1
rc=$?
deb=$(ls "$stage"/${pkg}_*.deb 2>/dev/null | head -n 1)
check "dpkg-buildpackage -us -uc -b builds $pkg" test "$rc" -eq 0 -a -n "$deb"
if [ "$rc" -ne 0 ] || [ -z "$deb" ]; then
	tail -n 40 "$stage/build.log"
	finish
fi
check "the package build compiles with -Werror" \
	grep -Eq '^(gcc|cc|clang).* -Werror( |$)' "$stage/build.log"
check "the build leaves nothing git sees (git status is clean)" \
	test -z "$(gitq status --porcelain)"
(cd "$src" && fakeroot debian/rules clean) >/dev/null 2>&1
check "debian/rules clean leaves not even ignored files" \
	test -z "$(gitq status --porcelain --ignored)"
contents=$(dpkg-deb -c "$deb")
check "the package holds geopol.so, geopol.control and geopol--$version.sql" \
	bash -c "grep -q 'lib/postgresql/$pgmajor/lib/geopol.so\$' <<<\"\$0\" &&
	         grep -q 'extension/geopol.control\$' <<<\"\$0\" &&
	         grep -q 'extension/geopol--$version.sql\$' <<<\"\$0\"" "$contents"

# ---- install, use, remove ----------------------------------------------------
if [ "$(id -u)" -ne 0 ]; then
	skip "installing the package needs root"
	finish
fi
if dpkg -s "$pkg" >/dev/null 2>&1; then
	check "$pkg is not installed before the test" false
	finish
fi
installed=1
check "the package installs (apt-get install ./$(basename "$deb"))" \
	bash -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 '$deb' >/dev/null 2>&1 ||
	         dpkg -i '$deb' >/dev/null"
check "dpkg lists it as installed, version $version" \
	bash -c "dpkg-query -W -f '\${Status} \${Version}' $pkg | grep -q '^install ok installed $version-'"
files=$(dpkg -L "$pkg" | while read -r f; do [ -f "$f" ] && echo "$f"; done)
dpkg-deb -x "$deb" "$stage/x"
check "the installed geopol.so and install script are the package's" \
	bash -c "cmp -s '$($PG_CONFIG --sharedir)/extension/geopol--$version.sql' \
	             '$stage/x/usr/share/postgresql/$pgmajor/extension/geopol--$version.sql' &&
	         cmp -s '$($PG_CONFIG --pkglibdir)/geopol.so' '$stage/x/usr/lib/postgresql/$pgmajor/lib/geopol.so'"
cluster_start || { check "a cluster starts" false; finish; }
trap cleanup EXIT	# cluster_start set its own
not_creatable() { ! psqlq -d postgres -c "CREATE EXTENSION geopol" >/dev/null 2>&1; }
check "CREATE EXTENSION geopol works from the package" \
	psqlq -d postgres -c "CREATE EXTENSION geopol"
check "the packaged extension answers (types, registry, extract)" \
	test "$(psqlq -d postgres -c "SELECT 'USAGOVMIL'::geopol.actor::text, geopol.expand('{G7}', '2024-11-05')::text,
	         (SELECT string_agg(stance::text, ',') FROM geopol.extract('Japan strongly condemned North Korea.', '2024-11-05'))")" \
	= "USA.GOV.MIL|{CAN,DEU,FRA,GBR,ITA,JPN,USA}|strongly condemn"
psqlq -d postgres -c "DROP EXTENSION geopol" >/dev/null
check "the package is removed (apt-get remove)" \
	bash -c "apt-get remove -y -qq -o DPkg::Lock::Timeout=300 $pkg >/dev/null 2>&1 || dpkg -r $pkg >/dev/null"
check "dpkg no longer lists it" \
	bash -c "! dpkg-query -W -f '\${Status}' $pkg 2>/dev/null | grep -q 'ok installed'"
left=$(for f in $files; do [ -e "$f" ] && echo "$f"; done)
check "none of its $(echo "$files" | wc -w) files is left" test -z "$left"
[ -n "$left" ] && echo "# left: $left"
check "CREATE EXTENSION geopol fails once it is removed" not_creatable
installed=0
check "make install puts geopol back for the suites after this one" \
	make -s install PG_CONFIG="$PG_CONFIG"
finish
