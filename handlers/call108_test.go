package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestCall108MealIsNoStay (call108): 「明天去她闺女家吃饭」 in a call note
// is a meal, no stay (it paused her calls a week from tomorrow); a stay
// said beside it still is.
func TestCall108MealIsNoStay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	got := c.private("王五", "回访 白凤兰 已通 身体挺好 明天去她闺女家吃饭")
	lacks(t, "meal", got, "不在家", "先停")
	if call := c.lastCall("白凤兰"); !call.AwayUntil.IsZero() {
		t.Errorf("a meal out paused her calls: %+v", call)
	}
	got = c.private("王五", "回访 石德贵 已通 明天去他闺女家吃饭 住几天再回来")
	has(t, "meal and a stay", got, "不在家")
}

// TestCall108AnswerTakenBack (call108): a leader's 「不是」 after his
// unnamed words were taken for an elder's answer reopens her question,
// tells the worker not to pass it on, and the same words said again are
// offered as a report, not taken again.
func TestCall108AnswerTakenBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	askQuoted(t, c.private("王五", "回访 石德贵 已通 身体还行 他问今年过年村里有没有慰问品"))
	c.now = c.now.Add(time.Hour)
	has(t, "taken", c.private("李四", "有的 腊月二十前送到家"), "（不是的话回复「不是」）")
	c.now = c.now.Add(5 * time.Minute)
	got := c.private("李四", "不是")
	has(t, "undone", got, "李四: 好的，已撤回：「有的 腊月二十前送到家」不算石德贵问的「今年过年村里有没有慰问品」的答复，已告诉王五不用转告",
		"王五: 【老人问·答复撤回】李四说刚才那句「有的 腊月二十前送到家」不是石德贵问的")
	call := c.lastCall("石德贵")
	if call.AnsweredBy != "" || !call.AskOpen() || call.AnswerUndone.IsZero() {
		t.Errorf("the question is not open again: %+v", call)
	}
	c.now = c.now.Add(time.Minute)
	got = c.private("李四", "有的 腊月二十前送到家")
	lacks(t, "again", got, "老人问·答复", "已撤回")
	// a second 「不是」: nothing kept to take back
	c.private("李四", "2")
	lacks(t, "nothing waits", c.private("李四", "不是"), "已撤回", "答复撤回")
}

// TestCall108BackEndsTheStayOn (call108): 「我妈回来了」 ends the stay she
// is on, and the stay told for the festival stays kept.
func TestCall108BackEndsTheStayOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	c.say("金大海", "我妈去我姐家住了 12月15号回来")
	c.now = c.now.Add(time.Hour)
	has(t, "second", c.say("金大海", "腊月二十八我儿子接我妈去城里过年 正月初六回来"),
		"已记下白凤兰2月4日（腊月二十八）起不在家", "之前说的12月8日起不在家、12月15日回来，也照旧记着")
	c.now = c.now.Add(48 * time.Hour)
	has(t, "back", c.say("金大海", "我妈回来了"), "欢迎白凤兰回家")
	call := c.lastCall("白凤兰")
	if call.AwayFrom.Format("01-02") != "02-04" || call.AwayUntil.Format("01-02") != "02-11" {
		t.Errorf("the festival stay was ended by her coming back from her daughter's: %+v", call)
	}
}
