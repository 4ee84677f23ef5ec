# test/check.sh -- sourced by the shell suites (test/dump.sh, test/upgrade.sh):
#   check "description" command...   runs the command, prints "ok N - ..." or
#                                    "not ok N - ..." and counts in $pass/$fail
pass=0
fail=0
n=0
check() {
	local what=$1
	shift
	n=$((n + 1))
	if "$@"; then
		pass=$((pass + 1))
		echo "ok $n - $what"
	else
		fail=$((fail + 1))
		echo "not ok $n - $what"
	fi
}
