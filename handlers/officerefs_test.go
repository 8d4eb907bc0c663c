package handlers_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// TestOfficerNoteVillageFirst: an officer writes the item as the
// township's posts do, its village before its number ("青山村#R1 我下午过
// 去看下"): read as "#R1 我下午过去看下", his plan recorded as its 进展;
// a number no village has, or a village the township does not have, is
// answered plainly, not met with silence.
func TestOfficerNoteVillageFirst(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口的路灯坏了 晚上黑乎乎的")
	c.say("李四", "确认 #R1")
	c.say("李四", "上报镇 #R1 村里没钱换灯")
	has(t, "village before the number", c.in(officeChat, "孙七", "青山村#R1 我下午过去看下"),
		officeChat+": 按孙七的话，#R1 镇里由孙七接手，进展已记录：我下午过去看下", grid3+": 按孙七的话")
	rep := c.reports()[0]
	if last := rep.History[len(rep.History)-1]; last.Action != village.ActProgress || last.Note != "我下午过去看下" || last.By != "孙七" {
		t.Errorf("R1's last entry %+v, want 孙七's 进展 我下午过去看下", last)
	}
	expect(t, "no such number", c.in(officeChat, "孙七", "青山村 #R9 我下午过去看下"),
		officeChat+": 没有找到 #R9，请核对编号；发「待办」可看全镇已上报和突发事项。")
	expect(t, "no such village", c.in(officeChat, "孙七", "石乔村#R1 我下午过去看下"),
		officeChat+": 本镇没有石乔村，本镇的村：青山村。请核对村名，写成「青山村 #R编号 …」再发；发「待办」可看全镇已上报和突发事项。")
	has(t, "a command after it", c.in(officeChat, "孙七", "青山村 #R1 查"), officeChat+": #R1 青山村三组")
}

// TestOfficerNoteVillageFirstTwoVillages: with two villages numbering
// their items apart, the village written first picks the item.
func TestOfficerNoteVillageFirstTwoVillages(t *testing.T) {
	c := stoneBridge(t)
	const sq = "石桥村一组网格群"
	c.say("张三", "上报 村口路灯坏了")
	c.say("李四", "确认 #R1")
	c.say("李四", "上报镇 #R1 村里修不了")
	c.inSQ(sq, "石大山", "上报 桥栏杆断了")
	c.inSQ(sq, "石大山", "确认 #R1")
	c.inSQ(sq, "石大山", "上报镇 #R1 桥归交通部门管")
	has(t, "石桥村's", c.inSQ(officeChat, "孙七", "石桥村#R1 我下午过去看下"), "进展已记录：我下午过去看下", sq+": 按孙七的话")
	ctx := context.Background()
	sqR1, err := c.st.Report(ctx, storage.VillageScope("石桥村"), "R1")
	if err != nil || sqR1.History[len(sqR1.History)-1].Note != "我下午过去看下" {
		t.Errorf("石桥村's R1 lacks the plan (%v): %+v", err, sqR1.History)
	}
	qsR1, err := c.st.Report(ctx, storage.VillageScope("青山村"), "R1")
	if err != nil || slices.ContainsFunc(qsR1.History, func(e village.Entry) bool { return e.Note == "我下午过去看下" }) {
		t.Errorf("青山村's R1 got the plan (%v): %+v", err, qsR1.History)
	}
}
