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

// TestTheftAndDeceitRead: theft told by what is taken ("偷电缆", "偷砍"),
// a prowler who peers in, and an impostor found out ("后来才知道是假的":
// the fake, no alarm called off) are 治安 reports; an alarm found false
// is still none.
func TestTheftAndDeceitRead(t *testing.T) {
	const order = "治安"
	wantActs(t, []actCase{
		{"有人在村口偷电缆", village.IntentReport, village.General, order, true},
		{"这几天老有人夜里上山偷砍松树 听得到电锯响", village.IntentReport, village.General, order, true},
		{"有个外地人开着车在村里转 老往院子里瞄", village.IntentReport, village.General, order, true},
		{"有人冒充自来水公司的上门收费 收了我家一百 后来才知道是假的", village.IntentReport, village.General, order, true},
		{"说是后山着火了 后来才知道是假的", village.IntentNoise, "", "", false},
	})
}

// TestStaffUnfoundRead: no one found to serve ("村医经常不在 孙子…找不着
// 人") is a complaint of the service, not a child missing; a child no one
// can find is.
func TestStaffUnfoundRead(t *testing.T) {
	wantActs(t, []actCase{
		{"村医经常不在 孙子拉肚子了找不着人 只好去镇上", village.IntentReport, village.General, "其他", true},
		{"我家孙子放学到现在都找不着", village.IntentReport, village.Emergency, "治安", true},
	})
}

// TestSchemeGrievanceRead: a payment in found missing, a scheme paid to
// other groups and not to the sender's, and a list that leaves the
// sender's child out are grievances, not procedures asked; how a list is
// drawn up elsewhere is.
func TestSchemeGrievanceRead(t *testing.T) {
	const policy = "政策咨询"
	wantActs(t, []actCase{
		{"养老保险明明交了 社保却说没交上 跑了好几趟 能不能帮忙查查", village.IntentReport, village.General, policy, true},
		{"种粮补贴 别的组都发了 我们组一分钱都没见到", village.IntentReport, village.General, policy, true},
		{"助学金名单上怎么没有我家孩子 条件比我家好的都评上了", village.IntentReport, village.General, policy, true},
		{"隔壁村的低保是怎么评的", village.IntentReport, village.Approval, policy, true},
	})
}

// TestPublicRoomsAndFeastsRead: a public room kept shut, a board never
// updated and a feast judged by a question ("这不是铺张浪费吗") are
// reports under 其他; a din that shakes the windows is one under 环境卫生,
// and a neighbour's (对门, 前面那家) a quarrel.
func TestPublicRoomsAndFeastsRead(t *testing.T) {
	const other, env, quarrel = "其他", "环境卫生", "矛盾纠纷"
	wantActs(t, []actCase{
		{"村里的文化室一直锁着门 从来没开过", village.IntentReport, village.General, other, true},
		{"村委会门口的公开栏一年多没更新了", village.IntentReport, village.General, other, true},
		{"办个满月酒摆了三十桌 还挨家收礼 这不是铺张浪费吗", village.IntentReport, village.General, other, true},
		{"搅拌站夜里也开工 轰轰轰的 窗户玻璃都在震", village.IntentReport, village.General, env, true},
		{"对门的狗半夜叫个不停 一整宿没睡好", village.IntentReport, village.Mediation, quarrel, true},
		{"前面那家半夜还在唱歌 吵得孩子睡不着", village.IntentReport, village.Mediation, quarrel, true},
	})
}
