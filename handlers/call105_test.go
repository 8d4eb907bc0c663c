package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// askQuoted is the 【老人问】 the test's leader got among out.
func askQuoted(t *testing.T, out []string) string {
	t.Helper()
	for _, s := range out {
		if _, q, ok := strings.Cut(s, "李四: "); ok && strings.HasPrefix(q, "【老人问】") {
			return q
		}
	}
	t.Fatalf("no 【老人问】 to 李四 in %q", out)
	return ""
}

// TestCall105ElderAskAnswered (call105): a leader could not mark an
// elder's question answered (so it could not be chased). Now his reply
// quoting the 【老人问】 goes to the worker to pass on, and the question
// is answered; 「已答复」 says he told her; a put-off leaves it open.
func TestCall105ElderAskAnswered(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	ask := askQuoted(t, c.private("王五", "回访 王奶奶 已通 身体挺好 她问今年过年有没有慰问品"))
	if !strings.Contains(ask, "请引用这条消息回复答复的内容") {
		t.Errorf("the 【老人问】 says not how to answer: %s", ask)
	}
	quoting := func(text string) []string {
		c.now = c.now.Add(time.Hour)
		return c.send(bot.Message{Private: true, From: "李四", Text: text, Quote: &bot.Quote{Name: "网格小助手", Text: ask}})
	}
	got := quoting("我问问镇里")
	has(t, "later", got, "李四: 好的，王奶奶问的「今年过年有没有慰问品」先记着没答复")
	lacks(t, "later", got, "王五:")
	if c.lastCall("王奶奶").AnsweredAt.IsZero() == false {
		t.Errorf("a put-off answers it")
	}
	got = quoting("有的，腊月二十前村里给每户送米面油")
	has(t, "answer", got, "李四: 好的，已转给王五，由王五转告王奶奶。",
		"王五: 【老人问·答复】李四答复王奶奶问的「今年过年有没有慰问品」：「有的，腊月二十前村里给每户送米面油」。请转告王奶奶")
	if call := c.lastCall("王奶奶"); call.AnsweredBy != "李四" || !strings.Contains(call.Note, "李四答复") {
		t.Errorf("the call does not keep the answer: %+v", call)
	}
	has(t, "again", quoting("已答复"), "李四: 王奶奶问的「今年过年有没有慰问品」李四", "已经答复过了")
	// told her himself
	c.now = c.now.Add(24 * time.Hour)
	ask = askQuoted(t, c.private("王五", "回访 石德贵 已通 他问今年村里还发不发对联"))
	has(t, "self", quoting("我打电话跟他说了"), "李四: 好的，已记下您答复了石德贵的问题，也告诉了王五。",
		"王五: 【老人问·答复】李四已直接答复了石德贵问的「今年村里还发不发对联」，不用再转告。")
}

// TestCall105LunarDayBack (call105): 「腊月二十回来」 paused her calls a
// week; now till that day, said with its lunar name, for a worker's note
// too, and 「腊月二十回来过年」 is the 20th, not 小年.
func TestCall105LunarDayBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "kin", c.say("金大海", "我妈去我姐家住了 腊月二十回来 电话先别打了"), "1月27日（腊月二十）起再打")
	has(t, "back", c.say("金大海", "我妈回来了"), "欢迎白凤兰回家")
	c.now = c.now.Add(time.Hour)
	has(t, "for the festival", c.say("金大海", "我妈去城里我弟那了 腊月二十六回来过年"), "2月2日（腊月二十六）起再打")
	c.now = c.now.Add(time.Hour)
	has(t, "worker", c.private("王五", "回访 王奶奶 已通 她去她闺女家了 住到正月初六再回来"),
		"2月11日（正月初六）起再提醒您打")
}

// TestCall105BothBackOneLine (call105): 「我爸妈回来了」 gave the group
// one line an elder, and their phoner one message each; now one of each.
func TestCall105BothBackOneLine(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	has(t, "away", c.send(bot.Message{Chat: grid1, From: "冯春生", Text: "我爸我妈都去我姐家了 过完年回来"}), "已记下冯德才、许凤英不在家")
	c.now = c.now.Add(2 * 24 * time.Hour)
	got := c.send(bot.Message{Chat: grid1, From: "冯春生", Text: "我爸妈回来了"})
	has(t, "back", got, grid1+": 好的，欢迎冯德才、许凤英回家。已告诉何志强，回访电话恢复",
		"何志强: 【回访恢复】冯春生说：「我爸妈回来了」。冯德才、许凤英的例行回访恢复")
	if n := len(got); n != 2 {
		t.Errorf("%d messages, want 2: %q", n, got)
	}
}
