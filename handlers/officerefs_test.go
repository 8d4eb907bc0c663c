package handlers_test

import (
	"context"
	"slices"
	"testing"

	"gridbot/storage"
	"gridbot/village"
)

// TestOfficerNoteVillageFirst: an officer writes the item as the
// township's posts do, its village before its number ("青山村#R1 我下午过
// 去看下"): read as "#R1 我下午过去看下", his plan recorded as its 进展;
// a number no village has, or a village the township does not have, is
// answered plainly, not met with silence.
func TestOfficerNoteVillageFirst(t *testing.T) {
	c := darkLampTaken(t)
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

// TestOfficerNoteOnGridsItem: on a grid's item never sent up, an
// officer's hint and his 进展 agree. Taken on by the grid, his plan and
// his 进展 are recorded (the grid keeps it, and hears of them); waiting to
// be taken on, both the plan and 进展 get the same answer: the grid's to
// 确认 first, whom to call.
func TestOfficerNoteOnGridsItem(t *testing.T) {
	c := darkLampTaken(t)
	has(t, "plan on one taken on", c.in(officeChat, "孙七", "#R1 我下午过去看下"),
		officeChat+": 按孙七的话，#R1 进展已记录：我下午过去看下", grid3+": 按孙七的话，#R1 进展已记录：我下午过去看下")
	has(t, "the hint it gives works", c.in(officeChat, "孙七", "R1 已联系供电所"), "回复「1」就照「进展 #R1 已联系供电所」记下")
	has(t, "进展 on one taken on", c.in(officeChat, "孙七", "进展 #R1 已联系供电所"),
		officeChat+": #R1 进展已记录：已联系供电所", grid3+": #R1 进展已记录（镇里孙七）：已联系供电所")
	rep := c.reports()[0]
	if rep.Status != village.StatusInProgress || !slices.Equal(rep.Handlers, []string{"李四"}) {
		t.Errorf("R1 is %s handled by %v, want in progress by 李四 alone", rep.Status, rep.Handlers)
	}

	c.say("张三", "上报 三组垃圾桶满了没人清")
	const untaken = officeChat + ": #R2 是青山村三组网格的事项，网格还没受理，镇里先不能记「进展」（网格受理后，镇里可以记「进展」）。\n" +
		"要催办请联系网格长：李四 13900000004；确需镇里接手的，请网格长发「上报镇 #R2 原因」。"
	expect(t, "plan on one not taken on", c.in(officeChat, "孙七", "#R2 我下午过去看下"), untaken)
	expect(t, "note on one not taken on", c.in(officeChat, "孙七", "R2 已联系环卫"), untaken)
	expect(t, "进展 on one not taken on", c.in(officeChat, "孙七", "进展 #R2 我下午过去看下"), untaken)
	c.wantStatuses(map[string]village.Status{"R1": village.StatusInProgress}, village.StatusNew)
}

// TestOfficerReturnsInWords: an officer's 退回 said with where the item
// goes back to ("退回村里 #R1 已处理", "退给网格 …") sends it back as 退回
// does: in hand again with the grid (处理中), his note recorded, the
// grid's group told, the grid's leader its handler; not met with silence.
func TestOfficerReturnsInWords(t *testing.T) {
	for _, word := range []string{"退回", "退回村里", "退给网格"} {
		t.Run(word, func(t *testing.T) {
			c := darkLampTaken(t)
			c.say("李四", "上报镇 #R1 村里没钱换灯")
			c.in(officeChat, "孙七", "确认 #R1")
			has(t, "sent back", c.in(officeChat, "孙七", word+" #R1 已处理"),
				officeChat+": #R1 已退回村里：已处理。", grid3+": #R1 已退回村里（镇里孙七）：已处理。\n@李四")
			rep := c.reports()[0]
			last := rep.History[len(rep.History)-1]
			if rep.Status != village.StatusInProgress || last.Action != village.ActReturn || last.Note != "已处理" || !slices.Equal(rep.Handlers, []string{"李四"}) {
				t.Errorf("R1 is %s handled by %v, last %s %q; want in progress, 李四's, sent back with the note", rep.Status, rep.Handlers, last.Action, last.Note)
			}
		})
	}
}
