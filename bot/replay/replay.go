// Package replay is a transport that reads a chat transcript as JSON lines
// on simulated time and writes every outbound message as a JSON line. It
// drives the same handlers, outbox and scheduler as production.
package replay

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"gridbot/bot"
)

// Line is one input line.
type Line struct {
	At   time.Time `json:"at"`
	ID   string    `json:"id,omitempty"`
	Chat string    `json:"chat,omitempty"`
	From string    `json:"from,omitempty"`
	Text *string   `json:"text,omitempty"`
	Kind string    `json:"kind,omitempty"` // "private" for a private message to the bot
	// Images are photos the message carries (file names; nothing is
	// read): with no text, a message of photos only.
	Images []string `json:"images,omitempty"`
}

// says reports whether the line is a message: it has text or images; a
// line without either only moves the clock.
func (l Line) says() bool { return l.Text != nil || len(l.Images) > 0 }

// Out is one output line.
type Out struct {
	At   string   `json:"at"`
	To   string   `json:"to"`
	Kind bot.Kind `json:"kind"`
	Text string   `json:"text"`
	// HeldUntil: a message the transcript's end found held over the
	// quiet hours, not sent; it goes out then. At is the end.
	HeldUntil string `json:"held_until,omitempty"`
}

// Clock is the simulated clock; it only moves forward.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock starts the clock at t.
func NewClock(t time.Time) *Clock { return &Clock{now: t} }

// Now returns the simulated time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Set moves the clock to t unless t is earlier.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t.After(c.now) {
		c.now = t
	}
}

// Writer writes outbound messages as JSON lines stamped with the clock. It
// is the replay's bot.Sender.
type Writer struct {
	mu    sync.Mutex
	enc   *json.Encoder
	clock *Clock
	loc   *time.Location
}

// NewWriter returns a Writer on w.
func NewWriter(w io.Writer, clock *Clock, loc *time.Location) *Writer {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &Writer{enc: enc, clock: clock, loc: loc}
}

// Send implements bot.Sender.
func (w *Writer) Send(_ context.Context, o bot.Outbound) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if err := w.enc.Encode(Out{At: w.clock.Now().In(w.loc).Format(time.RFC3339), To: o.To, Kind: o.Kind, Text: o.Text}); err != nil {
		return fmt.Errorf("replay: write: %w", err)
	}
	return nil
}

// Held writes the messages still held at the transcript's end (each
// with its NotBefore, when it goes out), stamped with the clock and marked
// held_until, the soonest first.
func (w *Writer) Held(held []bot.Outbound) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	held = slices.Clone(held)
	slices.SortStableFunc(held, func(a, b bot.Outbound) int { return a.NotBefore.Compare(b.NotBefore) })
	for _, o := range held {
		if err := w.enc.Encode(Out{At: w.clock.Now().In(w.loc).Format(time.RFC3339), To: o.To, Kind: o.Kind, Text: o.Text,
			HeldUntil: o.NotBefore.In(w.loc).Format(time.RFC3339)}); err != nil {
			return fmt.Errorf("replay: write: %w", err)
		}
	}
	return nil
}

// Steps are what the replay calls for each line, in order.
type Steps struct {
	// Tick fires every scheduled run due up to t.
	Tick func(ctx context.Context, t time.Time) error
	// Handle handles one message.
	Handle bot.Handler
	// Flush sends everything queued.
	Flush func(ctx context.Context) error
	// Check, when set, says what is odd about a message that is still
	// handled (a group the config does not have), or "".
	Check func(m bot.Message) string
	// Warn, when set, is told what is odd about a line, with its number;
	// the line is still replayed.
	Warn func(line int, msg string)
}

// example is how an input line is written, for the errors.
const example = `{"at":"2026-03-02T09:15:00+08:00","chat":"青山村三组网格群","from":"张三","text":"…"}`

// decodeLine reads one input line, in Chinese when it is not one: the
// transcript is typed by hand.
func decodeLine(raw string) (Line, error) {
	var l Line
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	err := dec.Decode(&l)
	var timeErr *time.ParseError
	switch {
	case errors.As(err, &timeErr):
		return l, fmt.Errorf("at 的时间 %q 写法不对：请写成 2026-03-02T09:15:00+08:00 这样（日期、T、时间、时区）", timeErr.Value)
	case err != nil && strings.HasPrefix(err.Error(), "json: unknown field "):
		return l, fmt.Errorf("不认得 %s 这一项：只能写 at、id、chat、from、text、images、kind，例如 %s",
			strings.TrimPrefix(err.Error(), "json: unknown field "), example)
	case err != nil:
		return l, fmt.Errorf("不是一行 JSON（引号、逗号、括号要成对，用英文标点），应当像 %s（%w）", example, err)
	case l.At.IsZero():
		return l, fmt.Errorf("没有写 at（这一行的时间），例如 %s", example)
	case l.Kind != "" && l.Kind != "private":
		return l, fmt.Errorf("kind 写的是 %q：私聊写 \"kind\":\"private\"，群聊不写 kind", l.Kind)
	case !l.says():
		return l, nil // only moves the clock
	case l.From == "":
		return l, fmt.Errorf("有 %s 没有 from：请写上说话人在花名册里的名字，例如 %s", l.what(), example)
	case l.Chat == "" && l.Kind != "private":
		return l, fmt.Errorf("有 %s 没有 chat：请写上群名；发给机器人的私聊写 \"kind\":\"private\"，例如 %s", l.what(), example)
	}
	return l, nil
}

// what names what the line says, for the errors.
func (l Line) what() string {
	if l.Text == nil {
		return "images"
	}
	return "text"
}

// maxLine is the longest transcript line Run reads.
const maxLine = 4 << 20

// Run reads lines from in until EOF. Before each line the clock moves to the
// line's time and scheduled runs due up to it fire; then the message (if
// the line has text or images) is handled and the outbox flushed. A line without an
// id gets "L<line number>", so re-running the same file is idempotent.
func Run(ctx context.Context, in io.Reader, clock *Clock, s Steps) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	n := 0
	for sc.Scan() {
		n++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" || strings.HasPrefix(raw, "//") {
			continue
		}
		l, err := decodeLine(raw)
		if err != nil {
			return fmt.Errorf("replay: 第 %d 行：%w", n, err)
		}
		if l.At.Before(clock.Now()) && s.Warn != nil {
			s.Warn(n, fmt.Sprintf("时间 %s 比前面的行早，按 %s 处理：请按时间顺序排列", l.At.Format(time.RFC3339), clock.Now().Format(time.RFC3339)))
		}
		clock.Set(l.At)
		if err := s.Tick(ctx, clock.Now()); err != nil {
			return fmt.Errorf("replay: 第 %d 行：%w", n, err)
		}
		if l.says() {
			m := bot.Message{ID: l.ID, At: clock.Now(), Chat: l.Chat, From: l.From, Private: l.Kind == "private", Images: l.Images}
			if l.Text != nil {
				m.Text = *l.Text
			}
			if m.ID == "" {
				m.ID = "L" + strconv.Itoa(n)
			}
			if m.Private {
				m.Chat = ""
			}
			if s.Check != nil && s.Warn != nil {
				if msg := s.Check(m); msg != "" {
					s.Warn(n, msg)
				}
			}
			if err := s.Handle.Handle(ctx, m); err != nil {
				return fmt.Errorf("replay: 第 %d 行：%w", n, err)
			}
		}
		if err := s.Flush(ctx); err != nil {
			return fmt.Errorf("replay: 第 %d 行：%w", n, err)
		}
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		return fmt.Errorf("replay: 第 %d 行太长（超过 %d MB）：一行只写一条消息，图片只写文件名", n+1, maxLine>>20)
	} else if err != nil {
		return fmt.Errorf("replay: read: %w", err)
	}
	return nil
}
