package village

import (
	"testing"
	"time"
)

// TestNoticeTonightToTomorrow: 「今晚到明天有大风」 is passed on through
// 明天, not dropped when tonight ends; 「今晚降温，明天起…」 and a notice of
// tonight alone keep their end (call89).
func TestNoticeTonightToTomorrow(t *testing.T) {
	loc := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, 12, 6, 19, 30, 0, 0, loc)
	morning := time.Date(2026, 12, 7, 8, 0, 0, 0, loc)
	for text, want := range map[string]bool{
		"大风预警：今晚到明天有6到8级大风，请各户加固棚子": true,
		"今天夜里到明天白天有暴雪，老人不要出门":       true,
		"今晚8点停电，请提前准备":              false,
	} {
		n := Notice{Text: text, At: at, Groups: []string{"g"}}.WithRelay()
		if got := n.PassedOn(morning); got != want {
			t.Errorf("%q passed on the next morning: %v, want %v", text, got, want)
		}
	}
}
