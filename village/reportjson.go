package village

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// AppendJSON appends to b what json.Marshal makes of r, byte for byte, and
// fails where it fails (a time outside years 0 to 9999). A report is
// written as JSON at every change of it, and the reflection json.Marshal
// walks the struct with was most of what storing a change cost this
// process. A field added to Report or Entry must be added here too, in
// its place; TestAppendJSONIsMarshal fills every field and says which one
// is missing.
func (r Report) AppendJSON(b []byte) ([]byte, error) {
	w := jsonWriter{b: append(b, '{')}
	w.str("id", r.ID, false)
	w.str("village", r.Village, false)
	w.str("grid", r.Grid, false)
	w.str("chat", r.Chat, false)
	w.str("told_in", r.ToldIn, true)
	w.str("type", string(r.Type), false)
	w.str("category", r.Category, false)
	w.str("hazard", string(r.Hazard), true)
	w.bool("by_model", r.ByModel)
	w.bool("about_cadre", r.AboutCadre)
	w.str("status", string(r.Status), false)
	w.str("text", r.Text, false)
	w.str("reporter", r.Reporter, false)
	w.str("reporter_key", r.ReporterKey, true)
	w.bool("unlisted", r.Unlisted)
	w.str("recorder", r.Recorder, true)
	w.str("for", r.For, true)
	w.str("for_key", r.ForKey, true)
	w.strs("handlers", r.Handlers)
	w.strs("followers", r.Followers)
	w.str("duplicate_of", r.DuplicateOf, true)
	w.str("recurs", r.Recurs, true)
	w.str("along", r.Along, true)
	w.str("danger", r.Danger, true)
	w.str("came_true", r.CameTrue, true)
	w.time("came_true_at", r.CameTrueAt, true)
	w.str("department", r.Department, true)
	w.time("created_at", r.CreatedAt, false)
	w.time("due_at", r.DueAt, true)
	w.time("sla_due", r.SLADue, true)
	w.int("promises", r.Promises, true)
	w.str("source", r.Source, false)
	w.strs("follower_keys", r.FollowerKeys)
	w.strs("handler_keys", r.HandlerKeys)
	w.strs("images", r.Images)
	w.time("paused_at", r.PausedAt, true)
	w.int("overdue", r.Overdue, true)
	w.time("reminded_at", r.RemindedAt, true)
	w.time("repeated_at", r.RepeatedAt, true)
	w.time("repeat_wait_at", r.RepeatWaitAt, true)
	w.time("wait_news_at", r.WaitNewsAt, true)
	w.int("alerts", r.Alerts, true)
	w.time("alerted_at", r.AlertedAt, true)
	w.time("over_said", r.OverSaid, true)
	w.time("asked_again_at", r.AskedAgainAt, true)
	w.time("mentioned_at", r.MentionedAt, true)
	w.strs("aid_told", r.AidTold)
	w.strs("spread_to", r.SpreadTo)
	w.int("follow_ups", r.FollowUps, true)
	w.time("followed_up_at", r.FollowedUpAt, true)
	w.strs("creditors_awaited", r.CreditorsAwaited)
	if len(r.CreditorsAskedEarly) > 0 {
		w.key("creditors_asked_early")
		w.list(len(r.CreditorsAskedEarly), func(i int) {
			a := r.CreditorsAskedEarly[i]
			inner := jsonWriter{b: append(w.b, '{')}
			inner.str("name", a.Name, false)
			inner.time("at", a.At, false)
			w.b = append(inner.b, '}')
			w.fail(inner.err)
		})
	}
	w.time("creditors_told_at", r.CreditorsToldAt, true)
	w.time("insult_told_at", r.InsultToldAt, true)
	w.time("ask_reminded_at", r.AskRemindedAt, true)
	w.int("version", r.Version, false)
	w.key("history")
	if r.History == nil {
		w.b = append(w.b, "null"...)
	} else {
		w.list(len(r.History), func(i int) { w.entry(r.History[i]) })
	}
	w.b = append(w.b, '}')
	return w.b, w.err
}

// jsonWriter appends the members of a JSON object, as encoding/json
// writes them, keeping the first error.
type jsonWriter struct {
	b      []byte
	err    error
	inside bool // a member was written: the next one follows a comma
}

func (w *jsonWriter) entry(e Entry) {
	inner := jsonWriter{b: append(w.b, '{')}
	inner.time("at", e.At, false)
	inner.str("by", e.By, false)
	inner.str("action", string(e.Action), false)
	inner.str("note", e.Note, true)
	inner.str("from", string(e.From), true)
	inner.str("to", string(e.To), false)
	inner.time("due", e.Due, true)
	inner.bool("implied", e.Implied)
	inner.bool("aside", e.Aside)
	inner.bool("urge", e.Urge)
	inner.str("chat", e.Chat, true)
	inner.bool("quiet", e.Quiet)
	w.b = append(inner.b, '}')
	w.fail(inner.err)
}

// fail keeps err unless an earlier error is kept already.
func (w *jsonWriter) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// list writes an array of n elements, element i written by elem(i): the
// one way both a []string and the history are written.
func (w *jsonWriter) list(n int, elem func(i int)) {
	w.b = append(w.b, '[')
	for i := range n {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		elem(i)
	}
	w.b = append(w.b, ']')
}

// bool writes an omitempty bool: true, or nothing.
func (w *jsonWriter) bool(k string, v bool) {
	if v {
		w.key(k)
		w.b = append(w.b, "true"...)
	}
}

// key starts a member named k (a plain name, written as it is).
func (w *jsonWriter) key(k string) {
	if w.inside {
		w.b = append(w.b, ',')
	}
	w.inside = true
	w.b = append(w.b, '"')
	w.b = append(w.b, k...)
	w.b = append(w.b, '"', ':')
}

// str writes a string member; omitEmpty leaves out "" (omitempty).
func (w *jsonWriter) str(k, s string, omitEmpty bool) {
	if omitEmpty && s == "" {
		return
	}
	w.key(k)
	w.b = appendJSONString(w.b, s)
}

// strs writes a []string member, left out when empty (omitempty).
func (w *jsonWriter) strs(k string, ss []string) {
	if len(ss) == 0 {
		return
	}
	w.key(k)
	w.list(len(ss), func(i int) { w.b = appendJSONString(w.b, ss[i]) })
}

// int writes an int member; omitEmpty leaves out 0 (omitempty).
func (w *jsonWriter) int(k string, n int, omitEmpty bool) {
	if omitEmpty && n == 0 {
		return
	}
	w.key(k)
	w.b = strconv.AppendInt(w.b, int64(n), 10)
}

// time writes a time member as time.Time.MarshalJSON does; omitZero
// leaves out the zero time (omitzero).
func (w *jsonWriter) time(k string, t time.Time, omitZero bool) {
	if omitZero && t.IsZero() {
		return
	}
	w.key(k)
	b, err := t.AppendText(append(w.b, '"'))
	if err != nil {
		w.fail(err)
		return
	}
	w.b = append(b, '"')
}

// appendJSONString appends s quoted as encoding/json quotes it. A string
// with nothing to escape (no control character, quote, backslash, <, >
// or &, no U+2028 or U+2029, valid UTF-8), as nearly every one is, is
// copied as it is; any other is left to json.Marshal.
func appendJSONString(b []byte, s string) []byte {
	multi := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c < 0x20, c == '"', c == '\\', c == '<', c == '>', c == '&':
			return appendMarshalled(b, s)
		case c >= utf8.RuneSelf:
			multi = true
		}
	}
	if multi && (!utf8.ValidString(s) || strings.ContainsRune(s, '\u2028') || strings.ContainsRune(s, '\u2029')) {
		return appendMarshalled(b, s)
	}
	b = append(b, '"')
	b = append(b, s...)
	return append(b, '"')
}

func appendMarshalled(b []byte, s string) []byte {
	q, _ := json.Marshal(s) // a string always marshals
	return append(b, q...)
}
