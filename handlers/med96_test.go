package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// wallFiled is a chat where 张三's wall quarrel with 陈二 (#R1) was just
// filed in the group.
func wallFiled(t *testing.T) *chat {
	t.Helper()
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("张三", "陈二家盖鸡圈把墙砌到俺家地界上来了 还往俺家这边排水 院子里全是水 说了好几次也不听 气死我了"),
		"已登记 #R1（调解事项）")
	return c
}

// TestReporterChatterIsHisAddition: the reporter's 「还有 他家的狗也老冲
// 俺家孩子叫」 in the hour after he filed reads as chatter and names no
// thing of the item, but a joiner and 他家 make it his 补充 of 陈二家:
// kept, told to the mediators (【村民补充】) and answered privately; the
// group hears nothing. A second such word within the hour is kept
// quietly, as the other party's further words are; a question is not
// taken. Before, each was dropped.
func TestReporterChatterIsHisAddition(t *testing.T) {
	c := wallFiled(t)
	got := c.say("张三", "还有 他家的狗也老冲俺家孩子叫")
	has(t, "his 补充", got, "李四: 【村民补充】#R1", "他家的狗也老冲俺家孩子叫", "张三: 张三，您刚才在群里说的（#R1）已转告李四")
	lacks(t, "the group hears nothing", got, "青山村三组网格群")
	silent(t, "again within the hour", c.say("张三", "另外他家那狗也是 见了俺家孩子就叫"))
	if n, quiet := saidBy(c.reports()[0], "张三", "狗"); n != 2 || quiet != 1 {
		t.Errorf("补充 kept %d times (%d quietly), want 2, the second quietly", n, quiet)
	}
	silent(t, "a question", c.say("张三", "还有 他家的电话谁有吗"))

	c = wallFiled(t)
	c.now = c.now.Add(2 * time.Hour)
	silent(t, "after the hour", c.say("张三", "还有 他家的狗也老冲俺家孩子叫"))
	if n, _ := saidBy(c.reports()[0], "张三", "狗"); n != 0 {
		t.Errorf("after the hour kept %d times, want 0", n)
	}
}

// TestBackReferenceMidPart: a 他家 in the middle of a part after a third
// household's goes with that household (tidy93's nearest household), as
// one opening the part does.
func TestBackReferenceMidPart(t *testing.T) {
	const quarrel = "陈二家的狗天天半夜叫 吵得全家睡不着 说了好几次也不管 "
	for _, tc := range []struct{ name, where, tail, third string }{
		{"mid-sentence 他家", "", "还有老刘家的狗天天叫 另外俺家鸭子也叫他家狗咬死了", "老刘家的狗天天叫 俺家鸭子也叫他家狗咬死了"},
		{"对门那家", "隔壁", "还有对门那家的狗天天叫 另外他家鸭子也老跑过来", "对门那家的狗天天叫 他家鸭子也老跑过来"},
		{"后院那家", "隔壁", "还有后院那家的狗天天叫 另外他家鸭子也老跑过来", "后院那家的狗天天叫 他家鸭子也老跑过来"},
		{"隔壁家, mid-sentence", "对门", "还有隔壁家的狗天天叫 另外俺家菜地也叫他家鸭子刨了", "隔壁家的狗天天叫 俺家菜地也叫他家鸭子刨了"},
	} {
		c := newChat(t, understand.Rules{})
		got := c.say("张三", tc.where+quarrel+tc.tail)
		has(t, tc.name, got, "已登记 #R1（调解事项）", "「"+tc.third+"」")
		if q := c.reports()[0]; strings.Contains(q.Text, "鸭子") || strings.Contains(q.Text, "那家") {
			t.Errorf("%s: #R1 = %q, want 陈二家's dog only", tc.name, q.Text)
		}
	}
	// where 陈二 lives is not said: 对门那家 may be his, kept on #R1
	c := newChat(t, understand.Rules{})
	c.say("张三", quarrel+"还有对门那家的鸭子也老跑过来")
	if q := c.reports(); len(q) != 1 || !strings.Contains(q[0].Text, "鸭子") {
		t.Errorf("reports = %+v, want the ducks kept on #R1", q)
	}
}

// TestPartiesReadOneWording: a mediation step reaches both parties in the
// party's wording (【调解事项】…), the reporter with what he alone is asked
// (请您确认 at its 办结) or promised (预计…前办好); before, his copy was
// the writer's (「#R1 进展已记录（李四）」, 「按李四的话，#R1 已暂停计时」).
func TestPartiesReadOneWording(t *testing.T) {
	c := wallFiled(t)
	c.say("李四", "确认 #R1")
	for _, tc := range []struct{ step, act, reporterOnly string }{
		{"进展 #R1 两家都找了 陈二答应下周一前把墙往回挪", "有新进展，李四：两家都找了", "预计3月9日前办好。"},
		{"R1 等陈二出差回来再谈", "暂停计时，李四：等陈二出差回来再谈", ""}, // a meeting arranged is progress since walk96
		{"办结 #R1 陈二赔200元 墙往回挪半米", "已办结，李四：陈二赔200元", "请您确认：解决了回复「满意 #R1」"},
	} {
		got := c.say("李四", tc.step)
		for _, who := range []string{"张三", "陈二"} {
			has(t, tc.step+": "+who, got, who+": 【调解事项】#R1「陈二家盖鸡圈", tc.act)
		}
		lacks(t, tc.step, got, "张三: #R1", "张三: 按李四的话")
		for _, g := range got {
			if tc.reporterOnly != "" && strings.HasPrefix(g, "张三: ") && !strings.Contains(g, tc.reporterOnly) {
				t.Errorf("%s: the reporter reads %q, want %q too", tc.step, g, tc.reporterOnly)
			}
			if tc.reporterOnly != "" && strings.HasPrefix(g, "陈二: ") && strings.Contains(g, tc.reporterOnly) {
				t.Errorf("%s: the other side reads %q, the reporter's alone", tc.step, g)
			}
		}
	}
}

// TestPartyWordAfterMeetingArranged: a party's word after the mediators
// arranged a meeting tells them to hear it there, not 「尽快联系双方」
// as if nothing were arranged.
func TestPartyWordAfterMeetingArranged(t *testing.T) {
	c := wallFiled(t)
	c.say("李四", "确认 #R1")
	c.say("李四", "两家我都约好了 明天上午9点在村委会调解")
	c.now = c.now.Add(2 * time.Hour)
	got := c.private("陈二", "俺那墙是按老界桩砌的 不信叫人来量")
	has(t, "after the meeting was arranged", got, "李四: 【调解提醒】#R1", "已约好当面谈的，见面时请一并听两边说清")
	lacks(t, "after the meeting was arranged", got, "请尽快联系双方当面调解")
}
