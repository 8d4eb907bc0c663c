package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestNoteWithNumberAfterPlaceOrName (town96): an item's number written
// right after a place or a name (「三组R1修好了」, 「张三R2那个办好了」) is
// read as a note on it, as one after a word of when is; a model's number
// after 是 or before a thing bought by its model (「用的是 R2 手机」) is
// not, though R2 is an item.
func TestNoteWithNumberAfterPlaceOrName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 三组水渠堵了，水漫到路上了")
	c.say("陈二", "上报 三组桥边的护栏断了")
	c.say("李四", "确认 #R1 #R2")
	steps := len(c.reports()[1].History)
	for _, text := range []string{"我用的是 R2 手机", "张三 R2 手机丢了"} {
		c.say("李四", text)
		if h := c.reports()[1].History; len(h) != steps {
			t.Errorf("李四's 「%s」 recorded on #R2: %+v", text, h[len(h)-1])
		}
	}
	noteRecorded(t, c, "李四", "三组R1修好了", 0, village.StatusResolved, "三组修好了")
	if got := strings.Join(c.say("王五", "陈二R2那个明天去焊"), "\n"); !strings.Contains(got, "#R2") || !strings.Contains(got, "陈二那个明天去焊") {
		t.Errorf("a worker's 「陈二R2那个明天去焊」: got %q, want #R2 with his words", got)
	}
}

// TestRefusalsApartByNameJoined (town96): refusals of several items whose
// words differ by a person's name as well as the number are one
// paragraph, the name said for each: the office's 「#R1 #R2 抓紧处理」 on
// two grids' items the township took over (李四配合, 黄永红配合), the
// leader's on two items resolved, each waiting on its own reporter.
func TestRefusalsApartByNameJoined(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 三组水渠堵了，水漫到路上了", "#R1", "需要挖机")
	c.in("青山村二组网格群", "黄永红", "上报 二组桥边的护栏断了")
	c.in("青山村二组网格群", "黄永红", "上报镇 #R2 需要焊工")
	c.office("确认 #R1 #R2")
	got := strings.Join(c.office("#R1 #R2 抓紧处理"), "\n")
	if want := "#R1 #R2 是镇里接手的，由您负责协调，李四（#R1）、黄永红（#R2）配合"; !strings.Contains(got, want) || strings.Count(got, "是镇里接手的") != 1 {
		t.Errorf("孙七's 「#R1 #R2 抓紧处理」: got\n%s\nwant one paragraph with %q", got, want)
	}
	c.say("张三", "上报 三组路灯坏了")
	c.say("陈二", "上报 三组台阶坏了")
	c.say("李四", "确认 #R3 #R4")
	c.say("李四", "办结 #R3 #R4 修好了")
	got = strings.Join(c.say("李四", "#R3 #R4 抓紧处理"), "\n")
	if want := "#R3 #R4 已办结，在等张三（#R3）、陈二（#R4）确认"; !strings.Contains(got, want) || strings.Count(got, "已办结") != 1 {
		t.Errorf("李四's 「#R3 #R4 抓紧处理」: got\n%s\nwant one line with %q", got, want)
	}
}

// TestDutyAckWithWhatHeDid (town96): a duty officer's 「收到，已打119，我马
// 上过去」 to a fire alarm is what he did about it, as without the 收到:
// its 进展, confirming it (the watchdog stops), not a hint to 确认.
func TestDutyAckWithWhatHeDid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "着火了！我家后面柴草堆着火了，快来人")
	got := strings.Join(c.in(dutyChat, "孙七", "收到，已打119，我马上过去"), "\n")
	if strings.Contains(got, "还没人确认") {
		t.Errorf("孙七's 「收到，已打119，我马上过去」: got\n%s\nwant it recorded, not a hint", got)
	}
	if rep := c.reports()[0]; rep.Status == village.StatusNew {
		t.Errorf("the fire is still unconfirmed: %+v", rep.History)
	}
}

// TestDutyHintNamesTheVillage (town96): with several villages, the duty
// officer's bare 「收到」 to an alarm is answered with the 确认 he may send
// as the alarm's post wrote it, the village named (「确认 石桥村 #R1」):
// 「确认 #R1」 would name 青山村's #R1 as well.
func TestDutyHintNamesTheVillage(t *testing.T) {
	c := stoneBridge(t)
	c.say("张三", "上报 村口路灯坏了")
	c.inSQ("石桥村一组网格群", "石大山", "着火了！桥头柴草堆着火了")
	got := strings.Join(c.inSQ(dutyChat, "孙七", "收到"), "\n")
	if !strings.Contains(got, "确认 石桥村 #R1") {
		t.Errorf("孙七's 「收到」: got\n%s\nwant 「确认 石桥村 #R1」", got)
	}
}
