#!/usr/bin/env python3
"""Talk to a running `gridbot sandbox` from the shell.

  t.py PORT CHAT FROM TEXT [--private] [--image N]   send a message
  t.py PORT clock [set ISO | advance 2h] [--down]    read or move the clock
  t.py PORT show CHAT [--private] [--since N]        print a transcript
"""
import json, sys, urllib.parse, urllib.request

def call(port, method, path, body=None):
    url = "http://127.0.0.1:%s%s" % (port, path)
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return json.loads(r.read().decode())
    except urllib.error.HTTPError as e:
        return json.loads(e.read().decode() or "{}")

def pr(ans):
    for l in ans.get("lines", []) or []:
        who = l.get("from", "")
        priv = " (私)" if l.get("private") else ""
        print("[%s] %s %s %s%s %s: %s" % (l.get("seq"), l.get("day", ""), l.get("time", ""),
                                         l.get("chat", ""), priv, who, l.get("text", "")))
    for k in ("note", "error"):
        if ans.get(k):
            print("%s: %s" % (k, ans[k]))
    c = ans.get("clock")
    if c:
        nxt = "; ".join("%s %s" % (n.get("when"), n.get("what")) for n in c.get("next", []) or [])
        print("clock: %s | next: %s" % (c.get("text"), nxt))

def main(a):
    if len(a) < 2:
        print(__doc__); sys.exit(2)
    port, cmd = a[0], a[1]
    flags = [x for x in a[2:] if x.startswith("--")]
    if cmd == "clock":
        rest = a[2:]
        body = {"down": "--down" in rest}
        if len(rest) >= 2 and rest[0] in ("set", "advance"):
            body[rest[0]] = rest[1]
            pr(call(port, "POST", "/api/clock", body))
        else:
            pr(call(port, "GET", "/api/clock"))
        return
    if cmd == "show":
        chat = a[2]
        q = {"chat": chat, "private": "true" if "--private" in a else "false"}
        if "--since" in a:
            q["since"] = a[a.index("--since") + 1]
        pr(call(port, "GET", "/api/messages?" + urllib.parse.urlencode(q)))
        return
    chat, frm = a[1], a[2]
    text = a[3] if len(a) > 3 and not a[3].startswith("--") else ""
    body = {"chat": chat, "from": frm, "text": text, "private": "--private" in a}
    if "--image" in a:
        n = int(a[a.index("--image") + 1])
        body["images"] = ["photo%d.jpg" % (i + 1) for i in range(n)]
    pr(call(port, "POST", "/api/send", body))

if __name__ == "__main__":
    main(sys.argv[1:])
