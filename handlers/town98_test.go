package handlers_test

import (
	"strings"
	"testing"

	"gridbot/config"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestRefusalsJoinedForLongNames (town98): the office's 「抓紧处理」 on two
// villages' items the township took over is refused alike but for the
// grid leader helping (李四配合, 阿依古丽·买买提配合): one paragraph, as
// for names of two to five letters (town96/town97). Her eight-letter
// name was read as no name, and the office got the refusal twice; and
// before that, her own 「上报镇」 was refused as no leader's: the roster
// read 阿依古丽·买买提 as 阿依古丽 of household 买买提 (roster.Lookup).
func TestRefusalsJoinedForLongNames(t *testing.T) {
	const leader, sq = "阿依古丽·买买提", "石桥村一组网格群"
	cfg, dir := exampleVillage(t, village.Person{Name: leader, Village: "石桥村", Grid: "一组", Household: "SQ-101",
		Relation: "户主", UsesWeChat: true, Phone: "13900001111", Roles: []village.Role{village.RoleVillager, village.RoleLeader}})
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: sq}}})
	st := storagetest.New(t)
	c := chatOn(t, cfg, dir, st, st)
	c.say("张三", "上报 水渠堵了")
	c.say("李四", "确认 #R1")
	c.say("李四", "上报镇 #R1 水渠要水利站来疏通")
	c.inSQ(sq, leader, "上报 桥栏杆断了")
	c.inSQ(sq, leader, "上报镇 #R1 桥归交通部门管")
	c.inSQ(officeChat, "孙七", "确认 青山村 #R1 石桥村 #R1")
	got := strings.Join(c.inSQ(officeChat, "孙七", "青山村 #R1 石桥村 #R1 抓紧处理"), "\n")
	want := "青山村 #R1 石桥村 #R1 是镇里接手的，由您负责协调，李四（青山村 #R1）、阿依古丽·买买提（石桥村 #R1）配合"
	if !strings.Contains(got, want) || strings.Count(got, "是镇里接手的") != 1 {
		t.Errorf("孙七's 「抓紧处理」 of both: got\n%s\nwant one paragraph with %q", got, want)
	}
}

// TestVillagerWithDotInName (town98): a villager whose name has its own
// 「·」 (买买提·艾力) is the roster's: his report is his (not a stranger's
// by his group name), and he may confirm it.
func TestVillagerWithDotInName(t *testing.T) {
	const name = "买买提·艾力"
	c := namesakeIn(t, name, "QS-398", "三组")
	expect(t, "report", c.say(name, "上报 村口路灯不亮了"), "已登记 #R1")
	if r := c.reports()[0]; r.ReporterKey != "青山村/QS-398/"+name || r.Unlisted {
		t.Fatalf("reporter = %q (key %q, unlisted %v), want the roster's %s", r.Reporter, r.ReporterKey, r.Unlisted, name)
	}
	expect(t, "resolve", c.say("李四", "办结 #R1 已换灯泡"), "#R1 已办结")
	expect(t, "he confirms", c.say(name, "满意 #R1"), "#R1 已完结")
}
