package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestWaterTurnAndPointsCounted (und81): a gap dug in a ditch to let water
// through out of turn is a quarrel filed for mediation, not a levee breach
// sent to the duty chat as a flood; 「…坑填平了 能记几分」 is offered as a
// claim (it was silent; which item is understand's TestPointsCountedAsked).
func TestWaterTurnAndPointsCounted(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "放水又轮不到俺家 老刘家半夜偷偷扒开口子放了一宿 说他也不听")
	has(t, "water turn", got, "（调解事项）")
	lacks(t, "water turn", got, "【突发事件】")
	has(t, "points counted", c.say("陈二", "今天和组里几个人把三组那段机耕路上的坑填平了 能记几分"), "我理解为：申请积分——今天和组里几个人把三组那段机耕路上的坑填平了 能记几分")
}
