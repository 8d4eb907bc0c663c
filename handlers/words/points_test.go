package words

import (
	"github.com/google/go-cmp/cmp"
	"gridbot/internal/fuzzseed"
	"gridbot/village"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestWithoutOnceMoreNoDoubledComma: the words saying "once more" taken
// out of a claim leave one comma, not 「， ，」.
func TestWithoutOnceMoreNoDoubledComma(t *testing.T) {
	for in, want := range map[string]string{
		"帮王奶奶挑水，又一次，她腿脚不便": "帮王奶奶挑水，她腿脚不便",
		"又一次，帮王奶奶挑水":       "帮王奶奶挑水",
		"帮王奶奶挑水，第2次":       "帮王奶奶挑水",
		"陈二 焚烧秸秆 5 再记一次":   "陈二 焚烧秸秆 5",
		"张明 巡防（第二次），夜里":    "张明 巡防，夜里",
		"帮王奶奶挑水、又一次、劈柴":    "帮王奶奶挑水、劈柴",
	} {
		if got := WithoutOnceMore(in); got != want {
			t.Errorf("withoutOnceMore(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestWitnessAfterAnotherWord: a witness named after 让/请/找 or before
// 帮我/给我 作证 is read, as 「作证人王五」 is.
func TestWitnessAfterAnotherWord(t *testing.T) {
	isName := rosterNames("王五", "李四")
	for text, want := range map[string]string{
		"让王五作证":    "王五",
		"请李四证明":    "李四",
		"作证人王五":    "王五",
		"王五给我作证":   "王五",
		"修路，找李四作证": "李四",
	} {
		if got := WitnessesIn(" "+text, isName); len(got) != 1 || got[0] != want {
			t.Errorf("witnessesIn(%q) = %v, want %s", text, got, want)
		}
	}
}

func TestParseClaimText(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want ClaimText
	}{
		{"plain", "今天打扫了院子", ClaimText{Text: "今天打扫了院子"}},
		{"for a member", "给 张小宝 参加志愿服务", ClaimText{For: "张小宝", Text: "参加志愿服务"}},
		{"for a member, glued with a comma", "为张明，清理河道", ClaimText{For: "张明", Text: "清理河道"}},
		{"for someone by mention", "@张明 清理河道", ClaimText{For: "张明", Text: "清理河道"}},
		{"a code first", "HJ02 给 张明 清理河道", ClaimText{For: "张明", Text: "HJ02 清理河道"}},
		{"为 starting a sentence is not a name", "为村里修路出义务工", ClaimText{Text: "为村里修路出义务工"}},
		{"points asked", "参加志愿服务 10分", ClaimText{Points: 10, Text: "参加志愿服务 10分"}},
		{"full-width digits", "参加志愿服务 １５分", ClaimText{Points: 15, Text: "参加志愿服务 15分"}},
		{"a date is not points", "3月5日参加义务劳动", ClaimText{Text: "3月5日参加义务劳动"}},
		{"witness", "清理河道 证明人：王五", ClaimText{Evidence: "证明人 王五", Text: "清理河道 证明人：王五"}},
		{"photo and document", "救起落水儿童，有照片和派出所证明材料", ClaimText{Evidence: "照片、证明材料", Text: "救起落水儿童，有照片和派出所证明材料"}},
		{"有证明 is a paper", "无偿献血 有证明", ClaimText{Evidence: "证明材料", Text: "无偿献血 有证明"}},
		{"a witness is no paper", "农药瓶回收 证明人王五", ClaimText{Evidence: "证明人 王五", Text: "农药瓶回收 证明人王五"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(ParseClaimText(tt.in), tt.want, cmp.AllowUnexported(ClaimText{})); diff != "" {
				t.Errorf("parseClaimText(%q) (-got +want):\n%s", tt.in, diff)
			}
		})
	}
}

func TestLeadingPoints(t *testing.T) {
	tests := []struct {
		in       string
		pts      int
		ok       bool
		wantNote string
	}{
		{"8", 8, true, ""},
		{"8分", 8, true, ""},
		{"8 分 干得好", 8, true, "干得好"},
		{"-5，有照片", -5, true, "有照片"},
		{"１０", 10, true, ""},
		{"干得好", 0, false, "干得好"},
		{"3月5日的事", 0, false, "3月5日的事"},
		{"12345", 0, false, "12345"},
		{"给5分", 5, true, ""},
		{"给 8 分 干得好", 8, true, "干得好"},
		{"给力", 0, false, "给力"},
		{"", 0, false, ""},
		{"十", 10, true, ""},
		{"给十分", 10, true, ""},
		{"给 十五 分 干得好", 15, true, "干得好"},
		{"加两分", 2, true, ""},
		{"十分好", 0, false, "十分好"},
		{"给十分钟后再看", 0, false, "给十分钟后再看"},
	}
	for _, tt := range tests {
		pts, ok, note := LeadingPoints(tt.in)
		if pts != tt.pts || ok != tt.ok || note != tt.wantNote {
			t.Errorf("leadingPoints(%q) = %d, %v, %q; want %d, %v, %q", tt.in, pts, ok, note, tt.pts, tt.ok, tt.wantNote)
		}
	}
}

func TestPointsIn(t *testing.T) {
	ind := village.Indicator{Code: "HJ07", Name: "焚烧秸秆、垃圾", Keywords: []string{"烧秸秆", "焚烧秸秆", "焚烧"}}
	bonus := village.Indicator{Code: "SG02", Name: "参加义务劳动", Keywords: []string{"义务劳动"}}
	tests := []struct {
		name     string
		in       string
		ind      village.Indicator
		pts      int
		ok       bool
		wantNote string
	}{
		{"no number", "焚烧秸秆 村口田里，有照片", ind, 0, false, "村口田里，有照片"},
		{"number after the item", "义务劳动 10 清理水渠", bonus, 10, true, "清理水渠"},
		{"number with 分", "义务劳动 清理水渠8分", bonus, 8, true, "清理水渠"},
		{"a code's digits are not points", "SG02 清理水渠", bonus, 0, false, "清理水渠"},
		{"a date is not points", "义务劳动 3月15日清理水渠", bonus, 0, false, "3月15日清理水渠"},
		{"the item inside a sentence stays", "因焚烧秸秆被罚", ind, 0, false, "因焚烧秸秆被罚"},
		{"扣 before the number", "焚烧秸秆 扣3分", ind, 3, true, ""},
		{"扣 glued to the place", "焚烧秸秆 村口田里扣3分", ind, 3, true, "村口田里"},
		{"加 before the number", "义务劳动 加5分 清理水渠", bonus, 5, true, "清理水渠"},
		{"Chinese numeral", "焚烧秸秆 扣五分", ind, 5, true, ""},
		{"Chinese numeral after the note", "义务劳动 清理水渠 给十分", bonus, 10, true, "清理水渠"},
		{"十分 as very is no amount", "义务劳动 表现十分积极", bonus, 0, false, "表现十分积极"},
		{"number glued to the item", "义务劳动10", bonus, 10, true, ""},
		{"glued number then a note", "义务劳动10 清理水渠", bonus, 10, true, "清理水渠"},
		{"a number glued inside is no amount", "义务劳动 帮了3户", bonus, 0, false, "帮了3户"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pts, ok, note := PointsIn(tt.in, tt.ind)
			if pts != tt.pts || ok != tt.ok || note != tt.wantNote {
				t.Errorf("pointsIn(%q) = %d, %v, %q; want %d, %v, %q", tt.in, pts, ok, note, tt.pts, tt.ok, tt.wantNote)
			}
		})
	}
}

func TestParseItem(t *testing.T) {
	shop := []village.ShopItem{{Name: "洗衣液", Points: 20, Unit: "瓶"}, {Name: "大米", Points: 90, Unit: "袋（5公斤）"},
		{Name: "米", Points: 1}, {Name: "食用油", Points: 80, Unit: "桶（5升）"}, {Name: "毛巾", Points: 8, Unit: "条"},
		{Name: "洗洁精", Points: 10, Unit: "瓶"}, {Name: "牙膏", Points: 5, Unit: "支"}, {Name: "香皂", Points: 5, Unit: "块"}}
	tests := []struct {
		in       string
		wantItem string
		wantQty  int
		why      string
	}{
		{"洗衣液 2", "洗衣液", 2, ""},
		{"洗衣液2瓶", "洗衣液", 2, ""},
		{"大米", "大米", 1, ""},
		{"大米 ２袋", "大米", 2, ""},
		{"酱油 1", "", 0, ItemNone},
		{"洗衣液 0", "洗衣液", 0, itemQuantity},
		{"洗衣液 1000", "洗衣液", 0, itemTooMany},
		{"洗衣液 999", "洗衣液", 999, ""},
		{"洗衣液 一千瓶", "洗衣液", 0, itemTooMany},
		{"洗衣液 两千", "洗衣液", 0, itemTooMany},
		{"洗衣液 1千瓶", "洗衣液", 0, itemTooMany},
		{"洗衣液 一万瓶", "洗衣液", 0, itemTooMany},
		{"洗衣液 1000瓶 20000分", "洗衣液", 0, itemTooMany},
		{"洗衣液 千万", "洗衣液", 0, itemQuantity},
		{"5升食用油", "食用油", 1, ""},
		{"食用油 2桶（5升）", "食用油", 2, ""},
		{"大米 1袋（5公斤）", "大米", 1, ""},
		{"洗衣液 两瓶", "洗衣液", 2, ""},
		{"三条毛巾", "毛巾", 3, ""},
		{"毛巾 十二条", "毛巾", 12, ""},
		{"毛巾 两", "毛巾", 2, ""},
		{"牙膏 -1", "牙膏", 0, itemQuantity},
		{"洗衣液 -1", "洗衣液", 0, itemQuantity},
		{"洗衣液 负一瓶", "洗衣液", 0, itemQuantity},
		{"洗衣液 2 3", "洗衣液", 0, itemQuantity},
		{"洗洁精1", "洗洁精", 1, ""},
		{"香皂 3块", "香皂", 3, ""},
		// QA round 4, N2: a price, a weight, a pack size or a fraction is
		// no count; N6: two items are refused, not one dropped.
		{"洗衣液 20分", "洗衣液", 0, itemPrice},
		{"洗衣液 2瓶 40分", "洗衣液", 2, ""},
		{"洗衣液 2瓶 20分", "洗衣液", 0, itemPrice},
		{"食用油 5L", "食用油", 1, ""},
		{"大米 5kg", "大米", 1, ""},
		{"洗衣液 二十积分", "洗衣液", 0, itemPrice},
		{"毛巾 8元", "毛巾", 0, itemPrice},
		{"大米 20斤", "大米", 0, itemSize},
		{"洗洁精 500ml", "洗洁精", 0, itemSize},
		{"牙膏 5支装", "牙膏", 0, itemPack},
		{"洗衣液 一瓶半", "洗衣液", 0, itemFraction},
		{"半袋大米", "大米", 0, itemFraction},
		{"洗衣液 1.5瓶", "洗衣液", 0, itemFraction},
		{"洗衣液 毛巾", "洗衣液", 0, itemMany},
		{"牙膏一支香皂两块", "牙膏", 0, itemMany},
		{"牙膏 1 毛巾 1", "牙膏", 0, itemMany},
	}
	for _, tt := range tests {
		it, qty, why, _ := ParseItem(tt.in, shop)
		if it.Name != tt.wantItem || qty != tt.wantQty || why != tt.why {
			t.Errorf("parseItem(%q) = %q, %d, %q; want %q, %d, %q", tt.in, it.Name, qty, why, tt.wantItem, tt.wantQty, tt.why)
		}
	}
}

func FuzzParseClaimText(f *testing.F) {
	for _, s := range []string{"给 张小宝 参加志愿服务", "@张明 清理河道 10分", "证明人：王五", "为", "给 ", "１０分", "\x00给\u3000a"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		ct := ParseClaimText(s)
		if ct.Points < 0 || ct.Points > 9999 {
			t.Errorf("points %d out of 0..9999", ct.Points)
		}
		if utf8.ValidString(s) && !utf8.ValidString(ct.Text+ct.For+ct.Evidence) {
			t.Errorf("invalid UTF-8 from valid input %q", s)
		}
		if utf8.RuneCountInString(ct.For) > 20 {
			t.Errorf("name %q too long", ct.For)
		}
	})
}

func FuzzPointsArgs(f *testing.F) {
	ind := village.Indicator{Code: "SG02", Name: "参加义务劳动", Keywords: []string{"义务劳动"}}
	shop := []village.ShopItem{{Name: "洗衣液", Points: 20}, {Name: "大米", Points: 90}}
	for _, s := range []string{"8 分 干得好", "-5", "义务劳动 10 清理水渠", "洗衣液2瓶", "SG02", "", "分分分", "+-1", "给十分", "扣 两百分 焚烧", "十分积极"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		if pts, ok, _ := LeadingPoints(s); ok && (pts < -9999 || pts > 9999) {
			t.Errorf("leadingPoints(%q) = %d", s, pts)
		}
		if pts, ok, note := PointsIn(s, ind); ok && (pts < -9999 || pts > 9999) || len(note) > len(FoldDigits(s)) {
			t.Errorf("pointsIn(%q) = %d, %q", s, pts, note)
		}
		if it, qty, why, _ := ParseItem(s, shop); why == "" && (qty < 1 || qty > 999 || !strings.Contains(FoldDigits(s), it.Name)) {
			t.Errorf("parseItem(%q) = %q, %d", s, it.Name, qty)
		}
	})
}

func TestChineseNumber(t *testing.T) {
	for in, want := range map[string]int{"一": 1, "两": 2, "十": 10, "十二": 12, "二十": 20, "二十五": 25, "三百零五": 305, "九百九十九": 999,
		"一千": 1000, "两千零五": 2005, "一万": 10000, "两万五千": 25000} {
		if got, ok := chineseNumber(in); !ok || got != want {
			t.Errorf("chineseNumber(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"零", "二三", "十十", "百十百", "千万", "十万"} {
		if got, ok := chineseNumber(in); ok {
			t.Errorf("chineseNumber(%q) = %d, want not a number", in, got)
		}
	}
}

func TestForWhom(t *testing.T) {
	roster := map[string]bool{"张明": true, "刘芳": true, "张三": true, "欧阳明月": true}
	isName := func(n string) bool { return roster[n] }
	tests := []struct {
		in    string
		names []string
		rest  string
		ok    bool
	}{
		{"给张明参加义务劳动 证明人王五", []string{"张明"}, "参加义务劳动 证明人王五", true},
		{"给 张明 参加义务劳动", []string{"张明"}, "参加义务劳动", true},
		{"给张明、刘芳 参加普法讲座", []string{"张明", "刘芳"}, "参加普法讲座", true},
		{"给张明和刘芳参加普法讲座", []string{"张明", "刘芳"}, "参加普法讲座", true},
		{"帮我儿子张明 献血了 有证明材料", []string{"张明"}, "献血了 有证明材料", true},
		{"给儿子张明 打扫了村委会门口", []string{"张明"}, "打扫了村委会门口", true},
		{"帮老婆刘芳申请积分 参加了普法讲座", []string{"刘芳"}, "参加了普法讲座", true},
		{"帮张明申请积分，他昨天去献血了", []string{"张明"}, "他昨天去献血了", true},
		{"XF03 帮张明申请积分，他昨天去献血了", []string{"张明"}, "XF03 他昨天去献血了", true},
		{"替欧阳明月打扫卫生", []string{"欧阳明月"}, "打扫卫生", true},
		{"我老婆刘芳参加了普法讲座", []string{"刘芳"}, "参加了普法讲座", true},
		{"我家院子打扫了", nil, "", false},
		{"为村里修路出义务工", nil, "", false},
		{"参加义务劳动", nil, "", false},
		{"给和刘芳", nil, "", false},
		{"给张明和大家一起修路", []string{"张明"}, "和大家一起修路", true},
		{"给 张明 给 刘芳 参加义务劳动", []string{"张明", "刘芳"}, "参加义务劳动", true},
		{"给 张 明 参加义务劳动", []string{"张明"}, "参加义务劳动", true},
		{"给 张 明、刘 芳 参加普法讲座", []string{"张明", "刘芳"}, "参加普法讲座", true},
		{"替 张明 张明家院子收拾得很干净", []string{"张明"}, "张明家院子收拾得很干净", true},
	}
	for _, tt := range tests {
		names, rest, ok := ForWhom(tt.in, isName)
		if !cmp.Equal(names, tt.names) || rest != tt.rest || ok != tt.ok {
			t.Errorf("forWhom(%q) = %q, %q, %v; want %q, %q, %v", tt.in, names, rest, ok, tt.names, tt.rest, tt.ok)
		}
	}
}

func FuzzForWhom(f *testing.F) {
	for _, s := range []string{"给张明、刘芳 参加", "帮我儿子张明 献血了", "为", "给", "给张明和", "HJ01 给张明", "\x00给\u3000张明"} {
		f.Add(s)
	}
	isName := func(n string) bool { return n == "张明" || n == "刘芳" }
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		names, rest, ok := ForWhom(s, isName)
		if ok != (len(names) > 0) {
			t.Errorf("forWhom(%q): ok %v with names %q", s, ok, names)
		}
		for _, n := range names {
			if !isName(n) {
				t.Errorf("forWhom(%q): %q is no name", s, n)
			}
		}
		if utf8.ValidString(s) && !utf8.ValidString(rest) {
			t.Errorf("forWhom(%q): invalid UTF-8 rest %q", s, rest)
		}
		if len(rest) > len(FoldDigits(s)) {
			t.Errorf("forWhom(%q): rest %q longer than the input", s, rest)
		}
	})
}
