package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestQuarrelOfAnotherHousehold: a quarrel told of another household
// (老赵家) while the group's mediation of 老刘家's dog is live is a matter
// of its own, filed, not more of that quarrel sent to its mediators.
func TestQuarrelOfAnotherHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expectLike(t, "first quarrel", c.say("张三", "隔壁老刘家的狗天天晚上叫 吵的人睡不着 说了也不听"),
		like{start: grid3 + ": 已登记 #R1（调解事项）"})
	expectLike(t, "another household's", c.say("陈二", "东头老赵家两口子又吵起来了 摔东西呢 声音好大"),
		like{start: grid3 + ": 已登记 #R2（调解事项）", lacks: "#R1"})
	if reps := c.reports(); len(reps) != 2 || reps[1].Type != village.Mediation {
		t.Errorf("reports = %+v; want two mediation items", reps)
	}
}
