package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestMissingAlarmNoReportersHome: 陈二's 「王奶奶…家里人到处找不到」 put 陈二's
// own household and its 家庭住址 in the duty post beside 王奶奶's line (「家里
// 人」 read as his own home), sending searchers to the wrong door; a
// missing person of the reporter's own household (张三's 「我家小孩」, 张明)
// keeps the household's line without a second 住址 (lead99).
func TestMissingAlarmNoReportersHome(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "王奶奶早上出去到现在没回来 家里人到处找不到")
	has(t, "her line", got, "走失的人：王奶奶（户号QS-305，电话 13900000001，不用微信，住青山村三组20号）")
	lacks(t, "the reporter's home", got, "这一户（花名册）：陈二家", "青山村三组14号")

	c = newChat(t, understand.Rules{})
	got = c.say("张三", "我家小孩不见了 到处找了")
	has(t, "his household", got, "这一户（花名册）：张三家，户号QS-301：张三（户主）、刘芳、张明\n", "走失的人：张明（户号QS-301")
	for _, line := range got {
		if n := strings.Count(line, "青山村三组12号"); strings.HasPrefix(line, dutyChat) && n != 1 {
			t.Errorf("the duty post tells the address %d times, want once:\n%s", n, line)
		}
	}
}

// TestAnswerForElderPassedOn: a leader's 答复 to what 王五 asked for 王奶奶
// (「帮王奶奶问…」, filed as hers with him as recorder: appr99) told the
// group 「王奶奶还有不清楚的，在群里接着问就行」, though she uses no WeChat;
// it asks 王五 to pass the answer on (lead99).
func TestAnswerForElderPassedOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked for her", c.say("王五", "帮王奶奶问一下 老年人优待证在哪办"), "已登记 #R1")
	got := c.say("李四", "答复 R1 村委会就能办 带身份证和一张照片")
	has(t, "the answer", got, "#R1 现在「已答复」。请王五把答复转告王奶奶，还有不清楚的在群里接着问就行。")
	lacks(t, "the answer", got, "王奶奶还有不清楚的")
}

// TestWinterJobsDone: a worker's 「R2 盐撒好了」 on the icy road was kept as
// a 进展 and he was told to send 办结 himself; winter's jobs told done
// (salt spread, snow shovelled, a pipe thawed) close the item as 「修好了」
// does and ask the reporter to confirm (lead99).
func TestWinterJobsDone(t *testing.T) {
	for _, done := range []string{"盐撒好了", "雪铲完了", "管子化开了 通水了"} {
		c := newChat(t, understand.Rules{})
		has(t, done, c.say("陈二", "村口的路结冰了 好几个人摔了"), "已登记 #R1")
		has(t, done, c.say("李四", "确认 R1"), "#R1 已受理")
		got := c.say("李四", "R1 "+done)
		has(t, done, got, "#R1 已办结", "请确认：解决了回复「满意 #R1」")
		lacks(t, done, got, "进展已记录")
	}
}
