package understand_test

import (
	"testing"

	"gridbot/understand"
)

// TestBarePlan: a cadre's plan naming nothing it is about fits any open
// item alike; one naming a thing, a place or a person does not (rep99).
func TestBarePlan(t *testing.T) {
	for text, want := range map[string]bool{
		"明天上午去修":       true,
		"明天上午我去修一下":    true,
		"我下午过去看看":      true,
		"收到 明天去处理一下":   true,
		"下午过去":         true,
		"明天一早就去弄":      true,
		"明天我去看看我妈":     false,
		"明天去修路灯":       false,
		"明天上午我去把路灯修一下": false,
		"下午去镇上开会":      false,
		"明天去":          false,
		"还没修好 明天再去":    false,
		"明天去修吗":        false,
		"我去":           false,
	} {
		if got := understand.BarePlan(text); got != want {
			t.Errorf("BarePlan(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzBarePlan: a bare plan is a plan (PlansToGo); any text is read
// without a panic.
func FuzzBarePlan(f *testing.F) {
	for _, s := range []string{"明天上午去修", "明天我去看看我妈", "收到 明天去处理一下", "", "去去去"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if _, plan := understand.PlansToGo(text); understand.BarePlan(text) && !plan {
			t.Fatalf("BarePlan(%q) but no plan", text)
		}
	})
}
