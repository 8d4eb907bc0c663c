package handlers_test

import (
	"testing"

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
