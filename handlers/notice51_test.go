package handlers_test

import (
	"context"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// TestNoticeAboutNextMondayRelayedTillThen: a notice posted on Thursday
// about next Monday 9:00 goes out with its window of passing on by phone
// (till the meeting) stored; a worker's 「已转告」 on Sunday still passes it
// on, in as many round trips as within the two days before. A bare 收到 on
// Sunday, after Saturday's notice, answers Saturday's only: the window in
// which it answers older notices stays two days (notice51).
func TestNoticeAboutNextMondayRelayedTillThen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 3, 10, 0) // Thursday 5 March
	c.office("通知 青山村 下周一上午9点在村委会开会")
	ns := storagetest.Must(c.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll))(t)
	if len(ns) != 1 || !ns[0].RelayUntil.Equal(clock(c.now, 4, 9, 0)) {
		t.Fatalf("the stored notice: %+v, want it passed on till Monday 9:00", ns)
	}
	c.now = clock(c.now, 2, 10, 0) // Saturday
	c.office("通知 青山村 明天上午停水")
	c.private("王五", "回访 石德贵 已通 身体挺好") // the first log builds the village's indexes
	c.now = clock(c.now, 1, 10, 0)    // Sunday
	c.say("张三", "收到")
	has(t, "Thursday's", c.office("查 #N1"), "青山村三组：已收到 0/")
	has(t, "Saturday's", c.office("查 #N2"), "青山村三组：已收到 1/")
	// 3, as the same log within the two days costs on main
	got := c.costs(t, 3, "the call that passes it on", bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 已转告开会"})
	has(t, "the log", got, "王五: 已记录：王奶奶 已通")
	has(t, "passed on on Sunday", c.office("查 #N1"), "青山村三组：已收到 1/")
	has(t, "not the water's", c.office("查 #N2"), "青山村三组：已收到 1/")
}
