package handlers_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
	"gridbot/village"
)

// callee66 is an elder without WeChat of the example village and the
// worker who phones her.
type callee66 struct{ grid, house, phone, worker, workerHouse string }

var callees66 = map[string]callee66{
	"王奶奶": {"三组", "QS-305", "13900000001", "王五", "QS-304"},
	"石德贵": {"三组", "QS-309", "13900000031", "王五", "QS-304"},
	"白凤兰": {"三组", "QS-311", "13900000053", "王五", "QS-304"},
	"高秀英": {"一组", "QS-104", "13800001041", "马红梅", "QS-102"},
	"徐玉珍": {"一组", "QS-105", "13800001054", "何志强", "QS-103"},
	"冯德才": {"一组", "QS-107", "13800001071", "何志强", "QS-103"},
	"许凤英": {"一组", "QS-107", "13800001072", "何志强", "QS-103"},
}

// callDoc66 is the open call task to person, sent to her worker at
// when, as his morning list does.
func callDoc66(tb testing.TB, person string, when time.Time) storage.Doc {
	tb.Helper()
	p := callees66[person]
	c := village.Call{Village: "青山村", Grid: p.grid, Person: person, PersonKey: "青山村/" + p.house + "/" + person, Phone: p.phone,
		Worker: p.worker, WorkerKey: "青山村/" + p.workerHouse + "/" + p.worker, Topic: "例行问候", Status: village.CallOpen}
	c.Due, c.RemindedAt = when, when
	d, err := storage.CallDoc(c)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// listed gives persons open call tasks their workers were sent this
// morning (their list).
func (c *chat) listed(persons ...string) {
	c.t.Helper()
	for _, p := range persons {
		if _, err := c.st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: "list-" + p + c.now.String(),
			Docs: []storage.Doc{callDoc66(c.t, p, at)}}); err != nil {
			c.t.Fatal(err)
		}
	}
}

// TestCallHeardOnHisList: a worker tells privately how an elder on his
// list is, with no 回访 and no outcome word: her call is reached with his
// words as its note; a complaint files an item as a 回访 does; a message
// of several logs each; a name one character off is answered with the log
// it means, nothing recorded. It costs what the same 回访 costs.
func TestCallHeardOnHisList(t *testing.T) {
	for _, tc := range []struct {
		name, from, text string
		want             []string
		not              []string
		note             string // the note kept on 白凤兰's call
	}{
		{"well", "王五", "白凤兰挺好的", []string{"王五: 已记录：白凤兰 已通"}, []string{"已登记"}, "挺好的"},
		{"cough", "王五", "白凤兰身体还行 就是有点咳嗽", []string{"王五: 已记录：白凤兰 已通", "「有点咳嗽」已登记 #R1", "李四: 【私信反映】白凤兰（王五代报）反映 #R1"}, nil, "身体还行"},
		{"over there", "王五", "白凤兰那边没事", []string{"王五: 已记录：白凤兰 已通"}, []string{"已登记"}, "那边没事"},
		{"chatted", "王五", "跟白凤兰聊了一会 都好", []string{"王五: 已记录：白凤兰 已通"}, []string{"已登记", "我理解为"}, "都好"},
		// nobody said she was reached: her stay, not 已通 (notice72)
		{"away", "王五", "白凤兰去她女儿家了 下周回", []string{"王五: 已记录：白凤兰 不在家"}, []string{"已登记", "我理解为", "已通"}, "下周回"},
		{"bare", "王五", "白凤兰 好", []string{"王五: 已记录：白凤兰 已通"}, []string{"我是网格小助手"}, "好"},
		{"several", "王五", "王奶奶好 石德贵没接 白凤兰挺好", []string{"王五: 已记录：王奶奶 已通", "王五: 已记录：石德贵 未接通（第 1 次）",
			"王五: 已记录：白凤兰 已通"}, []string{"我理解为"}, "挺好"},
		{"mistyped", "王五", "白风兰挺好的", []string{"您说的是白凤兰吗？是的话请发：回访 白凤兰 已通 挺好的"}, []string{"已记录", "我是网格小助手"}, ""},
		{"one group's own", "马红梅", "高秀英身体还行 就是腰有点疼", []string{"马红梅: 已记录：高秀英 已通", "刘建国: 【私信反映】高秀英（马红梅代报）反映 #R1"}, nil, ""},
		{"one group's several", "何志强", "徐玉珍好 冯德才没接 许凤英挺好", []string{"何志强: 已记录：徐玉珍 已通", "何志强: 已记录：冯德才 未接通",
			"何志强: 已记录：许凤英 已通"}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			c.listed("王奶奶", "石德贵", "白凤兰", "高秀英", "徐玉珍", "冯德才", "许凤英")
			c.private(tc.from, "回访")               // his list: what a process follows is read
			twin := newChat(t, understand.Rules{}) // the same call logged with 回访: what it costs
			twin.listed("白凤兰")
			twin.private("王五", "回访")
			base, _ := twin.counted(bot.Message{Private: true, From: "王五", Text: "回访 白凤兰 已通 挺好"})
			trips, got := c.counted(bot.Message{Private: true, From: tc.from, Text: tc.text})
			has(t, tc.text, got, tc.want...)
			lacks(t, tc.text, got, tc.not...)
			if calls := c.callsOf("白凤兰"); tc.note != "" && (len(calls) != 1 || !strings.Contains(calls[0].Note, tc.note)) {
				t.Errorf("%s: 白凤兰's calls %+v, want one noting %q", tc.text, calls, tc.note)
			}
			if len(tc.want) == 1 && trips > base {
				t.Errorf("%s: %d round trips, want %d as its 回访", tc.text, trips, base)
			}
		})
	}
}

// TestCallHeardNotACall: news of an elder that is no call note is not
// logged as one: a question about her (her 低保), her home's roof, a
// note of one not on the sender's list (another worker's, or none sent
// yet); the same name with how she is, on his list, is (the other way).
func TestCallHeardNotACall(t *testing.T) {
	for _, tc := range []struct {
		name, from, text string
		list             bool
		other            string // who may log it
	}{
		{"a question", "王五", "白凤兰的低保下来了没", true, "王五"},
		{"asked how", "王五", "白凤兰最近身体怎么样", true, "王五"},
		{"her roof", "王五", "白凤兰家屋顶漏雨了", true, "王五"},
		{"no list sent", "王五", "白凤兰挺好的", false, ""},
		{"another worker's", "马红梅", "徐玉珍挺好的", true, "何志强"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newChat(t, understand.Rules{})
			if tc.list {
				c.listed("白凤兰", "徐玉珍")
			}
			got := c.private(tc.from, tc.text)
			lacks(t, tc.text, got, "已记录")
			if calls := append(c.callsOf("白凤兰"), c.callsOf("徐玉珍")...); len(calls) != 2 && tc.list || !tc.list && len(calls) != 0 {
				t.Errorf("%s: calls %+v, want the listed ones still open", tc.text, calls)
			}
			for _, k := range c.callsOf("白凤兰") {
				if k.Outcome != "" {
					t.Errorf("%s: 白凤兰's call logged %+v", tc.text, k)
				}
			}
			if tc.other != "" {
				has(t, "the other way", c.private(tc.other, tc.text[:len("白凤兰")]+"挺好的"), "已记录")
			}
		})
	}
}

// TestCallHeardInTheGroup: the same note typed in the grid group by
// mistake is his call all the same, answered where he wrote it as his
// 回访 there is (the reply names no note); asked there, it is none.
func TestCallHeardInTheGroup(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.listed("白凤兰", "徐玉珍")
	lacks(t, "asked", c.say("王五", "白凤兰最近还好吗"), "已记录")
	got := c.say("王五", "白凤兰挺好的")
	expect(t, "told", got, "青山村三组网格群: 已记录：白凤兰 已通")
	got = c.in("青山村一组网格群", "何志强", "跟徐玉珍聊了一会 都好")
	has(t, "一组", got, "已记录：徐玉珍 已通")
}

// TestCallHeardAgainSameDay: a second note of her the day her call got
// through is more of it, not the help text.
func TestCallHeardAgainSameDay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.listed("白凤兰")
	has(t, "first", c.private("王五", "白凤兰挺好的"), "已记录：白凤兰 已通")
	got := c.private("王五", "白凤兰身体还行 就是有点咳嗽")
	has(t, "again", got, "「有点咳嗽」已登记 #R1")
	lacks(t, "again", got, "我是网格小助手", "我理解为")
}

// TestCallHeardOthersCallToday: the grid leader's 「白凤兰挺好的」 after
// 王五 reached her today is not logged as a call of his.
func TestCallHeardOthersCallToday(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.listed("白凤兰")
	has(t, "王五", c.private("王五", "白凤兰挺好的"), "已记录：白凤兰 已通")
	lacks(t, "李四", c.private("李四", "白凤兰挺好的"), "已记录", "已补记")
	if calls := c.callsOf("白凤兰"); len(calls) != 1 {
		t.Errorf("白凤兰's calls %+v, want 王五's alone", calls)
	}
}
