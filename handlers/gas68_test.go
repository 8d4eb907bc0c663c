package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestSupplyGoneAskedWhenIsFiled (gas68): 「天然气没气了 啥时候来气」 was
// silent (「气没气」 read as a yes-no question, 没气 no problem word). A
// supply gone (gas, water, power, network, signal, the bus) told and then
// asked when it is back, in dialect too, is filed with its question
// passed to the leader; the neighbour's 「我们家也没气了」 joins it.
func TestSupplyGoneAskedWhenIsFiled(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "gas", c.say("陈二", "天然气没气了 啥时候来气"),
		grid3+": 已登记 #R1（一般事项·水电设施）：天然气没气了 啥时候来气\n@李四\u2005请网格长受理：回复「确认 #R1」。\n陈二，可随时发「查 #R1」看进度。您问的「啥时候来气」已一并转给网格长，会尽快答复您。")
	expect(t, "neighbour", c.say("张三", "我们家也没气了"),
		grid3+": 张三家也是这样，已记到 #R1（天然气没气了 啥时候来气），现在共 2 人反映，一并处理；办好后会在群里说。")
	for i, tc := range []struct{ text, cat, asked string }{
		{"组里的网又断了 多会儿能好", "水电设施", "多会儿能好"},
		{"信号没了 么时候能好", "水电设施", "么时候能好"},
		{"去镇上的班车停运了 啥时候恢复", "道路交通", "啥时候恢复"},
	} {
		ref := "#R" + string(rune('2'+i))
		has(t, tc.text, c.say("陈二", tc.text), "已登记 "+ref+"（一般事项·"+tc.cat+"）", "您问的「"+tc.asked+"」已一并转给网格长")
	}
	c.wantReports(4, "(gas, network, signal, bus)")
}

// TestNoFilingForNewsOrChat (gas68): a cut passed round with 大家注意 is
// news, by a cadre or a villager; weather and bottled gas run out are
// chat; a bare 「啥时候来气」 with nothing told stays the neighbours'.
func TestNoFilingForNewsOrChat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	for _, m := range [][2]string{
		{"王五", "今天停电了 大家注意"},
		{"张三", "下午停水了 大家知道一下"},
		{"陈二", "今天天气真冷 感觉要下雪了"},
		{"陈二", "煤气罐没气了 下午去镇上换一罐"},
		{"张三", "啥时候来气"},
	} {
		if got := c.say(m[0], m[1]); len(got) > 0 {
			t.Errorf("%s: %s answered: %q", m[0], m[1], got)
		}
	}
	c.wantReports(0, "")
}

// TestLoudspeakerDinIsEnvironment (gas68): the village loudspeaker too
// loud at dawn was filed as 其他 (喇叭 is a 其他 thing); a din harming
// all who live near is 环境卫生, as 「村口的广场舞太吵了」 is (nuisance66).
func TestLoudspeakerDinIsEnvironment(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "din", c.say("张三", "村口的大喇叭天天早上五点就响 吵得睡不着"),
		grid3+": 已登记 #R1（一般事项·环境卫生）：村口的大喇叭天天早上五点就响 吵得睡不着\n@李四\u2005请网格长受理：回复「确认 #R1」。\n张三，可随时发「查 #R1」看进度。")
}

// TestPointsAskedWhen (gas68): 「积分啥时候给」 got the general 积分帮助.
// Asked by a villager, it is answered from his household's claims not
// final yet: whom the review waits for and what it lacks, when the 公示
// goes out, when its window closes; none, how points come.
func TestPointsAskedWhen(t *testing.T) {
	b := examplePointsBot(t)
	expect(t, "none", b.say("陈二", "积分啥时候给"),
		g3+": 陈二户现在没有在等审核或公示的积分。做了好事请发「申请积分 做了什么」；评分小组审核通过后，每月1日在群里公示（下次4月1日），7天没有异议就生效，可以兑换。")
	b.say("陈二", "申请积分 帮王奶奶挑水送到家")
	expect(t, "pending", b.say("陈二", "积分啥时候给"),
		g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」：在等评分小组（赵六）审核，还缺证明人，请发「证明人 名字」补上；通过后4月1日在群里公示，7天没有异议就生效。\n发「查 #编号」可看某一项的详情。")
	b.say("陈二", "证明人 周八")
	b.say("赵六", "同意 #C1")
	expect(t, "approved", b.say("陈二", "我的积分啥时候发啊"),
		g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」+10分：已通过，4月1日在群里公示，7天没有异议就可以兑换。\n发「查 #编号」可看某一项的详情。")
	publishClaims(t, b.st, time.Date(2026, 4, 1, 9, 0, 0, 0, at.Location()), 1)
	b.now = time.Date(2026, 4, 2, 9, 0, 0, 0, at.Location())
	expect(t, "in window", b.say("陈二", "积分多会儿能用"),
		g3+": 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」+10分：正在公示，4月8日 09:00期满，没有异议就可以兑换。\n发「查 #编号」可看某一项的详情。")
	// frozen by an objection: its state is the household's own, told privately
	b.say("张三", "异议 #C1 那天他没去")
	expect(t, "objected", b.say("陈二", "积分什么时候给"),
		"陈二: 陈二户还没生效的积分：\n#C1 陈二「帮助困难群众、照料孤寡老人」+10分：有人提出异议，暂时冻结，评分小组核实后会私信告诉您结果。\n发「查 #编号」可看某一项的详情。",
		g3+": 陈二，您家积分申请的进度已私信发给您（家里人的、还没公示的、有异议的申请不在群里公开）。")
}

// TestPointsAskedWhenOfAPrivateClaim (gas68): a claim sent privately is
// not the group's until its 公示: asked in the group, its step goes
// privately, a line says so in the group.
func TestPointsAskedWhenOfAPrivateClaim(t *testing.T) {
	b := examplePointsBot(t)
	b.privately("张三", "申请积分 参加义务劳动 证明人 王五")
	expect(t, "private claim", b.say("张三", "我的积分咋还没批"),
		"张三: 张三户还没生效的积分：\n#C1 张三「参加义务劳动、集体劳动」：在等评分小组（赵六）审核；通过后4月1日在群里公示，7天没有异议就生效。\n发「查 #编号」可看某一项的详情。",
		g3+": 张三，您家积分申请的进度已私信发给您（家里人的、还没公示的、有异议的申请不在群里公开）。")
}

// TestPointsAskedWhenOfKin (gas68): a family member's claim waiting is
// his own business, as in 我的积分: 张三's claim is told to his son 张明
// privately; the son's claim 张三 filed is told to either in the group.
func TestPointsAskedWhenOfKin(t *testing.T) {
	b := examplePointsBot(t)
	b.say("张三", "申请积分 给 张明 参加普法讲座")
	has(t, "the claimant", b.say("张三", "积分啥时候给"), g3+": 张三户还没生效的积分：\n#C1 张明「参加普法学习、法治讲座」")
	has(t, "the one it is for", b.say("张明", "积分啥时候给"), g3+": 张三户还没生效的积分：\n#C1 张明「参加普法学习、法治讲座」")
	b.say("张三", "申请积分 参加义务劳动 证明人 王五")
	got := b.say("张明", "积分啥时候给")
	has(t, "the father's, to the son", got, "张明: 张三户还没生效的积分有 2 项：", "#C2 张三「参加义务劳动、集体劳动」：在等评分小组（赵六）审核",
		g3+": 张明，您家积分申请的进度已私信发给您")
	lacks(t, "not in the group", got, g3+": 张三户还没生效的积分")
}

// BenchmarkPointsAskedWhen (gas68): 陈二's 「积分啥时候给」 with a claim
// pending: the household read, the reply's commit.
func BenchmarkPointsAskedWhen(b *testing.B) {
	pb := examplePointsBot(b)
	pb.say("陈二", "申请积分 帮王奶奶挑水送到家")
	benchSaidOn(b, pb, "陈二", "积分啥时候给")
}
