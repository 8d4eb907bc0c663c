package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// lostAndBuried is a chat where a collapse with people trapped (二组,
// #R1) and an old mother gone towards the reservoir (三组, #R2) are open.
func lostAndBuried(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "collapse", c.in(grid2, "田卫东", "二组老王家的旧房子塌了 下面压着两个人 快来人"), "【突发事件】青山村二组 #R1")
	has(t, "lost", c.say("陈二", "我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来"), "【突发事件】青山村三组 #R2")
	return c
}

// TestDutySearchLostOrBuried: in the duty chat a search's words choose
// between a missing person and people trapped under a collapse: 找 the
// missing one, 挖 or 压着的人 the collapse, 搜 with nothing more asked
// 是搜救哪一起 unless a place names one; a collapse nobody is under is no
// search's.
func TestDutySearchLostOrBuried(t *testing.T) {
	for _, c := range []struct{ note, want, not string }{
		{"已经派人在找了", "#R2 已受理", "#R1"},
		{"派人去水库那边找了", "#R2 已受理", "#R1"},
		{"救援队正在挖", "#R1 已受理", "#R2"},
		{"人挖出来一个了", "#R1 已受理", "#R2"},
		{"还在找下面压着的人", "#R1 已受理", "#R2"},
		{"老王家那边已经在搜了", "#R1 已受理", "#R2"},
		{"水库那边已经在搜了", "#R2 已受理", "#R1"},
	} {
		got := lostAndBuried(t).in(dutyChat, "孙七", c.note)
		has(t, c.note, got, c.want, "进展已记录："+c.note)
		lacks(t, c.note, got, c.not, "哪一")
	}

	c := lostAndBuried(t)
	got := c.in(dutyChat, "孙七", "救援队已经在搜了")
	has(t, "either", got, "既有人走失、也有人被压被困", "是搜救哪一起", "「1」#R1", "「2」#R2")
	lacks(t, "either", got, "已受理")
	has(t, "picked", c.in(dutyChat, "孙七", "1"), "#R1 已受理", "救援队已经在搜了")

	c = lostAndBuried(t)
	has(t, "second collapse", c.say("张三", "三组村口的土坯房塌了 里面还压着一个人"), "【突发事件】青山村三组 #R3")
	got = c.in(dutyChat, "孙七", "救援队正在挖")
	has(t, "two collapses", got, "您说的「救援队正在挖」是救哪一起", "「1」#R1", "「2」#R3")
	lacks(t, "two collapses", got, "#R2", "已受理")

	c = newChat(t, understand.Rules{})
	has(t, "no one under", c.in(grid2, "田卫东", "二组老王家的旧房子塌了 快来人"), "【突发事件】青山村二组 #R1")
	has(t, "lost", c.say("陈二", "我家老娘有点老年痴呆 晚饭后往水库那边走了 到现在没回来"), "#R2")
	got = c.in(dutyChat, "孙七", "救援队已经在搜了")
	has(t, "no one under", got, "#R2 已受理")
	lacks(t, "no one under", got, "#R1", "哪一")
}

// TestSearchRanksNameAndPlace: a search naming a person and a place goes
// to the alarm holding both before one holding the place alone, in the
// duty chat and the grid; naming the place alone it is asked, the duty
// chat's question as the grid's (是找哪一起).
func TestSearchRanksNameAndPlace(t *testing.T) {
	children := func(t *testing.T) *chat {
		return backHill(t, "我家小明放学到现在还没回家 同学说往后山去了")
	}
	got := children(t).in(dutyChat, "孙七", "派人去后山找小明了")
	has(t, "duty, name and place", got, "#R1 已受理")
	lacks(t, "duty, name and place", got, "#R2", "哪一")

	got = children(t).say("王五", "我去后山找小明")
	has(t, "grid, name and place", got, "#R1 已受理")
	lacks(t, "grid, name and place", got, "#R2", "哪一")

	got = children(t).in(dutyChat, "孙七", "派人去后山找了")
	has(t, "duty, place alone", got, "您说的「派人去后山找了」是找哪一起", "「1」#R1", "「2」#R2")
	lacks(t, "duty, place alone", got, "已受理", "是哪一件")
}
