package handlers_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestWaitNewsOfAnOldItemInABusyGrid: news of what a paused item waits
// for reaches its handlers however many items the grid opened since: an
// item older than the newest fifty is still his.
func TestWaitNewsOfAnOldItemInABusyGrid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 调解 隔壁张老五家的猪圈占了我家的地，说了不听")
	c.say("李四", "确认 #R1")
	c.say("李四", "等待 #R1 等张老五回来再谈")
	for i := range 55 {
		if i%9 == 0 {
			c.now = c.now.Add(time.Hour) // no flood
		}
		expect(t, "filed", c.say("张三", fmt.Sprintf("上报 %d号路灯坏了", i+1)), fmt.Sprintf("%s: 已登记 #R%d", grid3, i+2))
	}
	expect(t, "news", c.say("陈二", "张老五昨晚回来了"), grid3+": @陈二\u2005收到，已转告负责人李四、郑十", "李四: 【等待的事有消息】#R1", "郑十: 【等待的事有消息】#R1")
}

// TestLeaderAnswersWaitNews: the leader told privately that what a paused
// item waited for has come answers the bot in his words, "好的 下午找人去
// 挖": quoting that message or not, it is the item's 进展 (the clock runs
// again), not silence nor a new report of his.
func TestLeaderAnswersWaitNews(t *testing.T) {
	for _, quoted := range []bool{false, true} {
		c := newChat(t, understand.Rules{})
		expect(t, "report", c.say("陈二", "上报 我家后面那个水沟堵了 一下雨就淹到院子里"), "已登记 #R1")
		expect(t, "taken on", c.say("李四", "确认 #R1"), grid3+": #R1 已受理")
		expect(t, "paused", c.say("李四", "等待 #R1 等陈二家里人同意"), grid3+": #R1 已暂停计时")
		c.now = c.now.Add(4 * 24 * time.Hour)
		got := c.say("陈二", "水沟那个事 我家里人同意了 可以挖了")
		expect(t, "the news", got, grid3+": @陈二\u2005收到，已转告负责人李四", "李四: 【等待的事有消息】#R1")
		text := "好的 下午找人去挖"
		if quoted {
			text = "「网格小助手：" + strings.TrimPrefix(got[1], "李四: ") + "」\n- - - - - - - - - - - - - - -\n" + text
		}
		expect(t, fmt.Sprintf("his answer, quoted %v", quoted), c.private("李四", text), "李四: 按您说的，#R1 进展已记录", grid3+": 按李四的话，#R1 进展已记录：下午找人去挖")
		if r := c.reports()[0]; r.Status == village.StatusWaiting || len(c.reports()) != 1 {
			t.Errorf("quoted %v: R1 %s, %d reports", quoted, r.Status, len(c.reports()))
		}
	}
}
