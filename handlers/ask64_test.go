package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestChatQuestionToTheBotGoesToTheLeader: 「过年放几天假」, which the
// reader takes for chat, said to the bot (@ or privately) got the menu,
// and 「村里有没有招工的」 the offer to register it. Each is a plain
// question the bot cannot answer: it goes to the leader as other such
// questions do. A ping, a remark in question words and a question put to
// a neighbour still do not.
func TestChatQuestionToTheBotGoesToTheLeader(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "@网格小助手\u2005过年放几天假")
	has(t, "group", got, "这个我答不了，已转问网格长李四（#R1）", "李四: 【村民提问】张三在青山村三组网格群问我（#R1）：过年放几天假")
	lacks(t, "group: no menu", got, "可以这样用")
	got = c.private("陈二", "村里有没有招工的")
	has(t, "private", got, "这个我答不了，已转问网格长李四（#R2）", "李四: 【村民提问】陈二私信问我（#R2）：村里有没有招工的")
	lacks(t, "private: no offer", got, "回复「1」登记")
	for _, chat := range []string{"在吗", "今年冬天咋这么冷 冻得手都伸不出来", "明天去镇上不", "你叫什么名字"} {
		lacks(t, chat, c.private("陈二", chat), "这个我答不了", "【村民提问】")
	}
	if n := len(c.reports()); n != 2 {
		t.Fatalf("reports = %d; want 2", n)
	}
}

// TestNewTopicAfterTheGuideIsItsOwn: after the 医保 guide (done at the
// 村委会), 「村委会几点上班」 was taken for a further question of the 医保
// item by the office both name. An office is no topic: the question goes
// to the leader on its own. Said as asking on (「那村委会几点上班」), or
// sharing the matter's words (「医保要带户口本原件吗」), it is still the
// item's.
func TestNewTopicAfterTheGuideIsItsOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "guide", c.say("张三", "@网格小助手\u2005医保怎么办"), "已登记 #R1", "【城乡居民医保】怎么办")
	got := c.say("张三", "@网格小助手\u2005村委会几点上班")
	has(t, "own question", got, "这个我答不了，已转问网格长李四（#R2）", "【村民提问】张三在青山村三组网格群问我（#R2）：村委会几点上班")
	lacks(t, "not R1's", got, "就 #R1")
	has(t, "same topic", c.say("张三", "@网格小助手\u2005医保缴费要带户口本原件吗"), "就 #R1（医保怎么办）又问")
	has(t, "guide again", c.say("陈二", "@网格小助手\u2005医保怎么办"), "已登记 #R3")
	has(t, "asked on", c.say("陈二", "@网格小助手\u2005那村委会几点上班"), "就 #R3（医保怎么办）又问：那村委会几点上班")
	if n := len(c.reports()); n != 3 {
		t.Fatalf("reports = %d; want 3", n)
	}
}

// TestVillagersWordsOfSchemes: questions in villagers' words. 「俺家低保咋还
// 没批下来」 got the how-to-apply guide: it chases an application made
// (办事咨询·催办). 「我家的耕地补贴没收到是咋回事」 got the 耕地补贴 guide:
// his household's record goes to the leader. 「医宝怎么交」 (a voice slip)
// got nothing of 医保: it gets its guide.
func TestVillagersWordsOfSchemes(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "俺家低保咋还没批下来")
	has(t, "chase", got, "已登记 #R1（办事咨询·催办）", "您已经申请了")
	lacks(t, "chase: no how-to", got, "【低保】怎么办")
	got = c.say("张三", "@网格小助手\u2005我家的耕地补贴没收到是咋回事")
	has(t, "own record", got, "这个我答不了，已转问网格长李四（#R2）", "【村民提问】张三在青山村三组网格群问我（#R2）：我家的耕地补贴没收到是咋回事")
	lacks(t, "own record: no guide", got, "怎么办：")
	has(t, "typo", c.private("陈二", "医宝怎么交"), "【城乡居民医保】怎么办：")
}

// TestBenchChatQuestionIsForwarded: the question BenchmarkChatQuestionToTheBot
// measures is forwarded, as the benchmark means.
func TestBenchChatQuestionIsForwarded(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "forwarded", c.say("张三", "@网格小助手\u2005镇上第1个厂有没有招工的"), "这个我答不了，已转问网格长李四（#R1）")
	has(t, "again", c.say("张三", "@网格小助手\u2005镇上第2个厂有没有招工的"), "（#R2）")
}
