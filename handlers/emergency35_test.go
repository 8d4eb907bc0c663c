package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestNumberAskedWhereverTheAlarmLands: a villager who asks which number
// to call hears the fitting one wherever his words land — the emergency
// come back, spread to his home or to a place, his news of it (one or
// several open), his correction, a place or home it reached already —
// and one who tells it outside the group hears it with 「已经登记了」. The
// same words without the question get no number of their own.
func TestNumberAskedWhereverTheAlarmLands(t *testing.T) {
	fire := [2]string{"张三", "后山着火了 快来人"}
	for _, tc := range []struct {
		name, who, text, want string
		in                    func(c *chat, who, text string) []string
	}{
		{"come back", "陈二", "后山又着起来了 该打什么电话", grid3 + ": @李四\u2005@王五\u2005#R1 险情又起", nil},
		{"spread to a place", "陈二", "大火烧到村口了 该打什么电话", grid3 + ": @陈二\u2005火情请立即拨打119", nil},
		{"news", "陈二", "火还没灭 该打什么电话", grid3 + ": 陈二，火情请立即拨打119", nil},
		{"a cadre told privately", "王五", "三组后山着火了 该打什么电话", "王五: 这件事已经登记了：#R1", func(c *chat, who, text string) []string { return c.private(who, text) }},
		{"an officer in the office chat", "孙七", "青山村三组后山着火了 该打什么电话", "青山镇网格工作群: 这件事已经登记了：#R1",
			func(c *chat, who, text string) []string { return c.in("青山镇网格工作群", who, text) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			say := tc.in
			if say == nil {
				say = func(c *chat, who, text string) []string { return c.say(who, text) }
			}
			c := raised(t, fire)
			got := say(c, tc.who, tc.text)
			if i := indexHas(got, tc.want); i < 0 || !strings.Contains(got[i], "火情请立即拨打119") {
				t.Errorf("asked: %q, want %q holding the number", got, tc.want)
			}
			c = raised(t, fire)
			lacks(t, "not asked", say(c, tc.who, strings.Fields(tc.text)[0]), tc.who+"，火情", "@"+tc.who+"\u2005火情", "13900000004\n火情")
		})
	}
	c := raised(t, fire)
	has(t, "spread to his home: told to get out and dial 119", c.say("周八", "火烧到我家柴房了 该打什么电话"), grid3+": @周八\u2005请马上带家人离开屋子，别回去拿东西，立即拨打119")
	has(t, "his home reached already", c.say("周八", "火烧到我家柴房了 打哪个电话"), grid3+": 周八，火情请立即拨打119")
	has(t, "spread to a place", c.say("陈二", "大火烧到村口了"), dutyChat+": 【突发补充·蔓延】")
	has(t, "a place reached already", c.say("赵六", "大火烧到村口了 打哪个电话"), grid3+": 赵六，火情请立即拨打119")

	c = raised(t, [2]string{"张三", "村口有人被车撞了 流了好多血"})
	has(t, "correction: the corrected hazard's number", c.say("张三", "不是车撞的 是从房顶摔下来的 打哪个电话"),
		grid3+": 张三，已把更正记到 #R1，并转告镇应急值班。有人受伤或病危请立即拨打120")

	c = raised(t, fire, [2]string{"陈二", "村口仓库着火了 快来人"})
	has(t, "news of one of two", c.say("周八", "火还没灭 该打什么电话"), "您说的是哪一处？", "\n火情请立即拨打119")
	has(t, "a place reached by one of two", c.say("周八", "大火烧到学校了 该打什么电话"), grid3+": @周八\u2005学校的情况已报告镇应急值班。火情请立即拨打119")
}

// indexHas is the index of the first of got that begins with want, -1
// for none.
func indexHas(got []string, want string) int {
	for i, g := range got {
		if strings.HasPrefix(g, want) {
			return i
		}
	}
	return -1
}

// TestOddQuestionsOfOpenEmergency: while a fire is open in the grid, a
// villager's question about it put oddly — naming nothing else (「那边咋整
// 的」「现在啥情况了」), asking someone brought out (「人救出来没有」), or
// its hazard with 没 (「火灭了没」) — is answered with its status and passed
// on, the duty chat told once; questions of something else (「饭做好了没」
// 「那边咋走」) are not, nor any with no emergency open.
func TestOddQuestionsOfOpenEmergency(t *testing.T) {
	odd := []string{"那边咋整的", "火灭了没", "人救出来没有", "现在啥情况了"}
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	for i, q := range odd {
		got := c.say("周八", q)
		has(t, q, got, grid3+": 周八，#R1 现在「待受理」，还没有人确认接手（已通知李四、镇应急值班）", "周八问：「"+q+"」")
		if told := indexHas(got, dutyChat+": 【突发补充·询问】"); (i == 0) != (told >= 0) {
			t.Errorf("%s: duty chat told %v, want only at the first question", q, told >= 0)
		}
	}
	for _, q := range []string{"饭做好了没", "那边咋走", "你家孩子考得怎么样了", "这个咋弄", "还没有人来"} {
		lacks(t, q, c.say("陈二", q), "#R1 现在", "【突发补充")
	}
	c = newChat(t, understand.Rules{})
	for _, q := range append(odd, "那边咋走") {
		lacks(t, "none open: "+q, c.say("周八", q), "现在「", "【突发补充")
	}
}

// TestBurningOffOneList: the burnings in the open are one list
// (understand.BurnsOff): a bystander's 「没着火 是王大爷在烧麦茬」 offers the
// leader the 露天焚烧 item as 「烧稻草」 did; 「放火烧玉米秆」 is a burning to
// register (环境卫生, asked back as a plain report is), no arson alarm; run beyond (「烧到柴火垛」) it is a fire.
func TestBurningOffOneList(t *testing.T) {
	c := raised(t, [2]string{"张三", "后山着火了 快来人"})
	has(t, "stubble named by a bystander", c.say("陈二", "没着火 是王大爷在烧麦茬"), "请网格长发「上报 露天焚烧：没着火 是王大爷在烧麦茬」")
	c = newChat(t, understand.Rules{})
	got := c.say("陈二", "村口有人放火烧玉米秆")
	lacks(t, "burning off, no alarm", got, "【突发事件】")
	has(t, "burning off, a matter to register", got, "一般事项·环境卫生")
	if reps := c.reports(); len(reps) != 0 {
		t.Errorf("放火烧玉米秆 filed %d items before his 「1」, want none", len(reps))
	}
	has(t, "run beyond", c.say("周八", "烧玉米秆烧到柴火垛了 快来人"), dutyChat+": 【突发事件】")
}
