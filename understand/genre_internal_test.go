package understand

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/internal/fuzzseed"
)

// genreOfPlain is genreOf without the cheap checks that spare it the
// regexps: what genreOf must answer, whatever the text.
func genreOfPlain(t string) (head int, formal, signed bool) {
	if loc := genreHeadRe.FindStringIndex(t); loc != nil {
		if containsAny(t[:loc[1]], missingHeads) {
			return 0, false, false
		}
		return loc[1], true, false
	}
	if newsOpenRe.MatchString(t) || closingRe.MatchString(t) {
		return 0, true, false
	}
	return 0, false, signedAt(t, signatureRe.FindStringIndex(t))
}

// genreSeeds are the development set's texts, normalized as Read reads
// them, and a few of each form.
func genreSeeds(tb testing.TB) []string {
	seeds := []string{"", "。", "特此通知", "本报讯 昨日", "据县融媒体报道,", "【温馨提示】天冷", "转:好消息",
		"关于低保的公示:张三", "请大家注意。青山村委会 2026年11月", "路灯坏了。 ", "三组村民张三 2026年11月28日", "寻人启事:我家老人"}
	b, err := os.ReadFile("../testdata/messages/dev.jsonl")
	if err != nil {
		tb.Fatal(err)
	}
	for line := range strings.Lines(string(b)) {
		var l struct{ Text string }
		if json.Unmarshal([]byte(line), &l) == nil {
			seeds = append(seeds, l.Text, normalize(l.Text))
		}
	}
	return seeds
}

func TestGenreOfIsPlain(t *testing.T) {
	for _, s := range genreSeeds(t) {
		h, f, sg := genreOf(s)
		ph, pf, psg := genreOfPlain(s)
		if h != ph || f != pf || sg != psg {
			t.Errorf("genreOf(%q) = %d %v %v, want %d %v %v", s, h, f, sg, ph, pf, psg)
		}
	}
}

func FuzzGenreOf(f *testing.F) {
	for _, s := range genreSeeds(f) {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		h, fm, sg := genreOf(s)
		ph, pf, psg := genreOfPlain(s)
		if h != ph || fm != pf || sg != psg {
			t.Errorf("genreOf(%q) = %d %v %v, want %d %v %v", s, h, fm, sg, ph, pf, psg)
		}
		// a head is a formal text's, and ends inside it; a formal text
		// is not a signed one
		if h < 0 || h > len(s) || h > 0 && !fm || fm && sg {
			t.Errorf("genreOf(%q) = %d %v %v", s, h, fm, sg)
		}
	})
}

func BenchmarkGenreOf(b *testing.B) {
	texts := genreSeeds(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		genreOf(texts[i%len(texts)])
		i++
	}
}

func BenchmarkGenreOfPlain(b *testing.B) {
	texts := genreSeeds(b)
	i := 0
	for b.Loop() {
		genreOfPlain(texts[i%len(texts)])
		i++
	}
}

// letterBodyPlain is letterBody without the checks that spare it the
// regexps.
func letterBodyPlain(t string) string {
	rest := t
	for _, o := range letterOpenings {
		if loc := o.re.FindStringIndex(rest); loc != nil {
			rest = rest[loc[1]:]
		}
	}
	if utf8.RuneCountInString(rest) < 4 {
		return t
	}
	return rest
}

// asPlain returns a check that f answers a text as plain, the same
// function without the checks that spare it the regexps, does.
func asPlain[T comparable](name string, f, plain func(string) T) func(*testing.T, string) {
	return func(t *testing.T, s string) {
		t.Helper()
		if got, want := f(s), plain(s); got != want {
			t.Errorf("%s(%q) = %v, want %v", name, s, got, want)
		}
	}
}

var letterBodyAsPlain = asPlain("letterBody", letterBody, letterBodyPlain)

func TestLetterBodyIsPlain(t *testing.T) {
	for _, s := range append(genreSeeds(t), "尊敬的领导：本人系青山村三组村民，现反映村口路灯的问题", "李书记您好，我想反映一下", "打扰了 我是三组的") {
		letterBodyAsPlain(t, s)
	}
}

// FuzzLetterBody: the body is what the plain reading finds, and is the
// text's end: the whole text, or a part of at least 4 characters.
func FuzzLetterBody(f *testing.F) {
	for _, s := range genreSeeds(f) {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		letterBodyAsPlain(t, s)
		if b := letterBody(s); !strings.HasSuffix(s, b) || b != s && utf8.RuneCountInString(b) < 4 {
			t.Errorf("letterBody(%q) = %q", s, b)
		}
	})
}

// benchGatedAndPlain runs f over what a group mostly carries, as "gated"
// (with the checks that spare the regexps) and as "plain" (without).
func benchGatedAndPlain[T any](b *testing.B, gated, plain func(string) T) {
	chat := []string{"大家早上好", "村口第12根路灯不亮了", "哈哈 收到", "今天天气不错", "好的，谢谢", "[强][强]"}
	fs := map[string]func(string) T{"gated": gated, "plain": plain}
	for _, name := range []string{"gated", "plain"} {
		f := fs[name]
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				f(chat[i%len(chat)])
				i++
			}
		})
	}
}

func BenchmarkLetterBody(b *testing.B) { benchGatedAndPlain(b, letterBody, letterBodyPlain) }

// framedPlain is framed without the check that spares it the regexps.
func framedPlain(t string) bool {
	t = forwardPleaRe.ReplaceAllString(t, "")
	if senderHouseholdRe.MatchString(t) {
		t = strings.ReplaceAll(t, "转发", "")
	}
	return (containsAny(t, frames) || advice(t)) && !containsAny(t, cries)
}

func framedSeeds(tb testing.TB) []string {
	return append(genreSeeds(tb), "感谢转发", "求大家帮忙转发 我家老人走失了", "本人转发：村口着火了", "我妈转发的，说是谣言",
		"转发：明天停水", "请转发给三组的人", "大家早上好", "哈哈 收到")
}

var framedAsPlain = asPlain("framed", framed, framedPlain)

func TestFramedIsPlain(t *testing.T) {
	for _, s := range framedSeeds(t) {
		framedAsPlain(t, s)
		framedAsPlain(t, canon(s))
	}
}

// FuzzFramed: framed answers as the plain reading does, and a cry for
// help at the end keeps any text an alarm.
func FuzzFramed(f *testing.F) {
	for _, s := range framedSeeds(f) {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		framedAsPlain(t, s)
		for _, cry := range []string{"救命", "快来人", "赶紧打119"} {
			if framed(s + cry) {
				t.Errorf("framed(%q) with a cry", s+cry)
			}
		}
	})
}

func BenchmarkFramed(b *testing.B) { benchGatedAndPlain(b, framed, framedPlain) }
