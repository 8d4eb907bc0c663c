package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCadresAsked: a question after the grid's cadres gets their names and
// phones from the roster and the township office's phone, in the group it
// was asked in (unaddressed too) or privately for the asker's own grid; a
// grid named is answered for that grid. Nobody's phone but the cadres' is
// told, nothing is registered, and the township's chats are left alone.
func TestCadresAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	const answer = "青山村三组的网格干部：\n· 网格长 李四 13900000004\n· 网格员 王五 13900000005\n· 青山镇党群服务中心/综治中心 0123-5550110\n" +
		"急事直接打电话；其他事在群里说就行"
	for _, text := range []string{"网格员的电话是多少", "我们组网格长是谁", "有事找谁", "网格员的电话是多少 有事找不到人"} {
		expect(t, text, c.say("张三", text), grid3+": @张三\u2005"+answer)
	}
	expect(t, "privately", c.private("陈二", "有事该联系谁"), "陈二: "+answer)
	got := c.say("陈二", "二组网格长是谁")
	expect(t, "another grid named", got, grid3+": @陈二\u2005青山村二组的网格干部：\n· 网格长 黄永红 13800002011\n· 网格员 杨春花 13800002021\n· 网格员 朱大勇 13800002031")
	lacks(t, "another grid named", got, "李四", "王五")
	silent(t, "a villager's phone", c.say("陈二", "张三的电话是多少"))
	silent(t, "the township's chat", c.in(officeChat, "孙七", "网格员的电话是多少"))
	c.wantReports(0, "(a question after the cadres registers nothing)")
}

// TestNeighbourQuestionIsNoFurtherQuestion: with a procedure question of
// his open, a villager's question to a neighbour ("你去镇上不", "一起去镇
// 上不") is no further question of it, though it names where the
// procedure is done: the bot stays silent; his real further question is
// still passed on.
func TestNeighbourQuestionIsNoFurtherQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "procedure", c.say("陈二", "低保怎么申请"), "【低保】怎么办")
	for _, text := range []string{"你去镇上不", "一起去镇上不", "你家里收入怎么样", "晚上打牌不", "你吃饭了没", "明天去不去镇上"} {
		silent(t, text, c.say("陈二", text))
	}
	has(t, "a further question", c.say("陈二", "低保要带啥"), "陈二就 #R1（低保怎么申请）又问：低保要带啥")
}
