package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestReadDeeds: a good deed told without asking for points is offered as
// a claim, asking first; deeds of others, questions and plain chat are not.
func TestReadDeeds(t *testing.T) {
	cat, th := exampleCatalogue(t)
	tests := []struct {
		text      string
		indicator string // "" when no claim
	}{
		{"我昨天帮五保户老杨挑了水", "SG04"},
		{"捡到一个钱包 已经还给失主了", "SG03"},
		{"参加了今天的义务劳动", "SG02"},
		{"他帮五保户挑了水", ""},
		{"五保户的房子漏雨了", ""},
		{"今天我去上班了", ""},
		{"我家院子打扫干净了 可以申请庭院整洁的分吗", "HJ01"},
		// A deed told as news names the problem it cleared away; a
		// complaint asks someone to act on it.
		{"今天跟着网格员去清理河道了 捞了好多垃圾", "HJ02"},
		{"今天去河边捡了两袋垃圾", "HJ02"},
		{"俺家院子里堆满垃圾了 隔壁扔过来的 帮忙管管", ""},
		{"我们自己清理了好几次河道里的垃圾 上游的厂子还在排 恳请相关部门处理", ""},
		{"河道里的垃圾清理了一半 又没人管了", ""},
		{"有人去清理河道了", ""},
		// 拾金不昧 and helping a neighbour's elder, in plain words; one's
		// own grandmother is family duty, no deed for the catalogue.
		{"我把路上捡的钱包交到村委会了 失主来领走了", "SG03"},
		{"捡了个手机 已经交给派出所了", "SG03"},
		{"帮隔壁王奶奶挑了一个月的水", "SG04"},
		{"帮我奶奶挑了水", ""},
		{"给村小学捐了两千块钱", "SG06"},
		{"昨天俺和几个党员去把村道上的垃圾都清了 干干净净的", "HJ02"},
	}
	for _, tt := range tests {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), tt.text)
		if got := r.Claims(); got != (tt.indicator != "") || r.Indicator != tt.indicator {
			t.Errorf("Read(%q) = %s %q; want claim %v %q", tt.text, r.Intent, r.Indicator, tt.indicator != "", tt.indicator)
		}
		if tt.indicator != "" && r.Handling(false, th) != village.HandleConfirm {
			t.Errorf("Read(%q) is handled %v; want asked first", tt.text, r.Handling(false, th))
		}
	}
}
