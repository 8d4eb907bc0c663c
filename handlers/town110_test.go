package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestOfficerAsksRoads: 「各村路上结冰的有几处」 and 「哪些路还没通」 in the
// office chat were silent, with an @ the menu (town110). They list the
// open road items iced over or shut, not a lamp, not one closed.
func TestOfficerAsksRoads(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "no ice", c.in(officeChat, "孙七", "各村路上结冰的有几处"), "全镇目前没有登记在办的路面结冰事项。路上结冰的，请网格在网格群里反映")
	has(t, "none shut", c.in(officeChat, "孙七", "哪些路还没通"), "全镇目前没有登记在办的道路不通（雪封、车进不去）事项。")
	c.say("张三", "村口到小学那段下坡路结冰了，早上好几个人骑车滑倒，能不能撒点盐")
	c.say("陈二", "后山那条路被雪封了 到现在还没通 老人要去镇上看病出不去")
	c.say("陈二", "村口的路灯坏了 晚上黑乎乎的")
	c.say("张三", "学校门口那段路结冰了 很滑")
	c.say("李四", "办结 #R3 已经撒了炉灰") // filed at once since town111 (那段路 places it)
	for _, q := range []string{"各村路上结冰的有几处", "@网格小助手 哪些路还结着冰", "结冰的路有哪些？"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "路面结冰还没办完的 1 件：\n#R1 青山村三组 村口到小学那段下坡路结冰了", "要催网格，回「#R1 抓紧处理」")
		lacks(t, q, got, "#R2", "#R3", "#R4")
	}
	for _, q := range []string{"哪些路还没通", "年底了，各村的路都通了没有"} {
		got := c.in(officeChat, "孙七", q)
		has(t, q, got, "道路不通（雪封、车进不去）还没办完的 1 件：\n#R2 青山村三组 后山那条路被雪封了")
		lacks(t, q, got, "#R1", "#R3", "#R4")
	}
	silent(t, "told, not asked", c.in(officeChat, "孙七", "后山那条路还没通"))
}

// TestDangersAskedNameEveryAlarm: a danger that came true twice in a day
// named only the newest alarm in 「安全隐患有哪些」 (town110); it names both.
func TestDangersAskedNameEveryAlarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "老刘家那间土坯房墙裂了好大一道缝 雪再下怕是要塌")
	c.say("李四", "确认 #R1")
	c.now = c.now.Add(3 * time.Hour)
	c.say("陈二", "老刘家的土坯房墙塌了一块 砸到院里的羊了 人没事")
	c.now = c.now.Add(4 * time.Hour)
	c.say("张三", "老刘家房子塌了 老刘还在里面 快来人")
	got := c.in(officeChat, "孙七", "安全隐患有哪些")
	has(t, "both", got, "已出险情 2 次：#R2（", "、#R3（")
}
