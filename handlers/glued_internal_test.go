package handlers

import (
	"strings"
	"testing"
	"unicode/utf8"

	"gridbot/config/configtest"
	"gridbot/internal/fuzzseed"
)

// FuzzGluedQuestion: a split of a report from a procedure question is
// two non-empty pieces of valid text, the head a start of the message and
// the tail its end, never overlapping.
func FuzzGluedQuestion(f *testing.F) {
	cfg := configtest.Load(f, "../config.example.yaml")
	r := &Router{cfg: cfg}
	for _, s := range []string{
		"水管冻裂了，低保年审需要什么材料", "低保年审需要什么材料 俺家水管冻裂了", "俺家水管冻列了低包年审要啥材料",
		"低保年审要啥材料俺家水管冻裂了", "俺家房子裂了 危房改造咋报", "我想办个残疾证 我家的路灯也坏了", "路灯坏了 怎么办",
		"屋里头啥子都没得低包咋个办", "咋办", "，，怎么低保",
	} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		head, tail, ok := r.gluedQuestion(&turn{}, text)
		if !ok || !utf8.ValidString(text) { // the transports hand over valid text
			return
		}
		if head == "" || tail == "" || !utf8.ValidString(head) || !utf8.ValidString(tail) {
			t.Fatalf("%q split into %q and %q", text, head, tail)
		}
		if !strings.HasPrefix(text, head) || !strings.HasSuffix(text, tail) || len(head)+len(tail) > len(text) {
			t.Fatalf("%q split into %q and %q: not its start and end", text, head, tail)
		}
	})
}
