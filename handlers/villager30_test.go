package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// TestProcedureFollowUpOfOtherMatter: right after his 高龄补贴 question, a
// villager's "俺家厕所改造的钱啥时候给" (read as a procedure question the
// knowledge base lacks) names a matter of its own: it is filed as its own
// item, in the group and privately, not sent as "又问" of the 高龄补贴 one.
// A question in the item's own matter words still is a further question.
func TestProcedureFollowUpOfOtherMatter(t *testing.T) {
	q, same := "俺家厕所改造的钱啥时候给", "高龄补贴的钱一般几号到账"
	approval := village.Reading{Intent: village.IntentReport, Type: village.Approval, Category: "政策咨询", Confidence: 0.9}
	c := newChat(t, scripted{q: approval, same: approval})
	has(t, "asked", c.say("张三", "高龄补贴咋领"), "已登记 #R1（办事咨询）")
	got := c.say("张三", q)
	has(t, "other matter", got, "已登记 #R2（办事咨询）：俺家厕所改造的钱啥时候给")
	lacks(t, "other matter", got, "又问")
	has(t, "privately asked", c.private("陈二", "高龄补贴咋领"), "已登记 #R3（办事咨询）")
	got = c.private("陈二", q)
	has(t, "other matter, privately", got, "已登记 #R4（办事咨询）：俺家厕所改造的钱啥时候给")
	lacks(t, "other matter, privately", got, "又问")
	has(t, "same matter", c.say("张三", same), "张三就 #R1（高龄补贴咋领）")
}

// TestQuarrelFlaresOverDog: two hours after 陈二's mediation item about
// 老刘家's dog was filed, 张三's "老刘家又吵起来了 狗叫了一晚上" (又, the same
// household, the same thing) is news on that open item, its mediators
// told, not a new item: the dog's barking is what the quarrel is about,
// not a din that is no quarrel.
func TestQuarrelFlaresOverDog(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed", c.say("陈二", "上报 老刘家的狗天天半夜叫 邻居跟他家吵了好几回"), "已登记 #R1（调解事项）")
	c.now = c.now.Add(2 * time.Hour)
	got := c.say("张三", "老刘家又吵起来了 狗叫了一晚上")
	has(t, "news on #R1", got, "#R1（调解事项）还在调解", "李四: 【又吵起来了】#R1（老刘家的狗天天半夜叫")
	lacks(t, "news on #R1", got, "#R2")
	c.wantReports(1, "news on the open item")
	lacks(t, "another household", c.say("张三", "东头老赵家两口子又吵起来了 狗叫了一晚上"), "#R1")
}

// TestComplaintNamesTheCadreBeforeHisWrong: "我要反映王五，他态度很差骂人"
// told privately complains of 王五, a 网格员 of the roster, by name (the
// wrong in the clause after it): a cadre complaint for the township, not a
// mediation item for the grid's leader.
func TestComplaintNamesTheCadreBeforeHisWrong(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("陈二", "我要反映王五，他态度很差骂人")
	expect(t, "named privately", got, "青山镇网格工作群: 【群众反映·涉及村干部】青山村三组 #R1", "陈二: 已登记 #R1：说的是村干部的事")
	r1 := c.reports()[0]
	if !r1.AboutCadre || r1.Type == village.Mediation || len(r1.Handlers) != 0 {
		t.Errorf("R1 about cadre %v, type %s, handlers %q", r1.AboutCadre, r1.Type, r1.Handlers)
	}
	// no quarrel between neighbours: not filed under 矛盾纠纷
	if r1.Category != "其他" {
		t.Errorf("R1 category %q, want 其他", r1.Category)
	}
}
