package handlers_test

import (
	"fmt"
	"testing"
	"time"

	"gridbot/understand"
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
