package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestAnswerInGroupNamesTheAsker: the leader's 「答复 #R1 …」 to a question
// forwarded from the group (said there, privately, or by quoting the
// 【村民提问】 note) is posted @-naming the asker and repeating, short,
// what he asked; a question asked privately is still answered privately.
func TestAnswerInGroupNamesTheAsker(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "@网格小助手\u2005村里什么时候发过年的米"), "已转问网格长李四（#R1）")
	got := c.say("李四", "答复 #R1 腊月二十在村委会发")
	has(t, "asker named", got, grid3+": @张三\u2005您问的「村里什么时候发过年的米」：腊月二十在村委会发")
	has(t, "privately answered, group post", c.say("陈二", "@网格小助手\u2005今年村里分红有多少"), "（#R2）")
	got = c.private("李四", "答复 #R2 每人八百")
	has(t, "asker named from afar", got, grid3+": @陈二\u2005您问的「今年村里分红有多少」：每人八百（李四）")
	has(t, "third", c.say("张三", "@网格小助手\u2005村里的垃圾车哪天来"), "（#R3）")
	got = c.send(bot.Message{Private: true, From: "李四", Text: "每周二、五早上",
		Quote: &bot.Quote{Name: "网格小助手", Text: "【村民提问】张三在青山村三组网格群问我（#R3）：村里的垃圾车哪天来"}})
	has(t, "quoted note", got, grid3+": @张三\u2005您问的「村里的垃圾车哪天来」：每周二、五早上")
	has(t, "private ask", c.private("陈二", "镇上哪天有集"), "（#R4）")
	got = c.private("李四", "答复 #R4 每月逢五逢十")
	has(t, "private answer", got, "陈二: ", "每月逢五逢十")
	lacks(t, "not in the group", got, grid3+": ", "您问的")
}
