package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestDeskAmountAsked (und89): an amount asked of a desk's matter (land
// taken, a house pulled down) hears that the desk says how much, not
// 「要什么条件和材料以他们说的为准」; the leader is asked to learn how much.
// A guide's procedure with no amount line names the guide's gap.
func TestDeskAmountAsked(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)
	for _, q := range []string{"房子拆迁的话 能补多少钱", "征地一亩补多少", "征地补偿标准是多少"} {
		got := c.say("周八", q)
		has(t, q, got, "已登记", "能拿到多少、按什么标准算，办事指南里没有写，一般找镇国土所（自然资源所）问，以他们说的为准",
			"向镇国土所（自然资源所）问清楚能拿到多少")
		lacks(t, q+": not what it takes", got, "要什么条件和材料")
	}
	got := c.say("赵六", "拆迁要什么手续")
	has(t, "not an amount: what it takes", got, "要什么条件和材料以他们说的为准")
	got = c.say("陈二", "危房改造能补多少钱")
	has(t, "guide without amount", got, "【危房改造】多少钱指南里没有写", "去哪办：")
}

// TestOwnOtherThingSameCategoryNotAsked (und89): 张三's 「村口那段路的路灯
// 不亮了」 beside his open 「村口那段路结冰了」, both 道路交通 and sharing
// 村口那段路, is his second matter: filed, not taken or asked as the ice
// again (ownRepeat now reads words.OtherThings as dup84/dup88 do).
func TestOwnOtherThingSameCategoryNotAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	g := "青山村三组网格群"
	has(t, "filed", c.in(g, "张三", "上报 村口那段路结冰了 好几个人摔了"), "已登记 #R1")
	out := strings.Join(c.in(g, "张三", "村口那段路的路灯不亮了 晚上黑乎乎的"), "\n")
	if strings.Contains(out, "#R1") || strings.Contains(out, "同一件事") || !strings.Contains(out, "已登记 #R2") {
		t.Fatalf("lamp beside his ice: %q", out)
	}
}

// TestWagesRemedyAsked (und89): wages owed told with whether he may go
// somewhere for them (「能不能找镇上劳动保障所帮着要」) is his 欠薪, filed with
// the desk and 12333, not a question left unanswered (it was silent).
func TestWagesRemedyAsked(t *testing.T) {
	_, reader := exampleReader(t)
	c := newChat(t, reader)
	got := c.say("陈二", "在外面打工老板不给工资 能不能找镇上劳动保障所帮着要")
	has(t, "wages owed", got, "已登记", "劳动保障所", "12333")
}
