#!/usr/bin/env bash
# Lists the text blocks ({{define "..."}} in the repository's *.tmpl files)
# that no test renders: runs every package's tests with each text rendered
# both ways (tmpl.CheckEnv) and the rendered blocks recorded
# (tmpl.SeenEnv), then prints "file block" for each block never rendered
# and a count. A block counts as rendered when the compiled executor
# rendered it (and so was checked against text/template); blocks it gave
# up on in some render, left to text/template, are listed after, marked
# "fell back". Extra arguments go to go test (e.g. -run).
# Usage: tmpl/unrendered.sh            (from anywhere in the repository)
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
seen=$(mktemp)
trap 'rm -f "$seen"' EXIT
# the held-back evaluation tests are the lead's to run
GRIDBOT_TMPL_CHECK=1 GRIDBOT_TMPL_SEEN="$seen" go test -count=1 \
	-skip 'TestHeldBackSplit|TestSharedData|TestEvalPrintsOneLine' "$@" ./... >&2
total=0 never=0 fell=0
while read -r file name; do
	total=$((total + 1))
	if ! grep -qxF "$name" "$seen"; then
		never=$((never + 1))
		echo "$file $name"
	fi
	if grep -qxF "!$name" "$seen"; then
		fell=$((fell + 1))
		echo "$file $name fell back"
	fi
done < <(git ls-files '*.tmpl' | xargs grep -o '{{-\? *define "[^"]*"' |
	sed -E 's/^([^:]*):.*define "([^"]*)"/\1 \2/')
echo "$never of $total blocks never rendered, $fell fell back to text/template"
