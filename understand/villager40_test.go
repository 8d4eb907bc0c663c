package understand_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// actCase is a message, how it should read and whether the bot acts on
// it unaddressed (registers it or asks back).
type actCase struct {
	text   string
	intent village.Intent
	typ    village.Type
	cat    string
	act    bool
}

// wantActs reads each case by rules with the example thresholds and
// checks its intent, a report's type and category, and whether it is
// acted on.
func wantActs(t *testing.T, cases []actCase) {
	t.Helper()
	cat, th := exampleCatalogue(t)
	for _, c := range cases {
		r := understand.Rules{Catalogue: cat}.Read(t.Context(), c.text)
		act := r.Handling(false, th) != village.HandleIgnore
		if r.Intent != c.intent || c.typ != "" && (r.Type != c.typ || r.Category != c.cat) || act != c.act {
			t.Errorf("Read(%q) = %s/%s/%s %.2f (acted on: %v), want %s/%s/%s (acted on: %v)",
				c.text, r.Intent, r.Type, r.Category, r.Confidence, act, c.intent, c.typ, c.cat, c.act)
		}
	}
}

// TestTalesFromElsewhereRead: a story from the news or a video that names
// only strangers, and hearsay of another village, are chat; the same told
// of the sender's own village, or with a plea to act, are reports.
func TestTalesFromElsewhereRead(t *testing.T) {
	const order = "治安"
	wantActs(t, []actCase{
		{"看新闻 又有人被骗了", village.IntentNoise, "", "", false},
		{"刷抖音看到有人被电信诈骗骗了好几万", village.IntentNoise, "", "", false},
		{"新闻上说有个老人被骗了十几万 太可怜了", village.IntentNoise, "", "", false},
		{"看视频说有人家里被偷了", village.IntentNoise, "", "", false},
		{"听说隔壁村有人家的牛被偷了", village.IntentNoise, "", "", false},
		{"听说别的村昨晚进贼了", village.IntentNoise, "", "", false},
		{"看新闻 我们村有人被骗了", village.IntentReport, village.General, order, true},
		{"听说隔壁村有人偷牛 昨晚我家牛棚门也被撬了", village.IntentReport, village.General, order, true},
		{"隔壁村有人在河里电鱼 水都浑了 希望村里管管", village.IntentReport, village.General, order, true},
		{"看视频的时候突然停电了", village.IntentReport, village.General, "水电设施", true},
	})
}

// TestDinRead: a din at night or told by its loudness is a neighbour
// quarrel (隔壁, 楼上, 对门) or a nuisance to the environment, even when
// the sender's next-day duty ("孩子明天要考试") is given as the reason;
// a pastime told as fun is chat.
func TestDinRead(t *testing.T) {
	const env, quarrel = "环境卫生", "矛盾纠纷"
	wantActs(t, []actCase{
		{"隔壁音响开到最大 都半夜了 孩子明天要考试", village.IntentReport, village.Mediation, quarrel, true},
		{"跳广场舞的把音响开到最大 俺家娃明天要考试", village.IntentReport, village.General, env, true},
		{"隔壁打麻将到凌晨两点 洗牌声哗啦哗啦的", village.IntentReport, village.Mediation, quarrel, true},
		{"隔壁电视声音开老大 半夜三点还在放", village.IntentReport, village.Mediation, quarrel, true},
		{"楼下烧烤店天天吵到后半夜", village.IntentReport, village.General, env, true},
		{"工地晚上十点还在打桩 咚咚咚的", village.IntentReport, village.General, env, true},
		{"昨晚打麻将到凌晨两点 手气真背", village.IntentNoise, "", "", false},
		{"今晚唱歌唱到半夜 开心😄", village.IntentNoise, "", "", false},
		{"明天停水 大家提前接点水", village.IntentNoise, "", "", false},
	})
}

// TestListDoubtedRead: one on a public scheme's list doubted ("低保户名
// 单上有个开小车的 这合理吗") is a complaint for a cadre to look at, filed
// under the scheme's policy, not a question; whether the sender himself
// may have it, or how to apply, stays a procedure asked.
func TestListDoubtedRead(t *testing.T) {
	const policy = "政策咨询"
	wantActs(t, []actCase{
		{"低保户名单上有个开小车的 这合理吗", village.IntentReport, village.General, policy, true},
		{"他家楼房都盖两层了 凭啥还吃低保", village.IntentReport, village.General, policy, true},
		{"贫困户名单上那家儿子在城里当老板 这也能评上？", village.IntentReport, village.General, policy, true},
		{"我家有辆小车 还能吃低保吗", village.IntentReport, village.Approval, policy, true},
		{"评低保要什么条件", village.IntentReport, village.Approval, policy, true},
		{"低保名单公示了 大家有异议的去村委会说", village.IntentNoise, "", "", false},
	})
}

// TestPromiseChasedRead: a fix or a plan promised and not begun ("说要修
// 的 咋还没动静", "不是说年底…吗", "答应给…还没装") is a report worth
// asking back about, not a question about plans; a visitor awaited is
// none.
func TestPromiseChasedRead(t *testing.T) {
	const utilities, roads = "水电设施", "道路交通"
	wantActs(t, []actCase{
		{"信号塔说要修的 咋还没动静", village.IntentReport, village.General, utilities, true},
		{"村口路灯说要修的 咋还没动静", village.IntentReport, village.General, roads, true},
		{"不是说年底要把村道硬化吗 咋一点动静都没有", village.IntentReport, village.General, roads, true},
		{"答应给俺家装路灯 都半年了还没装", village.IntentReport, village.General, roads, true},
		{"他说要来我家吃饭 咋还没来", village.IntentQuery, "", "", false},
	})
}
