#!/usr/bin/env python3
"""fold.py FILE tag=Prefix ...

Moves every `## title (tagNNN)` section that sits after `## Open questions`
into the end of the concern section whose heading starts with `## Prefix`,
as a `###` section, and appends tagNNN to that concern heading's list.
"""
import re, sys

path = sys.argv[1]
maps = dict(a.split("=", 1) for a in sys.argv[2:])
lines = open(path, encoding="utf-8").read().split("\n")

def sections(ls):
    out, cur = [], None
    for i, l in enumerate(ls):
        if l.startswith("## "):
            cur = [i, l]
            out.append(cur)
    return out

changed = True
while changed:
    changed = False
    secs = sections(lines)
    oq = next(i for i, (s, h) in enumerate(secs) if h.startswith("## Open questions"))
    for j in range(oq + 1, len(secs)):
        start, head = secs[j]
        m = re.search(r"\((\w+?)(\d+)\)\s*$", head)
        if not m or m.group(1) not in maps:
            continue
        tag = m.group(1) + m.group(2)
        end = secs[j + 1][0] if j + 1 < len(secs) else len(lines)
        body = lines[start:end]
        while body and body[-1].strip() == "":
            body.pop()
        body[0] = "#" + body[0]
        ti = next(i for i, (s, h) in enumerate(secs) if h.startswith("## " + maps[m.group(1)]))
        tstart, thead = secs[ti]
        tend = secs[ti + 1][0]
        del lines[start:end]
        lines[tstart] = re.sub(r"\)\s*$", ", %s)" % tag, thead)
        ins = tend
        while lines[ins - 1].strip() == "":
            ins -= 1
        lines[ins:ins] = [""] + body
        changed = True
        break
open(path, "w", encoding="utf-8").write("\n".join(lines))
