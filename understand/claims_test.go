package understand

import (
	"testing"

	"gridbot/village"
)

// TestMatchIndicatorCode: a code written in a claim wins outright when no
// letter or digit glues it to the text around; a hyphen does not glue
// (village.HyphenEnds), where the catalogue's own Match lets it.
func TestMatchIndicatorCode(t *testing.T) {
	cat := village.Catalogue{
		{Code: "HJ01", Category: "人居环境", Name: "庭院整洁", Keywords: []string{"院子"}, Min: 2, Max: 10, Kind: village.KindRegular},
		{Code: "SG02", Category: "社会公德", Name: "参加义务劳动", Keywords: []string{"义务劳动"}, Min: 5, Max: 10, Kind: village.KindRegular},
	}
	tests := []struct {
		name, text string
		want       string // code; "" = no match
	}{
		{"code alone", "申请 SG02", "SG02"},
		{"code in lower case", "sg02 扫了院子", "SG02"},
		{"code before a hyphen", "SG02-扫了院子", "SG02"},
		{"code after a hyphen", "按第3条-SG02 扫了院子", "SG02"},
		{"code glued to digits is no code", "SG021 扫了院子", "HJ01"},
		{"code glued to letters is no code", "XSG02", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := matchIndicator(cat, tt.text)
			if ok != (tt.want != "") || (ok && got != tt.want) {
				t.Errorf("matchIndicator(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
			}
		})
	}
}

// TestIndicatorOfWayCleared (villager32): what blocked a way moved aside is
// 义务劳动 when points are asked for it; told unasked, it names no deed.
func TestIndicatorOfWayCleared(t *testing.T) {
	cat := village.Catalogue{
		{Code: "HJ02", Category: "人居环境", Name: "参加村庄环境卫生整治", Keywords: []string{"清理垃圾"}, Min: 5, Max: 5, Kind: village.KindRegular},
		{Code: "SG02", Category: "社会公德", Name: "参加义务劳动、集体劳动", Keywords: []string{"义务劳动"}, Min: 5, Max: 10, Kind: village.KindRegular},
	}
	for _, tt := range []struct {
		text  string
		asked bool
		want  string
	}{
		{"我把倒的树拖到边上了 能加分不", true, "SG02"},
		{"路上的石头我搬开了", true, "SG02"},
		{"我把路上的大石头搬开了", false, ""},
		{"我把车推到修理铺了", true, ""},
	} {
		got, ok := indicatorOf(cat, tt.text, tt.asked)
		if ok != (tt.want != "") || ok && got != tt.want {
			t.Errorf("indicatorOf(%q, asked %v) = %q, %v; want %q", tt.text, tt.asked, got, ok, tt.want)
		}
	}
}
