package handlers_test

import (
	"context"
	"testing"

	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// listedIn is noticeCalls' three elders of 三组 on 王五's list today, on a
// December morning: routine calls, no notice.
func listedIn(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.now = december
	for _, p := range []string{"王奶奶", "石德贵", "白凤兰"} {
		k := callees66[p]
		call := village.Call{Village: "青山村", Grid: k.grid, Person: p, PersonKey: "青山村/" + k.house + "/" + p, Phone: k.phone,
			Worker: k.worker, WorkerKey: "青山村/" + k.workerHouse + "/" + k.worker, Topic: "例行问候", Due: c.now, Status: village.CallOpen, RemindedAt: c.now}
		d, err := storage.CallDoc(call)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "list110-" + p, Docs: []storage.Doc{d}}); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// TestCall110FumesOnCall (call110): smoke smelt in an elder's room, told
// on a call, is an emergency filed for her, and the worker is told to
// phone her back with what to do now; another elder's 「屋里有烟」 minutes
// later is her own alarm, not news of the first; 「屋里没有烟味」 files
// nothing.
func TestCall110FumesOnCall(t *testing.T) {
	c := listedIn(t)
	got := c.private("王五", "白凤兰我打过了 她说屋里有烟味")
	has(t, "fumes", got, "青山镇应急值班群: 【突发事件】", "白凤兰反映的「屋里有烟味」已登记 #R1",
		"请马上再给白凤兰打个电话，让白凤兰照这样做：煤炉、炭火的烟会让人一氧化碳中毒：马上开窗通风", "能去的请马上过去看看")
	lacks(t, "fumes", got, "燃气泄漏", "请留在现场")
	if reps := c.reports(); len(reps) != 1 || reps[0].Type != village.Emergency || reps[0].Reporter != "白凤兰" {
		t.Fatalf("reports %+v, want her one emergency", reps)
	}
	got = c.private("王五", "石德贵打过了 他说屋里有烟 头有点晕")
	has(t, "second home", got, "石德贵反映的「屋里有烟 头有点晕」已登记 #R2")
	lacks(t, "second home", got, "是 #R1 那件突发事件")
	got = c.private("王五", "回访 王奶奶 已通 她说屋里没有烟味 挺好")
	lacks(t, "denied", got, "已登记")
}

// TestCall110WorkerStayAhead (call110): the worker's note that her
// family take her away before the festival, no day said, is kept as a
// stay from 小年 to 正月初八; today's call goes on.
func TestCall110WorkerStayAhead(t *testing.T) {
	c := listedIn(t)
	got := c.private("王五", "白凤兰她闺女一家过年回来 年前会来接她去城里")
	has(t, "year end", got, "已记下白凤兰1月30日（腊月二十三）起不在家", "2027年2月13日（正月初八）起再提醒您打",
		"年前哪天走还没说定，先按小年算", "今天清单上白凤兰的电话照常打")
	lacks(t, "year end", got, "没看懂")
	if call := c.lastCall("白凤兰"); call.AwayFrom.Format("01-02") != "01-30" || call.AwayUntil.Format("01-02") != "02-13" {
		t.Errorf("the stay is not kept: %+v", call)
	}
	got = c.private("王五", "王奶奶她闺女腊月二十六接她去城里过年")
	has(t, "day said", got, "已记下王奶奶2月2日（腊月二十六）起不在家")
	lacks(t, "day said", got, "年前哪天走")
	// the open call of each is still to make
	for _, p := range []string{"白凤兰", "王奶奶"} {
		open := false
		for _, call := range c.callsOf(p) {
			open = open || call.Person == p && call.Status == village.CallOpen
		}
		if !open {
			t.Errorf("%s: today's call closed", p)
		}
	}
}
