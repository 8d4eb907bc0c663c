package storage

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"

	"gridbot/bot"
)

// WeChat transport keys, one set per bot account (the config's
// wechat.account label), so that several processes, one per account, share
// one Redis without stepping on each other. The account is the hash tag.
//
//	<p>:wx:{<account>}:uin          STRING the Uin (WeChat's stable account id) last logged in
//	<p>:wx:{<account>}:hot:<uin>    STRING hot-login blob (openwechat's JSON: session cookies — a secret)
//	<p>:wx:{<account>}:bind         HASH   WeChat group name → configured chat name
//	                                       (groups bound in chat with 绑定本群, or renamed)
//	<p>:wx:{<account>}:seen:<msgid> STRING set when a message id was first taken (TTL)
//	<p>:wx:{<account>}:shown        HASH   "<chat>\x1f<name>" → the name that person shows in
//	                                       that group (the transport's @s), set on change

// WeChatState is the transport state of one bot account.
type WeChatState struct {
	st   *Store
	base string
}

// WeChat returns the state of the bot account labelled account.
func (s *Store) WeChat(account string) *WeChatState {
	return &WeChatState{st: s, base: s.prefix + ":wx:{" + account + "}:"}
}

// Check reports whether Redis answers, probing at once when it is known
// to be down (see Store.Check).
func (w *WeChatState) Check(ctx context.Context) error { return w.st.Check(ctx) }

// LoadLogin returns the kept hot-login blob and the Uin last logged in;
// blob is nil when none is kept (uin may still be known).
func (w *WeChatState) LoadLogin(ctx context.Context) (uin int64, blob []byte, err error) {
	b, ok, err := w.st.get(ctx, w.base+"uin", "wechat login")
	if err != nil || !ok {
		return 0, nil, err
	}
	s := string(b)
	uin, err = strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, nil, fmt.Errorf("storage: wechat login: bad uin %q", s)
	}
	blob, _, err = w.st.get(ctx, w.base+"hot:"+s, "wechat login")
	return uin, blob, err
}

// SaveLogin keeps the hot-login blob of the account's Uin.
func (w *WeChatState) SaveLogin(ctx context.Context, uin int64, blob []byte) error {
	u := strconv.FormatInt(uin, 10)
	_, err := w.st.rdb.TxPipelined(ctx, func(p redis.Pipeliner) error {
		p.Set(ctx, w.base+"uin", u, 0)
		p.Set(ctx, w.base+"hot:"+u, blob, 0)
		return nil
	})
	if err != nil {
		return fmt.Errorf("storage: save wechat login: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// DropLogin forgets the kept hot login (it no longer works); the Uin stays
// so that a scan with another WeChat account can be noticed.
func (w *WeChatState) DropLogin(ctx context.Context) error {
	u, err := w.st.rdb.Get(ctx, w.base+"uin").Result()
	if errors.Is(err, redis.Nil) {
		return nil
	}
	if err == nil {
		err = w.st.rdb.Del(ctx, w.base+"hot:"+u).Err()
	}
	if err != nil {
		return fmt.Errorf("storage: drop wechat login: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// Bindings returns WeChat group name → configured chat name.
func (w *WeChatState) Bindings(ctx context.Context) (map[string]string, error) {
	m, err := w.st.rdb.HGetAll(ctx, w.base+"bind").Result()
	if err != nil {
		return nil, fmt.Errorf("storage: wechat bindings: %w: %w", ErrUnavailable, err)
	}
	return m, nil
}

// bindSrc binds a group name to a chat, forgetting older names of it.
const bindSrc = `
local all = redis.call("HGETALL", KEYS[1])
for i = 1, #all, 2 do
  if all[i+1] == ARGV[2] and all[i] ~= ARGV[1] then redis.call("HDEL", KEYS[1], all[i]) end
end
redis.call("HSET", KEYS[1], ARGV[1], ARGV[2])
return 1`

var bindScript = redis.NewScript(bindSrc)

// Bind records that the WeChat group named group is the configured chat;
// an older name bound to the same chat is forgotten.
func (w *WeChatState) Bind(ctx context.Context, group, chat string) error {
	if err := bindScript.Run(ctx, w.st.rdb, []string{w.base + "bind"}, group, chat).Err(); err != nil {
		return fmt.Errorf("storage: wechat bind %s: %w: %w", group, ErrUnavailable, err)
	}
	return nil
}

// shownSep joins a chat and a name in a field of the shown hash.
const shownSep = "\x1f"

// Shown returns chat → the name the handlers address a member as → the
// name he shows in that group, as kept by SetShown.
func (w *WeChatState) Shown(ctx context.Context) (map[string]map[string]string, error) {
	m, err := w.st.rdb.HGetAll(ctx, w.base+"shown").Result()
	if err != nil {
		return nil, fmt.Errorf("storage: wechat shown names: %w: %w", ErrUnavailable, err)
	}
	out := map[string]map[string]string{}
	for k, v := range m {
		chat, name, ok := strings.Cut(k, shownSep)
		if !ok || name == "" {
			continue
		}
		if out[chat] == nil {
			out[chat] = map[string]string{}
		}
		out[chat][name] = v
	}
	return out, nil
}

// SetShown keeps the name the member the handlers address as name shows in
// chat; "" forgets it (he shows that name itself). One round trip.
func (w *WeChatState) SetShown(ctx context.Context, chat, name, shown string) error {
	var err error
	if shown == "" {
		err = w.st.rdb.HDel(ctx, w.base+"shown", chat+shownSep+name).Err()
	} else {
		err = w.st.rdb.HSet(ctx, w.base+"shown", chat+shownSep+name, shown).Err()
	}
	if err != nil {
		return fmt.Errorf("storage: wechat shown name: %w: %w", ErrUnavailable, err)
	}
	return nil
}

// Seen reports whether a message id was marked handled.
func (w *WeChatState) Seen(ctx context.Context, msgID string) (bool, error) {
	n, err := w.st.rdb.Exists(ctx, w.base+"seen:"+msgID).Result()
	if err != nil {
		return false, fmt.Errorf("storage: wechat seen %s: %w: %w", msgID, ErrUnavailable, err)
	}
	return n > 0, nil
}

// MarkSeen records that a message id was handled, for ttl: a message
// redelivered after a restart is then skipped. It is marked after the
// handling, so that a crash mid-way handles it again (the handlers'
// commits deduplicate by message id).
func (w *WeChatState) MarkSeen(ctx context.Context, msgID string, ttl time.Duration) error {
	if err := w.st.rdb.Set(ctx, w.base+"seen:"+msgID, "1", ttl).Err(); err != nil {
		return fmt.Errorf("storage: wechat mark seen %s: %w: %w", msgID, ErrUnavailable, err)
	}
	return nil
}

// QueueLen is the number of messages waiting in the outbox's scopes.
func (o *Outbox) QueueLen(ctx context.Context) (int64, error) {
	return o.sum(ctx, o.st.QueueLen)
}

// Replies queues a transport's own replies (not the handlers') in the
// outbox, once per source message id, in the scope scopeOf chooses.
type Replies struct {
	st      *Store
	scopeOf func(bot.Outbound) Scope
}

// NewReplies returns Replies on st.
func NewReplies(st *Store, scopeOf func(bot.Outbound) Scope) *Replies {
	return &Replies{st: st, scopeOf: scopeOf}
}

// Reply queues o; a repeated msgID queues nothing.
func (r *Replies) Reply(ctx context.Context, msgID string, o bot.Outbound) error {
	_, err := r.st.Commit(ctx, Change{Scope: r.scopeOf(o), MsgID: "wx:" + msgID, Out: []bot.Outbound{o}})
	return err
}
