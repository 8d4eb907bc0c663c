package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// dumps is a third household's quarrel told after 还有 (med91).
const dumps = "隔壁老刘家也天天往俺家门口倒脏水"

// TestThirdHouseholdQuarrelApart: a quarrel with another household told
// after 还有 is another mediation item, not a 补充 of the first. Filed
// at once, the first keeps its own words and the second is offered (a
// second matter of a message filed at once). Before, it stayed on #R1
// (the whole text named 老刘家, so it was no other household). (At the
// join filedApart files it with its mediators; such an account reads above
// the threshold and is filed at once, so the join is not reached here.)
func TestThirdHouseholdQuarrelApart(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 还有 "+dumps)
	has(t, "the first filed, the third household offered", got, "已登记 #R1（调解事项）", "您还说了「"+dumps+"」")
	if q := c.reports()[0]; strings.Contains(q.Text, "老刘") || strings.Contains(q.Text, "还有") {
		t.Errorf("#R1 = %q, want the dog only, no joiner", q.Text)
	}
	has(t, "filed as its own quarrel on 1", c.say("张三", "1"), "已登记 #R2（调解事项）", dumps, "调解")
	c.wantReports(2, "(two quarrels)")
	if d := c.reports()[1]; d.Text != dumps || d.Type != "mediation" || d.Along != "" {
		t.Errorf("#R2 = %s %q along %q, want the dumping, a quarrel of its own", d.Type, d.Text, d.Along)
	}

}

// TestPublicFaultBesideQuarrel: 「路灯也坏了」, no place named, is never
// part of a private quarrel: at the join it is filed as its own general
// item and he is asked where, his 「就在……」 added to it; filed at once
// (and after 对了, a joiner now) it is offered, asking where too, and the
// quarrel's text keeps neither the lamp nor the joiner. A detail of no
// thing (「还有一股臭味」) still stays on the quarrel (med89).
func TestPublicFaultBesideQuarrel(t *testing.T) {
	c := newChat(t, understand.Rules{})
	retortWhileOffered(t, c, account+" 另外路灯也坏了")
	got := c.say("张三", "1")
	has(t, "the lamp filed apart, where asked", got, "现在 #R1 按您说的记", "已登记 #R2（一般事项", "「路灯也坏了」没说在哪：请再发一句「就在……」")
	c.wantReports(2, "(the quarrel, the lamp)")
	c.now = c.now.Add(2 * time.Minute)
	has(t, "the place added to the lamp", c.say("张三", "就在村口小卖部旁边"), "已补充到 #R2")
	lacks(t, "the quarrel keeps no lamp", c.private("李四", "查 #R1"), "路灯")

	c = newChat(t, understand.Rules{})
	got = c.say("张三", "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 对了 路灯也坏了")
	has(t, "filed, the lamp offered, where asked", got, "已登记 #R1（调解事项）", "您还说了「路灯也坏了」", "没说在哪：登记后请再发一句「就在……」")
	if q := c.reports()[0]; q.Text != "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管" {
		t.Errorf("#R1 = %q, want the dog only: no joiner, no lamp", q.Text)
	}
	has(t, "the lamp filed on 1", c.say("张三", "1"), "已登记 #R2（一般事项", "路灯也坏了")
	has(t, "its place added", c.say("张三", "就在村口"), "已补充到 #R2")
}

// TestLinkedQuarrelNoticeKeepsOwnWords: the mediators of the open quarrel
// of the same households hear of the new one in its kept words, not the
// lamp told beside it (before, the notice was made before the split).
func TestLinkedQuarrelNoticeKeepsOwnWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "the first quarrel", c.say("张三", "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管"), "已登记 #R1")
	c.now = c.now.Add(2 * time.Hour)
	got := c.say("张三", "上报 调解 陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 另外路灯也坏了")
	has(t, "linked, told to the mediators", got, "已登记 #R2（调解事项）", "【同两家又起纠纷】")
	for _, line := range got {
		if strings.Contains(line, "【同两家又起纠纷】") && strings.Contains(line, "路灯") {
			t.Errorf("the mediators' notice tells the lamp: %s", line)
		}
	}
}
