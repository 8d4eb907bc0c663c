package handlers_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// TestTextsSayNoHeOfPeople: the bot most often does not know a person's
// sex, so no user text of the handlers or the scheduler says 他 of one
// (the name, 对方, 本人 or 当事人 instead; 他们 of several is kept).
func TestTextsSayNoHeOfPeople(t *testing.T) {
	files, err := filepath.Glob("*.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../scheduler/*.tmpl")
	files = append(files, more...)
	if len(files) < 4 {
		t.Fatalf("found %v, want the templates", files)
	}
	comments := regexp.MustCompile(`(?s)\{\{-?\s*/\*.*?\*/\s*-?\}\}`)
	kept := strings.NewReplacer("他们", "", "其他", "")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(comments.ReplaceAllString(string(b), ""), "\n") {
			if strings.Contains(kept.Replace(line), "他") {
				t.Errorf("%s: line %d (comments dropped) says 他: %.120s", f, i+1, line)
			}
		}
	}
}

// TestThreatToldNamesNoHe: a threat told by the one threatened reaches
// the mediators as 「张三反映被人放了狠话」, not 对他.
func TestThreatToldNamesNoHe(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "陈二说要打断我的腿")
	has(t, "threat", got, "李四: 【调解提醒·注意】张三反映被人放了狠话，已登记 #R1")
	lacks(t, "threat", got, "对他")
}

// TestWorseningAddsAndRaises: 「快倒了 下面有人走」 right after his
// filed 「村口那面墙裂了」 is its 补充, one item; life safety cannot wait,
// so the leader hears it at once (at night too: an urgent message is not
// held) and the villager is told to keep people away. One round trip.
func TestWorseningAddsAndRaises(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 23, 10)
	has(t, "filed", c.say("张三", "村口那面墙裂了"), "已登记 #R1")
	got := c.costs(t, 1, "worse", bot.Message{Chat: grid3, From: "张三", Text: "快倒了 下面有人走"})
	has(t, "worse", got,
		"李四: 【村民补充·可能伤人】#R1（村口那面墙裂了，待受理）：张三在群里补充：「快倒了 下面有人走」\n情况变急了，可能伤到人",
		grid3+": @张三\u2005已补充到 #R1：快倒了 下面有人走。这关系到人身安全，已马上转告李四。请先提醒大家离远一点")
	lacks(t, "worse", got, "我理解为", "现在是夜里")
	c.wantReports(1, "after the worsening")
	if n := c.said("R1"); !strings.Contains(n, "快倒了") {
		t.Errorf("R1's history keeps %q, want the 补充", n)
	}
	// the same thing named: 「那面墙」 is the wall told
	c2 := newChat(t, understand.Rules{})
	has(t, "filed", c2.say("张三", "村口那面墙裂了"), "已登记 #R1")
	has(t, "the wall named", c2.say("张三", "那面墙快倒了 天天有学生路过"), "已补充到 #R1", "【村民补充·可能伤人】")
	// a plain 补充 stays as it was
	c3 := newChat(t, understand.Rules{})
	has(t, "filed", c3.say("张三", "村口那面墙裂了"), "已登记 #R1")
	got = c3.say("张三", "就是小卖部旁边那面")
	has(t, "plain", got, "已补充到 #R1", "李四: 【村民补充】#R1")
	lacks(t, "plain", got, "可能伤人", "人身安全")
}

// TestWorseningOfAnotherThingIsItsOwn: another thing about to fall
// (「村西的桥」) is no 补充 of the wall, nor is one no one passes.
func TestWorseningOfAnotherThingIsItsOwn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "村口那面墙裂了"), "已登记 #R1")
	lacks(t, "another", c.say("张三", "村西的桥快塌了 下面有人走"), "已补充到 #R1", "可能伤人")
	c2 := newChat(t, understand.Rules{})
	has(t, "filed", c2.say("张三", "村口那面墙裂了"), "已登记 #R1")
	lacks(t, "nobody there", c2.say("张三", "快倒了 下面没人走"), "可能伤人", "人身安全")
}

// TestWhereAndWhichGoOn: 「在村东头…」 and 「那个…」 just after his own
// report go on with it: merged into the confirm-back waiting for his
// 「1」, or added to the item he filed; 「在忙呢」, another like it and
// the same words some minutes later do not.
func TestWhereAndWhichGoOn(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked", c.say("张三", "路灯坏了"), "我理解为")
	has(t, "where", c.say("张三", "在村东头 老李家后面"), "我理解为", "路灯坏了 在村东头 老李家后面")
	has(t, "filed", c.say("张三", "1"), "已登记 #R1", "路灯坏了 在村东头 老李家后面")
	c.wantReports(1, "after where")

	c.now = c.now.Add(time.Hour)
	has(t, "asked", c.say("张三", "下水道堵了"), "我理解为")
	has(t, "filed", c.say("张三", "1"), "已登记 #R2")
	has(t, "which", c.say("张三", "那个 就是学校门口那个 臭得很"), "已补充到 #R2：那个 就是学校门口那个 臭得很", "李四: 【村民补充】#R2")
	lacks(t, "busy", c.say("张三", "在忙呢"), "已补充", "我理解为")
	lacks(t, "another", c.say("张三", "那边也堵了"), "已补充到 #R2")
	lacks(t, "a chase", c.say("张三", "那个下水道的事有人管没有啊"), "已补充到 #R2")
	lacks(t, "anywhere", c.say("张三", "那边好像有点什么事"), "已补充到 #R2")
	c.now = c.now.Add(10 * time.Minute)
	lacks(t, "later", c.say("张三", "在村西头 小卖部门口"), "已补充")

	c2 := newChat(t, understand.Rules{})
	has(t, "filed", c2.say("张三", "村口那面墙裂了"), "已登记 #R1")
	has(t, "which, after filing", c2.say("张三", "那面墙是老王家的"), "已补充到 #R1：那面墙是老王家的")
}

// TestWitnessNamedPrivatelyNextDay: 「证明人 王五」 said to the bot the
// next day is written on the claim he made in the group that wants one
// (it got the menu); named in the group an hour later it is written too.
func TestWitnessNamedPrivatelyNextDay(t *testing.T) {
	b := examplePointsBot(t)
	has(t, "claim", b.say("张三", "申请积分 参加义务劳动 清理河道"), "已登记积分申请 #C1", "请接着发证明人的名字")
	b.now = b.now.Add(24 * time.Hour)
	got := b.privately("张三", "证明人 王五")
	has(t, "next day, privately", got, "张三: 已把证明人王五记到 #C1")
	lacks(t, "next day, privately", got, "可以这样用")
	if ev := b.claim("C1").Evidence; !strings.Contains(ev, "证明人 王五") {
		t.Errorf("C1's evidence %q, want the witness", ev)
	}
	has(t, "claim", b.say("陈二", "申请积分 参加义务劳动 清理河道"), "已登记积分申请 #C2")
	b.now = b.now.Add(time.Hour)
	has(t, "an hour later, in the group", b.say("陈二", "证明人 王五"), "已把证明人王五记到 #C2")
}
