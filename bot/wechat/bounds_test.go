package wechat

import (
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
)

// Months of hints (a key per group UserName, which changes at every
// login, per sender and per display name) and of images never followed by
// a text keep a bounded memory; what is remembered still works.
func TestMemoryOfHintsAndImagesIsBounded(t *testing.T) {
	tr := onlineTransport(t, testConfig(t), newMemBox(), &fakeWire{})
	for i := range 3 * maxHinted {
		tr.once(fmt.Sprint("late|@@group", i), 24*time.Hour)
	}
	if n := tr.hinted.Len(); n > maxHinted {
		t.Errorf("%d hint keys remembered, want at most %d", n, maxHinted)
	}
	if tr.once(fmt.Sprint("late|@@group", 3*maxHinted-1), 24*time.Hour) {
		t.Error("a recent hint was said again")
	}

	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	for i := range 3 * maxImageSenders {
		tr.keepImage(fmt.Sprint("群|村民", i), imageRef{path: fmt.Sprint(i, ".jpg"), at: at})
	}
	if n := tr.images.Len(); n > maxImageSenders {
		t.Errorf("images of %d senders remembered, want at most %d", n, maxImageSenders)
	}
	// One sender posting all day: only the last few recent images wait.
	for i := range 100 {
		tr.keepImage("群|张三", imageRef{path: fmt.Sprint("z", i, ".jpg"), at: at.Add(time.Duration(i) * time.Minute)})
	}
	if refs, _ := tr.images.Get("群|张三"); len(refs) > maxEvidence {
		t.Errorf("%d images wait for 张三's text, want at most %d", len(refs), maxEvidence)
	}
	got := tr.attachEvidence(t.Context(), bot.Message{ID: "m", Chat: "群", From: "张三", At: at.Add(100 * time.Minute)})
	if len(got) != maxEvidence || got[len(got)-1] != "z99.jpg" {
		t.Errorf("evidence = %q, want the last %d images", got, maxEvidence)
	}
}
