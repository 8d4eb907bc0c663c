#!/usr/bin/env python3
"""hist.py eff|perf NEWFILE "OLDDATE"

Replaces README's latest 效果 (line starting 最近一次：) or 性能 (line starting
**最近一次（) paragraph with NEWFILE's text and files the old one under
docs/history.md's ## 效果 / ## 性能 as ### OLDDATE UTC（README 里那一段，从 README 移来）.
"""
import sys
kind, newfile, olddate = sys.argv[1], sys.argv[2], sys.argv[3]
start = "最近一次：" if kind == "eff" else "**最近一次（"
sect = "## 效果" if kind == "eff" else "## 性能"
rd = open("README.md", encoding="utf-8").read().split("\n")
i = next(k for k, l in enumerate(rd) if l.startswith(start))
j = i
while j + 1 < len(rd) and rd[j + 1].strip() != "":
    j += 1
old = rd[i:j + 1]
new = open(newfile, encoding="utf-8").read().rstrip("\n").split("\n")
rd[i:j + 1] = new
h = open("docs/history.md", encoding="utf-8").read().split("\n")
s = next(k for k, l in enumerate(h) if l.startswith(sect))
k = s + 1
while k < len(h) and not h[k].startswith("###") and not h[k].startswith("## "):
    k += 1
h[k:k] = ["### %s UTC（README 里那一段，从 README 移来）" % olddate, ""] + old + [""]
open("docs/history.md", "w", encoding="utf-8").write("\n".join(h))
open("README.md", "w", encoding="utf-8").write("\n".join(rd))
