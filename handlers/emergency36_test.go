package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// resolvedFire is a chat whose grid had a fire at first, taken on and
// closed (办结) by its leader, five minutes before now.
func resolvedFire(t *testing.T, first string) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", first), dutyChat+": 【突发事件】青山村三组 #R1")
	has(t, "taken on", c.say("李四", "确认 #R1"), "#R1 已受理")
	has(t, "closed", c.say("李四", "办结 #R1 火已扑灭"), "#R1 已办结")
	c.now = c.now.Add(5 * time.Minute)
	return c
}

// TestOtherPlaceAfterResolvedIsNewFire: minutes after a fire was closed,
// an alarm at another place — another house number, household, yard or
// hill — is a new emergency, filed and posted to the duty chat as such;
// the closed one stays closed.
func TestOtherPlaceAfterResolvedIsNewFire(t *testing.T) {
	for _, tc := range []struct{ first, next string }{
		{"青山村三组1号院子着火了 快来人", "青山村三组2号院子着火了"},
		{"1号院子着火了 快来人", "2号院子着火了"},
		{"一号院子着火了 快来人", "2号院子也着火了"},
		{"3号房子着火了 快来人", "12号房子着火了"},
		{"1号院子着火了 快来人", "2号院子又着火了"},
		{"老王家着火了 快来人", "老李家着火了"},
		{"王大爷家院子着火了 快来人", "刘奶奶家院子着火了"},
		{"后山着火了 快来人", "前山着火了"},
		{"东边那个院子着火了 快来人", "西边那个院子着火了"},
		{"3号院子着火了 快来人", "后山着火了"},
	} {
		t.Run(tc.next, func(t *testing.T) {
			c := resolvedFire(t, tc.first)
			got := c.say("陈二", tc.next)
			has(t, "new fire", got, dutyChat+": 【突发事件】青山村三组 #R2", grid3+": @李四\u2005@王五\u2005紧急情况 #R2 已登记")
			lacks(t, "no flare-up", got, "险情又起", "办结已撤回")
			c.wantStatuses(map[string]village.Status{"R1": village.StatusResolved}, village.StatusNew)
			if rs := c.reports(); len(rs) != 2 || rs[1].Recurs != "" {
				t.Errorf("reports %+v: want R2 filed, not R1 come back", rs)
			}
		})
	}
}

// TestSamePlaceAfterResolvedFlaresUp: an alarm at the closed fire's place
// (the same number, however written), or naming none and told as come
// back, is that fire flaring up: reopened, no new item.
func TestSamePlaceAfterResolvedFlaresUp(t *testing.T) {
	for _, tc := range []struct{ first, next string }{
		{"青山村三组1号院子着火了 快来人", "又着火了"},
		{"1号院子着火了 快来人", "又烧起来了"},
		{"1号院子着火了 快来人", "1号院子又着火了"},
		{"1号院子着火了 快来人", "一号院子又烧起来了"},
		{"青山村三组1号院子着火了 快来人", "青山村三组1号院子又着火了"},
		{"老王家着火了 快来人", "老王家又烧起来了"},
		{"后山着火了 快来人", "后山又着起来了"},
		{"后山着火了 快来人", "山上又着火了"},
	} {
		t.Run(tc.next, func(t *testing.T) {
			c := resolvedFire(t, tc.first)
			has(t, "flare-up", c.say("陈二", tc.next), dutyChat+": 【突发补充·险情又起】青山村三组 #R1（重新处理）",
				grid3+": @李四\u2005@王五\u2005#R1 险情又起：陈二说「"+tc.next+"」，原来的办结已撤回。")
			c.wantReports(1, "the same fire come back")
			c.firstStatus(village.StatusReopened)
		})
	}
}

// TestOtherHouseWhileOpenIsNewFire: while the fire at 1号院子 is still
// open, an alarm at 2号院子 is a second fire, not a witness of the first;
// one at 1号院子 joins it.
func TestOtherHouseWhileOpenIsNewFire(t *testing.T) {
	c := raised(t, [2]string{"张三", "1号院子着火了 快来人"})
	has(t, "another house", c.say("陈二", "2号院子着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	expect(t, "the first house again", c.say("周八", "1号院子着火了 火很大"), dutyChat+": 【突发补充】青山村三组 #R1")
	c.wantReports(2, "two houses burning")
}

// TestHouseRecursDaysLater: two days after the fire at 1号院子, 「1号院
// 子又着火了」 is a new item that names the old one (Recurs); 「2号院子又着
// 火了」 names none, another house.
func TestHouseRecursDaysLater(t *testing.T) {
	c := resolvedFire(t, "1号院子着火了 快来人")
	c.now = c.now.Add(48 * time.Hour)
	has(t, "same house", c.say("陈二", "1号院子又着火了"), dutyChat+": 【突发事件】青山村三组 #R2")
	has(t, "other house", c.say("周八", "2号院子又着火了"), dutyChat+": 【突发事件】青山村三组 #R3")
	if rs := c.reports(); len(rs) != 3 || rs[1].Recurs != "R1" || rs[2].Recurs != "" {
		t.Errorf("reports %+v: want R2 recurring R1, R3 recurring none", rs)
	}
}
