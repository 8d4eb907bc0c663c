#!/usr/bin/env python3
"""misses.py BASE OLDBIN NEWBIN [BRANCH...]

The dev rows added since BASE (git diff BASE -- testdata/messages/dev.jsonl),
read by `classify -rules` of both binaries. A row is missed when the intent
differs, or a report's type or category differs, or a labelled indicator
differs. Prints the counts (README's 效果 line) and each missed row of NEWBIN.
With BRANCH names: how many dev rows each branch added since its merge base
with BASE.
"""
import json, subprocess, sys

base, old, new = sys.argv[1:4]
diff = subprocess.run(["git", "diff", base, "--", "testdata/messages/dev.jsonl"],
                      capture_output=True, text=True, check=True).stdout
rows = [json.loads(l[1:]) for l in diff.splitlines() if l.startswith("+{")]


def read(binary):
    inp = "".join(json.dumps({"text": r["text"]}, ensure_ascii=False) + "\n" for r in rows)
    out = subprocess.run([binary, "classify", "-rules"], input=inp, capture_output=True,
                         text=True, check=True).stdout
    return [json.loads(l) for l in out.splitlines() if l.strip()]


def missed(want, got):
    if want["intent"] != got.get("intent"):
        return True
    if want["intent"] == "report" and (want.get("type") != got.get("type") or
                                       want.get("category", "") != got.get("category", "")):
        return True
    return bool(want.get("indicator")) and want["indicator"] != got.get("indicator")


res = {}
for name, b in (("old", old), ("new", new)):
    got = read(b)
    res[name] = [(w, g) for w, g in zip(rows, got) if missed(w, g)]
print("new dev rows: %d; old rules miss %d, new rules miss %d" % (len(rows), len(res["old"]), len(res["new"])))
for w, g in res["new"]:
    print("NEW MISS", json.dumps(w, ensure_ascii=False), "->", json.dumps(g, ensure_ascii=False))
for br in sys.argv[4:]:
    mb = subprocess.run(["git", "merge-base", base, br], capture_output=True, text=True, check=True).stdout.strip()
    d = subprocess.run(["git", "diff", mb + ".." + br, "--", "testdata/messages/dev.jsonl"],
                       capture_output=True, text=True, check=True).stdout
    print("%s: %d dev rows" % (br, sum(1 for l in d.splitlines() if l.startswith("+{"))))
