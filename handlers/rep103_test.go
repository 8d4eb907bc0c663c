package handlers_test

import (
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/understand"
)

// TestRubbishPoolSmellsMergedThenTakenOn: 周八's 「垃圾池那边臭死了」 after
// 张三's full pool read 臭 as another thing and was offered as a new item
// (rep102's leftover); it is asked as the same matter now. Merged by his
// 「是」, he is named with 张三 when 李四 takes the item on: he was told
// nothing until it was done (rep103).
func TestRubbishPoolSmellsMergedThenTakenOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "first", c.say("张三", "村东头垃圾池满了好几天没人拉，都堆到路上了"), "已登记 #R1")
	has(t, "again", c.say("周八", "垃圾池那边臭死了，快过年了谁来管管"), "#R1", "是同一件事吗")
	has(t, "merged", c.say("周八", "是"), "已合并")
	has(t, "taken on", c.say("李四", "确认 #R1"), "已受理", "张三、周八，办好后会告诉各位")
	c.wantReports(1, "")
}

// TestWorkerSickInGroupNamesHisItems: 王五's 「不好意思，我这两天发烧住院了，
// 手上的事办不了」 in his group had no reply (rep102's leftover). The group
// hears who has his calls and his item (no elder's phone in it), 李四 hears
// privately with the phones and the item, in one commit; 「我回来了」 is
// still his to say privately.
func TestWorkerSickInGroupNamesHisItems(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.private("王五", "回访 王奶奶 未接通")
	c.say("张三", "上报 我家门口水管冻裂了，水喷了一地")
	c.say("李四", "确认 #R1")
	c.say("李四", "指派 #R1 王五")
	got := c.costs(t, 1, "away in the group (his open calls and the grid's items as this process follows them, one commit)",
		bot.Message{Chat: grid3, From: "王五", Text: "不好意思，我这两天发烧住院了，手上的事办不了"})
	has(t, "group told", got, "王五，您先养好身体。", "您负责的回访电话由李四代打，您手上的事项（#R1）由李四代管，催办发给李四；大家这几天有事请找李四。")
	has(t, "leader told", got, "李四: 【网格员打不了电话】王五在群里说", "王五手上的事项：#R1（", "这些事项的催办发给您")
	for _, line := range got {
		if !strings.HasPrefix(line, "李四:") && strings.Contains(line, "1390000") {
			t.Errorf("an elder's phone outside 李四's private text: %q", line)
		}
	}
	lacks(t, "a villager's illness is no absence", c.say("张三", "我这两天发烧住院了"), "代管")
}

// TestLeaderSaysPoolCleared: 李四, handling the merged rubbish pool, says
// 「垃圾池清完了」 in the group: it had no reply. It is offered as the
// item's 办结 as 「清理完了」 is (rep103).
func TestLeaderSaysPoolCleared(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村东头垃圾池满了好几天没人拉，都堆到路上了")
	c.say("李四", "确认 #R1")
	got := c.say("李四", "垃圾池清完了")
	has(t, "done offered", got, "#R1", "办结")
}
