package handlers_test

import (
	"strings"
	"testing"

	"gridbot/handlers/words"
	"gridbot/understand"
	"gridbot/village"
)

// TestCall112KinHomeNoCallOpen (call112): a worker's 「石德贵他闺女回来了 这几
// 天住家里」 between her calls (none open) is kept on a call of its own,
// closed as lapsed, not offered as a report; in the group too. Her smoke
// beside the news is no such news.
func TestCall112KinHomeNoCallOpen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = december
	got := c.private("王五", "石德贵他闺女回来了 这几天住家里")
	has(t, "private", got, "好的，知道了：石德贵他闺女回来了。已记下，石德贵之后的回访清单上会写着。回访照常。")
	lacks(t, "private", got, "我理解为", "今天这通")
	if call := c.lastCall("石德贵"); call.KinHome != "他闺女回来了" || call.Status != village.CallLapsed || call.Pending() {
		t.Errorf("石德贵's call %+v: want the news kept on a lapsed call", call)
	}
	got = c.say("王五", "王奶奶闺女昨天回来了 这几天都住家里")
	has(t, "group", got, "已记下，王奶奶之后的回访清单上会写着")
	lacks(t, "group", got, "我理解为", "回复「1」登记")
	got = c.private("王五", "白凤兰她儿子回来了 屋里有烟味")
	lacks(t, "smoke", got, "好的，知道了")
	for _, call := range c.callsOf("白凤兰") {
		if call.KinHome != "" {
			t.Errorf("白凤兰's call %+v: smoke is no homecoming", call)
		}
	}
}

// TestCall112HowLongAsked (call112): 「寒潮要持续几天」 under the cold-wave
// notice is a question about it, passed to the worker (it was met with
// silence); 「这几天寒潮太冷了」 is not; a notice that names its days
// answers it itself.
func TestCall112HowLongAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("孙七", "通知 明天起有寒潮，最低气温零下12度，请各网格提醒独居老人注意取暖，防止煤气中毒，水管做好防冻")
	for _, q := range []string{"寒潮要持续几天", "这次寒潮要持续几天啊"} {
		has(t, q, c.say("陈二", q), "是通知 #N1 的事，已转给网格员王五")
	}
	lacks(t, "talk", c.say("陈二", "这几天寒潮太冷了"), "通知提问", "已转给")
	got := c.say("陈二", "寒潮哪天来")
	has(t, "day", got, "通知 #N1 写的是")
}

// TestCall112GroupCoalHint (call112): a villager's smoke in the group is
// told the coal-fumes line, not the gas valve's, in the question and the
// item filed.
func TestCall112GroupCoalHint(t *testing.T) {
	for _, text := range []string{"屋里有点煤气味 炉子的", "烟囱堵了 屋里有烟味"} {
		h := understand.Caution(understand.Hear(text))
		hint := words.TextHint(h, text)
		if strings.Contains(hint, "阀门") {
			t.Errorf("%q (%s): hint %q names a valve", text, h, hint)
		}
	}
	if hint := words.TextHint(village.HazardGas, "厨房煤气罐漏气了 一股煤气味"); !strings.Contains(hint, "阀") {
		t.Errorf("a gas tank's hint %q: want the valve", hint)
	}
}

// TestCall112SonTakesHer (call112): her son's own 「我妈腊月二十五我接去城里
// 过年 正月十五以后回来」 and 「腊月二十八我接我妈去城里过年」 are a stay
// told ahead (both were met with silence: the taker was 我).
func TestCall112SonTakesHer(t *testing.T) {
	for _, text := range []string{"我妈腊月二十五我接去城里过年 正月十五以后回来", "腊月二十八我接我妈去城里过年 正月初六回来"} {
		c := newChat(t, understand.Rules{})
		c.now = december
		got := c.say("金大海", text)
		has(t, text, got, "已记下白凤兰", "起不在家", "已告诉王五")
	}
}
