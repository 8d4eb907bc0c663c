package storage_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestNightNotesManyOneMessage: fourteen notes held overnight for one chat
// (more than held81's ten taken along) go out as one message in the
// morning (night82), numbered 1 to 14; nothing is left.
func TestNightNotesManyOneMessage(t *testing.T) {
	st := storagetest.New(t)
	ctx := context.Background()
	morning := t0.Add(22 * time.Hour)
	const n = 14
	for i := 1; i <= n; i++ {
		text := fmt.Sprintf("【夜里反映】陈二反映 #R%d：路灯坏了\n请回复「确认 #R%d」", i, i)
		c := storage.Change{Scope: vs, MsgID: fmt.Sprintf("many-%d", i), About: fmt.Sprintf("R%d", i), Out: []bot.Outbound{{
			To: "李四", Kind: bot.Private, Priority: bot.Normal, NotBefore: morning, Text: text, Join: "【夜里反映】",
		}}}
		if _, err := st.Commit(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	box := morningBox(st, morning)
	envs := storagetest.Must(box.Next(ctx, 1))(t)
	if len(envs) != 1 || !strings.Contains(envs[0].Text, fmt.Sprintf("\n%d. 陈二反映 #R%d", n, n)) {
		t.Fatalf("first claim: %+v, want the %d notes as one", envs, n)
	}
	if err := box.Done(ctx, true, envs...); err != nil {
		t.Fatal(err)
	}
	if left := storagetest.Must(box.Next(ctx, 10))(t); len(left) != 0 {
		t.Errorf("a second message: %+v", left)
	}
}
