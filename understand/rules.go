// Package understand reads free text into a village.Reading. Rules is the
// keyword-and-pattern classifier that works with no LLM at all; it is
// deliberately simple and conservative: it must never miss an obvious
// emergency and never act on chit-chat.
package understand

import (
	"context"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// Rules classifies with lexicons. The zero value is ready to use.
type Rules struct{}

type lexeme struct {
	words  []string
	hazard village.Hazard
	cat    string
}

// emergencies are life-safety words; any of them makes a message an
// emergency unless negated.
var emergencies = []lexeme{
	{[]string{"着火", "起火", "失火", "火灾", "烧起来", "火烧", "冒烟了", "大火", "火势"}, village.HazardFire, "安全隐患"},
	{[]string{"煤气泄漏", "燃气泄漏", "天然气泄漏", "漏气", "煤气味", "煤气中毒", "一氧化碳"}, village.HazardGas, "安全隐患"},
	{[]string{"洪水", "山洪", "发大水", "涨大水", "被淹", "淹了", "决堤", "泥石流", "滑坡", "塌方", "冲垮", "冲毁"}, village.HazardFlood, "安全隐患"},
	{[]string{"倒塌", "塌了", "垮了", "房子塌", "墙倒"}, village.HazardCollapse, "安全隐患"},
	{[]string{"受伤", "流血", "昏迷", "晕倒", "不省人事", "没有呼吸", "没呼吸", "心脏病发", "摔倒起不来", "摔倒了", "摔伤", "摔下来", "骨折", "晕过去", "车祸", "被撞", "撞人", "溺水", "掉河里", "掉水里", "掉进河", "掉进水", "掉进池塘", "掉进井", "落水", "触电", "中毒", "急救", "快不行了"}, village.HazardMedical, "安全隐患"},
	{[]string{"走失", "失踪", "找不到人", "人不见了", "孩子不见", "小孩不见", "老人不见", "孩子找不到", "小孩找不到", "老人找不到"}, village.HazardMissing, "治安"},
	{[]string{"持刀", "拿刀", "拿着刀", "砍人", "打人了", "抢劫", "偷东西", "小偷", "入室"}, village.HazardCrime, "治安"},
}

var negations = []string{"不是", "没有", "没", "并非", "假的", "谣言", "演练", "防止", "预防", "以防", "避免", "小心", "注意"}

var (
	mediationWords = []string{"纠纷", "吵架", "吵起来", "矛盾", "打架", "赔偿", "要我赔", "要俺赔", "占了我家", "占我家", "边界", "地界", "欠钱", "欠款", "不还钱", "扯皮", "闹矛盾", "噪音", "扰民", "太吵", "漏水到", "踩了", "赡养", "闹翻"}
	approvalWords  = []string{"怎么办理", "如何办理", "怎么申请", "如何申请", "办理", "申请", "手续", "需要什么材料", "要什么材料", "证明", "低保", "残疾证", "医保", "养老保险", "合作医疗", "新农合", "社保", "宅基地", "建房", "盖房", "危房", "救助", "户口", "落户", "补贴"}
	reportWords    = []string{"坏了", "不亮", "破了", "堵了", "漏水", "漏雨", "停水", "停电", "没水", "没电", "没网", "没信号", "垃圾", "臭", "坑", "塌", "断了", "倒了", "乱倒", "乱扔", "乱堆", "占道", "不通", "积水", "污水", "隐患", "危险", "裂缝", "倾斜", "野狗", "焚烧", "烧秸秆", "没人管", "反映", "投诉", "举报"}
	categoryWords  = []struct {
		cat   string
		words []string
	}{
		{"道路交通", []string{"路", "桥", "坑", "车", "交通", "路灯"}},
		{"水电设施", []string{"水管", "停水", "没水", "自来水", "停电", "没电", "电线", "电杆", "漏水", "水井", "网络", "信号"}},
		{"环境卫生", []string{"垃圾", "臭", "污水", "粪", "卫生", "乱倒", "乱扔", "乱堆", "焚烧", "秸秆", "厕所", "沟渠"}},
		{"安全隐患", []string{"隐患", "危险", "裂缝", "倾斜", "危房", "野狗", "电线", "塌"}},
		{"矛盾纠纷", mediationWords},
		{"治安", []string{"偷", "盗", "骗", "赌", "打架", "报警"}},
		{"政策咨询", approvalWords},
	}
	noiseWords = []string{"早上好", "晚上好", "中午好", "你好", "大家好", "哈哈", "红包", "谢谢", "收到", "好的", "恭喜", "点赞", "转发", "拼多多", "砍一刀", "优惠", "代购"}
)

// Read classifies text. It never fails.
func (Rules) Read(_ context.Context, text string) village.Reading {
	t := normalize(text)
	if t == "" {
		return village.Reading{Intent: village.IntentNoise, Source: "rules", Confidence: 1}
	}
	if lx, ok := emergency(t); ok {
		return village.Reading{Intent: village.IntentReport, Type: village.Emergency, Category: lx.cat,
			Hazard: lx.hazard, Confidence: 0.9, Source: "rules"}
	}
	r := village.Reading{Intent: village.IntentNoise, Type: village.General, Category: "其他", Source: "rules", Confidence: 0.5}
	for _, c := range categoryWords {
		if containsAny(t, c.words) {
			r.Category = c.cat
			break
		}
	}
	switch {
	case containsAny(t, mediationWords):
		r.Intent, r.Type, r.Category, r.Confidence = village.IntentReport, village.Mediation, "矛盾纠纷", 0.7
	case containsAny(t, approvalWords):
		r.Intent, r.Type, r.Category, r.Confidence = village.IntentReport, village.Approval, "政策咨询", 0.7
	case containsAny(t, reportWords):
		r.Intent, r.Confidence = village.IntentReport, 0.6
	case containsAny(t, noiseWords) || utf8.RuneCountInString(t) < 4:
		r.Confidence = 0.8
	}
	return r
}

// Emergency returns the hazard when text is plainly a life-safety emergency.
func emergency(t string) (lexeme, bool) {
	for _, lx := range emergencies {
		for _, w := range lx.words {
			for i := 0; ; {
				j := strings.Index(t[i:], w)
				if j < 0 {
					break
				}
				at := i + j
				if !negated(t[:at]) {
					return lx, true
				}
				i = at + len(w)
			}
		}
	}
	return lexeme{}, false
}

// negated reports whether the words just before a keyword negate it
// ("不是着火", "没有受伤", "预防火灾").
func negated(before string) bool {
	// Look at most six runes back, within the same clause.
	if k := strings.LastIndexAny(before, "，。,.!！?？；;\n "); k >= 0 {
		before = before[k+1:]
	}
	rs := []rune(before)
	if len(rs) > 6 {
		rs = rs[len(rs)-6:]
	}
	window := string(rs)
	return containsAny(window, negations)
}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// normalize folds full-width ASCII and spaces and drops emoji-range runes
// and control characters.
func normalize(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '！' && r <= '～':
			r = r - '！' + '!'
		case r == '\u3000':
			r = ' '
		case r < 0x20 && r != '\n', r >= 0x1F000, r == '\uFE0F', r == '\u200D':
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimSpace(b.String())
}
