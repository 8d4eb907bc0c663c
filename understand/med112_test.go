package understand

import (
	"strings"
	"testing"
)

// TestStillOwedTells (med112): 「陈二还欠我两千呢」 insists money is still
// owed; its 呢 asked nothing, yet it was read as a question (the debtor's
// counter-claim on a loan was filed as a 一般事项). How much is still owed
// is asked.
func TestStillOwedTells(t *testing.T) {
	for text, want := range map[string]bool{
		"陈二还欠我两千呢": false,
		"张三还欠我两千呢 去年买我家猪崽的钱到现在没给": false,
		"老孙家那笔账还欠多少呢":             true,
		"他还欠谁的钱呢":                 true,
	} {
		if got := isQuestion(text); got != want {
			t.Errorf("isQuestion(%q) = %v, want %v", text, got, want)
		}
	}
}

// FuzzStillOwed: a clause read as still owed asks nothing.
func FuzzStillOwed(f *testing.F) {
	for _, s := range []string{"陈二还欠我两千呢", "还欠多少呢", "他还欠谁呢", "还欠", "呢"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		if stillOwed(body) && (!strings.Contains(body, "还欠") || strings.ContainsAny(body, "吗?？谁")) {
			t.Fatalf("stillOwed(%q)", body)
		}
		_ = statedOngoing(body + "呢")
	})
}
