package handlers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
)

// coverageMonth gives 王五 this month's three routine calls (王奶奶,
// 石德贵, 白凤兰), logs 王奶奶 reached and 石德贵 missed.
func coverageMonth(t *testing.T, c *chat) {
	t.Helper()
	for _, p := range [][3]string{{"王奶奶", "QS-305", "13900000001"}, {"石德贵", "QS-309", "13900000031"}, {"白凤兰", "QS-311", "13900000053"}} {
		routineTask(t, c, p[0], p[1], p[2])
	}
	has(t, "reached", c.private("王五", "回访 王奶奶 已通 身体挺好"), "已记录：王奶奶 已通")
	has(t, "missed", c.private("王五", "回访 石德贵 未接通"), "已记录：石德贵 未接通")
}

// TestCoverageAskedByGridCadres: 「回访覆盖率多少」 from the grid leader in
// his group (to no one), 「这个月回访得怎么样」 from the worker privately:
// this month so far in their grid, who is left, with phones and who
// phones them; one read of the calls and the reply's commit.
func TestCoverageAskedByGridCadres(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	for _, m := range []bot.Message{{Chat: grid3, From: "李四", Text: "回访覆盖率多少"},
		{Private: true, From: "王五", Text: "这个月回访得怎么样"}, {Chat: grid3, From: "王五", Text: "本月回访情况？"}} {
		got := c.costs(t, 2, m.Text, m)
		has(t, m.Text, got, "【本月电话回访】3月1日到现在", "青山村三组：联系上 1/3 人（33%），还没联系上的 2 位：",
			"石德贵 13900000031（王五负责，打了没接通）", "白凤兰 13900000053（王五负责，还没打）", "打完请回复「回访 名字 已通 情况」")
		lacks(t, m.Text+": not the export", got, "gridbot export", "青山村一组")
	}
}

// TestCoverageAskedByOfficer: 「回访覆盖率多少」 in the office chat from the
// township officer: per grid of the township, who is left per worker.
func TestCoverageAskedByOfficer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	got := c.costs(t, 2, "office", bot.Message{Chat: officeChat, From: "孙七", Text: "回访覆盖率多少"})
	has(t, "office", got, "【本月电话回访】", "青山村三组：1/3 人（33%），打了没接通：石德贵（王五负责）；没打：白凤兰（王五负责）",
		"合计：", "还没有过了日子没打的", "报到本群")
	lacks(t, "office: no call log example", got, "打完请回复")
}

// TestCoverageOfOneElder: 「王奶奶这个月打过电话没」 from the leader, the
// worker or the officer: how her calls went this month, who phones her.
func TestCoverageOfOneElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	has(t, "reached", c.say("李四", "王奶奶这个月打过电话没"), "王奶奶（13900000001，关爱等级高，每周一次）本月已联系上", "王五 记的「已通 身体挺好」", "由王五（13900000005）负责打电话")
	has(t, "missed", c.private("王五", "石德贵本月打过电话没？"), "石德贵（13900000031", "本月打过，还没接通", "回访 石德贵 已通 情况")
	has(t, "uncalled", c.office("白凤兰这个月打过电话没"), "白凤兰（13900000053", "本月还没打过电话", "由王五")
}

// TestCoverageAskedByVillager: a villager asking hears whom to ask; a
// villager's question in the office chat and a call log are no question.
func TestCoverageAskedByVillager(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	expect(t, "villager", c.say("张三", "王奶奶这个月打过电话没"),
		"青山村三组网格群: 回访电话由网格员打（王五），想知道家里老人这个月有没有接到电话，请直接问王五或网格长李四。")
	has(t, "still a log", c.private("王五", "回访 白凤兰 已通 情况挺好"), "已记录：白凤兰 已通")
	lacks(t, "a neighbour is no elder", c.say("李四", "张三这个月打过电话没"), "本月电话回访", "关爱等级")
}

// BenchmarkCoverageAsked: the round trips of 「回访覆盖率多少」 from the
// grid leader and the township officer (one read of the calls, one
// commit), with a year of calls stored.
func BenchmarkCoverageAsked(b *testing.B) {
	r, st := benchRouter(b, true)
	ctx := context.Background()
	for i, m := range []bot.Message{benchMsg("c1", "", "王五", "回访 王奶奶 已通 身体挺好", ""), benchMsg("c2", "", "王五", "回访 石德贵 未接通", "")} {
		m.Private = true
		if err := r.Handle(ctx, m); err != nil {
			b.Fatal(i, err)
		}
	}
	for _, q := range []struct{ name, chat, from string }{{"leader", grid3, "李四"}, {"officer", officeChat, "孙七"}} {
		b.Run(q.name, func(b *testing.B) {
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				before := st.RoundTrips()
				if err := r.Handle(ctx, benchMsg(fmt.Sprintf("%s-%d", q.name, i), q.chat, q.from, "回访覆盖率多少", "")); err != nil {
					b.Fatal(err)
				}
				trips, n = trips+st.RoundTrips()-before, n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// TestKinAnsweredNamingNoElder: 「她孙子接的 挺好的」 privately, naming no
// elder, is the call of the one elder whose call waits (her grandson
// answered); with two waiting that both may be meant (「她女儿接的」, a
// daughter neither household lists), he is asked whose, nothing logged;
// after he named one in his last message (a try logged), it is hers.
// 「打了 没人接」 naming no one follows the same rule.
func TestKinAnsweredNamingNoElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	has(t, "one waits", c.private("王五", "她孙子接的 挺好的"), "已记录：白凤兰 已通")
	if n := notesOf(t, c, "白凤兰"); len(n) != 1 || n[0] != "孙子金小海接的电话，挺好的" {
		t.Errorf("note = %q", n)
	}

	c = newChat(t, understand.Rules{})
	routineTask(t, c, "王奶奶", "QS-305", "13900000001")
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	got := c.private("王五", "她女儿接的 挺好的")
	has(t, "two wait", got, "这条是哪位的回访？您还有 2 个电话要打：王奶奶、白凤兰", "这条还没有记", "已通 女儿接的 挺好的")
	lacks(t, "two wait: no report", got, "我理解为", "已记录")
	got = c.private("王五", "打了 没人接")
	has(t, "miss, two wait", got, "这条是哪位的回访？", "王奶奶", "白凤兰")
	lacks(t, "miss, two wait: not logged", got, "已记录")
	has(t, "named before", c.private("王五", "王奶奶 打了没人接"), "已记录：王奶奶 未接通")
	has(t, "hers", c.private("王五", "她女儿接的 说挺好的"), "已记录：王奶奶 已通")
}

// TestKinAnsweredFitsTheHousehold: the one just logged is not meant when
// the kin word cannot be his: 「她孙子接的」 after 「石德贵打了没人接」 (a
// man, no grandson) is 白凤兰's call, whose grandson the roster lists.
func TestKinAnsweredFitsTheHousehold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	routineTask(t, c, "石德贵", "QS-309", "13900000031")
	routineTask(t, c, "白凤兰", "QS-311", "13900000053")
	has(t, "his miss", c.private("王五", "石德贵打了没人接"), "已记录：石德贵 未接通")
	got := c.private("王五", "她孙子接的 挺好的")
	has(t, "hers", got, "已记录：白凤兰 已通")
	lacks(t, "not his", got, "石德贵 已通", "没有登记「孙子」")
	has(t, "his 老伴", c.private("王五", "他老伴接的 说他下地去了"), "已记录：石德贵 已通")
}

// TestCallOutcomeWithLe: 「白凤兰家 上门了 人挺好 米快吃完了」: the 了 of
// 上门了 is no part of the note, nor of the matter filed for her.
func TestCallOutcomeWithLe(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "白凤兰家 上门了 人挺好 米快吃完了")
	has(t, "logged", got, "已记录：白凤兰 上门")
	lacks(t, "no stray 了", got, "「了", "：了")
	got = c.private("王五", "回访 石德贵 上门了解情况 挺好")
	has(t, "了解 kept", got, "已记录：石德贵 上门")
	calls, err := c.st.Calls(t.Context(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range calls {
		if strings.HasPrefix(k.Note, "了") && !strings.HasPrefix(k.Note, "了解") {
			t.Errorf("%s note = %q", k.Person, k.Note)
		}
	}
}

// TestCoverageAllReached: when everyone due so far was reached, the
// answer says so instead of asking for more calls.
func TestCoverageAllReached(t *testing.T) {
	c := newChat(t, understand.Rules{})
	coverageMonth(t, c)
	has(t, "石德贵", c.private("王五", "回访 石德贵 已通 挺好"), "已记录：石德贵 已通")
	has(t, "白凤兰", c.private("王五", "回访 白凤兰 上门 挺好"), "已记录：白凤兰 上门")
	got := c.say("李四", "回访覆盖率多少")
	has(t, "all", got, "青山村三组：联系上 3/3 人（100%）", "都已联系上")
	lacks(t, "all: nothing left", got, "打完请回复", "还没联系上")
}
