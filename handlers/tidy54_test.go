package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// twoAskedOf is a chat where the lamp (#R1) and the rubbish station (#R2)
// went up to the township and 孙七 asked the grid about each: in its
// group (问网格 #R 问题) when open, else privately (#R 问题 in the
// office's chat).
func twoAskedOf(t *testing.T, open bool) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
	c.sentUp("陈二", "上报 垃圾站满了没人拉", "#R2", "垃圾车归镇里")
	verb := ""
	if open {
		verb = "问网格 "
	}
	has(t, "R1 asked", c.office(verb+"#R1 电工联系上了吗？"), "【镇里问】")
	has(t, "R2 asked", c.office(verb+"#R2 垃圾拉走了吗？"), "【镇里问】")
	return c
}

// TestPlainAnswerAmongTwoTownshipQuestions: the leader's plain private
// answer naming no thing (「明天找人来弄」) while two township questions
// wait on him, asked in the group or privately, is asked which item it
// answers, naming both and how to send it; nothing is filed, both wait.
func TestPlainAnswerAmongTwoTownshipQuestions(t *testing.T) {
	for _, open := range []bool{true, false} {
		for _, words := range []string{"明天找人来弄", "已经在弄了"} {
			c := twoAskedOf(t, open)
			got := c.private("李四", words)
			has(t, words, got, "等您回复的有这几件", "#R1", "#R2", "「答复 #R1 "+words+"」")
			if open {
				lacks(t, words, got, "私信等您")
			}
			c.wantReports(2, "(nothing filed)")
			for _, rep := range c.reports() {
				if _, ok := rep.OpenAsk(); !ok {
					t.Errorf("%v %s: #%s's question counts as answered", open, words, rep.ID)
				}
			}
		}
	}
}

// TestPlainAnswerToOneOpenTownshipQuestion: one question asked in the
// group (问网格) waiting: his plain private answer is its 进展, heard by
// the township's chat, not a new item.
func TestPlainAnswerToOneOpenTownshipQuestion(t *testing.T) {
	for _, words := range []string{"明天找人来弄", "联系上了 明天上午来"} {
		c := newChat(t, understand.Rules{})
		c.sentUp("张三", "上报 村口路灯坏了好几天了", "#R1", "村里没有电工")
		c.office("问网格 #R1 电工联系上了吗？")
		got := c.private("李四", words)
		has(t, words, got, officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问："+words)
		c.wantReports(1, "(nothing filed)")
	}
	// privately asked, a plan naming nothing of the lamp's answers it too
	c := lampAskedOfLeader(t)
	has(t, "aside", c.private("李四", "明天找人来弄"), officeChat+": 【青山村三组】#R1（一般事项）李四答复孙七的提问：明天找人来弄")
	c.wantReports(1, "(nothing filed)")
}
