#!/usr/bin/env bash
# mr.sh BRANCH: merge a helper's branch into main in /work/main; doc and
# labelled-message files that conflict are merged as a union of both sides.
set -uo pipefail
cd /work/main || exit 1
b=$1
if git merge --no-ff --no-edit "$b"; then exit 0; fi
left=0
for f in $(git diff --name-only --diff-filter=U); do
  case "$f" in
    docs/*.md|README.md|testdata/messages/dev.jsonl)
      git show ":2:$f" > /tmp/mr.ours; git show ":1:$f" > /tmp/mr.base 2>/dev/null || : > /tmp/mr.base
      git show ":3:$f" > /tmp/mr.theirs
      git merge-file -p --union /tmp/mr.ours /tmp/mr.base /tmp/mr.theirs > "$f"
      git add "$f" ;;
    *) echo "conflict in $f"; left=1 ;;
  esac
done
if [ $left = 1 ]; then echo "CONFLICTS LEFT"; exit 1; fi
git commit --no-edit
