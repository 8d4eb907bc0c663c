package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestRoadDugOutOffered: a way dug out after snow, told without the word
// 雪 and without asking for points, is offered as SG02 参加义务劳动 and
// asked first (pts101: 「我和王五把村口的路铲出来了」 got nothing). One's
// own doorway, or a road asked to be dug out, is no deed.
func TestRoadDugOutOffered(t *testing.T) {
	cat, th := exampleCatalogue(t)
	for _, tt := range []struct{ text, indicator string }{
		{"我和王五把村口的路铲出来了", "SG02"},
		{"今早我们几个一起把去小学那条路铲通了", "SG02"},
		{"下了一夜 我把村道铲开了 车能过了", "SG02"},
		{"俺和李四把后山那段路铲出来了", "SG02"},
		{"我家门口的路自己铲出来了", ""},
		{"把我家门口的路铲出来了", ""},
		{"村口的路什么时候铲出来", ""},
		{"谁去把村口的路铲开", ""},
	} {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if got := r.Claims(); got != (tt.indicator != "") || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %v %q", tt.text, r.Intent, r.Indicator, tt.indicator != "", tt.indicator)
		}
		if tt.indicator != "" && r.Handling(false, th) != village.HandleConfirm {
			t.Errorf("Read(%q) is handled %v; want asked first", tt.text, r.Handling(false, th))
		}
	}
}
