package wechat

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"sync"
	"time"

	"gridbot/bot"
)

// hotStore is openwechat's hot-reload storage: the polling goroutine
// writes ("dumps") it at the login and after every sync, so it only keeps
// the bytes in memory and signals keepLogin, which writes them to Redis.
// The blob's cookies are those of jar, not the ones openwechat wrote (see
// cookieJar).
//
// The sync position kept in Redis must not run ahead of the messages
// handled, or a crash loses what was synced but not handled: openwechat
// dumps the new SyncKey *before* it hands the batch's messages over, and
// offers no way to change that. So each dump is a generation; the messages
// of a batch carry it (take); a generation's blob is kept only once its
// batch was handed over entirely (the next sync answer, batchDone; dumps
// before the message loop carry no batch) and every message of it and of
// earlier generations is handled. After a crash WeChat then sends those
// messages again, and the seen marks and the handlers' commits drop what
// was handled already. openwechat's in-memory SyncKey still runs ahead
// within one session: that costs nothing while the process lives.
type hotStore struct {
	changed chan struct{}
	jar     *cookieJar

	mu       sync.Mutex
	buf      []byte // the kept blob, read by openwechat at a hot login
	off      int
	gen      int            // dumps so far
	blobs    map[int][]byte // dumps not kept yet
	complete int            // batches handed over entirely, up to this generation
	pending  map[int]int    // generation → its messages not handled yet
	looping  bool           // the message loop runs: dumps carry batches
	kept     int            // generation kept last
}

func newHotStore(jar *cookieJar) *hotStore {
	return &hotStore{changed: make(chan struct{}, 1), jar: jar, blobs: map[int][]byte{}, pending: map[int]int{}}
}

func (h *hotStore) Read(p []byte) (int, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.off >= len(h.buf) {
		return 0, io.EOF
	}
	n := copy(p, h.buf[h.off:])
	h.off += n
	return n, nil
}

// Write takes one dump of openwechat, with the session's own cookies.
func (h *hotStore) Write(p []byte) (int, error) {
	blob := bytes.Clone(p)
	var item map[string]json.RawMessage
	if json.Unmarshal(p, &item) == nil {
		if jar, err := json.Marshal(h.jar); err == nil {
			item["Jar"] = jar
			if b, err := json.Marshal(item); err == nil {
				blob = b
			}
		}
	}
	h.mu.Lock()
	h.gen++
	h.blobs[h.gen] = blob
	if !h.looping {
		h.complete = h.gen
	}
	h.newestKeepable()
	h.mu.Unlock()
	h.signal()
	return len(p), nil
}

func (h *hotStore) signal() {
	select {
	case h.changed <- struct{}{}:
	default:
	}
}

// batchDone records that the batch of the last dump was handed over
// entirely: openwechat answers the next sync only after that.
func (h *hotStore) batchDone() {
	h.mu.Lock()
	h.looping = true
	h.complete = h.gen
	h.mu.Unlock()
	h.signal()
}

// take counts a message of the current batch as not handled yet; the
// returned func records that it was handled (or given up).
func (h *hotStore) take() func() {
	h.mu.Lock()
	g := h.gen
	h.pending[g]++
	h.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			h.mu.Lock()
			if h.pending[g]--; h.pending[g] <= 0 {
				delete(h.pending, g)
			}
			h.mu.Unlock()
			h.signal()
		})
	}
}

// keepable returns the newest blob that may be kept, and its generation.
func (h *hotStore) keepable() ([]byte, int, bool) {
	h.mu.Lock()
	defer h.mu.Unlock()
	g := h.newestKeepable()
	b, ok := h.blobs[g]
	if g <= h.kept || !ok {
		return nil, 0, false
	}
	return b, g, true
}

// newestKeepable is the newest generation that may be kept; older blobs
// are never needed again, and are dropped (without a keeper, as when hot
// login is off, nothing else would). Called with h.mu held.
func (h *hotStore) newestKeepable() int {
	g := h.complete
	for pg := range h.pending {
		if pg <= g {
			g = pg - 1
		}
	}
	for k := range h.blobs {
		if k < g {
			delete(h.blobs, k)
		}
	}
	return g
}

// keptUpTo records that generation g is in Redis.
func (h *hotStore) keptUpTo(g int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.kept = max(h.kept, g)
	for k := range h.blobs {
		if k <= h.kept {
			delete(h.blobs, k)
		}
	}
}

// keepLogin writes the hot-login blob to Redis whenever a newer one may be
// kept, and once more when ctx ends.
func (t *Transport) keepLogin(ctx context.Context, h *hotStore, uin int64) {
	// told once per outage, not at every sync
	outage := &bot.Outage{Log: t.log, Now: t.o.Now, Name: "wechat: keeping the login in Redis",
		What: "wechat: cannot keep the login in Redis; a restart now would need a new scan (tried again at every change)"}
	save := func(ctx context.Context) {
		b, g, ok := h.keepable()
		if !ok || uin == 0 {
			return
		}
		err := t.o.State.SaveLogin(ctx, uin, b)
		outage.Tick(ctx, err)
		if err == nil {
			h.keptUpTo(g)
		}
	}
	for {
		select {
		case <-ctx.Done():
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 2*time.Second)
			save(sctx)
			cancel()
			return
		case <-h.changed:
			save(ctx)
		}
	}
}
