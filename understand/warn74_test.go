package understand

import (
	"testing"

	"gridbot/village"
)

// TestRuleStatedRead: a rule stated as a notice states it (严禁, 禁止, 不准,
// 不许, 不得, 请勿, 一律, a sanction for whoever is caught) announces and
// reports nothing, whoever says it: noise. The same words told with the
// rule broken (有人…, 可是…又在…, 老是有人…, 谁倒的), with what the deed
// left (都堵死了, 河里全是垃圾) or by the sender of his own door stay
// reports; a plain 「不要…」 fouling is still a villager's reproach, asked.
func TestRuleStatedRead(t *testing.T) {
	const env, road = "环境卫生", "道路交通"
	checkReads(t, []readCase{
		{"forbidden", "严禁往河里倒垃圾", noiseIn(env)},
		{"with points off", "不准往河里倒垃圾 发现一次扣5分", noiseIn(env)},
		{"burning", "禁止在河边焚烧秸秆", noiseIn(env)},
		{"grain on the road", "不许在村道上晒谷子", noiseIn(road)},
		{"a sign's words", "请勿往水渠里扔垃圾", noiseIn(env)},
		{"a rule and its fine", "垃圾一律倒进垃圾桶 发现乱倒的罚款200", noiseIn(env)},
		{"the fine alone", "发现往河里倒垃圾的 一次扣10分", noiseIn(env)},
		{"from today, whoever is caught", "从今天起严禁往河里倒垃圾 发现有人倒的罚款200", noiseIn(env)},
		{"where the rule holds", "三组那条河严禁倒垃圾", noiseIn(env)},
		{"broken, asked why", "有人往河里倒垃圾 不是说严禁吗", reportIn(env)},
		{"broken, with a but", "禁止焚烧秸秆 可是张家又在烧", reportIn(env)},
		{"broken by habit", "不准往水渠里扔东西 老是有人扔", reportIn(env)},
		{"who did it", "河边不准倒垃圾 谁倒的", reportIn(env)},
		{"what it left", "严禁往沟里倒炉灰！！都堵死了", reportIn(env)},
		{"the mess beside it", "严禁往河里倒垃圾 河里全是垃圾", reportIn(env)},
		{"the sender's own door", "我家门口不准倒垃圾", reportIn(env)},
		{"fines complained of", "村里乱罚款 倒个垃圾罚200", reportIn(env)},
		{"plain words, a reproach", "不要往河里倒垃圾", reportIn(env)},
	})
}

// TestCallsAndPeerTalkRead: phenomena of dev rows still misread. A call
// opened by a telephone's hello or a check that the voice gets through
// is a greeting; a neighbour who has not paid either answers a peer's
// question; those behind urged to hurry are reminded. None asks the grid
// anything. A hello before a matter leaves the matter, and a question of
// how to pay stays one.
func TestCallsAndPeerTalkRead(t *testing.T) {
	checkReads(t, []readCase{
		{"hello, anyone there", "喂 有人在没得", noiseIn("其他")},
		{"hello, can you hear", "喂 喂 听得到不", noiseIn("其他")},
		{"not paid either", "你家医保交了没 我还没交呢", noiseIn("其他")},
		{"those behind urged", "谁家医保还没交的 抓紧了", noiseIn("政策咨询")},
		{"urged, the thing named", "还没交医保的抓紧了 月底截止", noiseIn("政策咨询")},
		{"hello before a matter", "喂 李四在不 河边路灯坏了", reportIn("道路交通")},
		{"how to pay, asked", "谁家还没交医保 我家还没交 咋交", approvalIn("政策咨询")},
	})
	if r := read(t, "喂 后山着火了"); r.Type != village.Emergency {
		t.Errorf("喂 后山着火了 read %v, want an emergency", r.Type)
	}
}
