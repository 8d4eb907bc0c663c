package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
)

// TestNotFixedToldPrivately: a villager who says privately that his item
// filed in the group is not fixed chose not to say it in front of the
// group. His words, whatever they say of the leader, go privately to
// its handlers; the group, which saw it 办结, hears only that it was
// reopened, without @ and without his words, and 查 in the group does
// not show them either. He is told that.
func TestNotFixedToldPrivately(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯坏了 黑咕隆咚的")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 换了灯泡")
	words := "灯一会亮一会灭 俺老伴说李四就是糊弄人"
	got := c.private("张三", "未解决 "+words)
	expect(t, "reopened privately", got,
		"张三: #R1 已重新打开：灯一会亮一会灭 俺老伴说李四就是糊弄人。\n已私下告诉负责人李四继续处理，办好后会告诉您。群里只说了还没解决，没提您的原话。",
		grid3+": #R1（村口那个路灯坏了 黑咕隆咚的）报告人说还没解决，已重新打开，由李四继续处理；具体情况已私信告诉负责人。",
		"李四: 【私信反馈】张三私信说 #R1（村口那个路灯坏了 黑咕隆咚的）还没解决：「灯一会亮一会灭 俺老伴说李四就是糊弄人」\n已重新打开，请继续处理，办好后回复「办结 #R1 结果」。这是私信说的，请不要在群里提原话。")
	for _, line := range got {
		if strings.HasPrefix(line, grid3) && (strings.Contains(line, "糊弄") || strings.Contains(line, "@")) {
			t.Errorf("the villager's private words or an @ in the group: %s", line)
		}
	}
	got = c.say("陈二", "查 #R1")
	for _, line := range got {
		if strings.Contains(line, "糊弄") {
			t.Errorf("查 in the group shows the private words: %s", line)
		}
	}
	expect(t, "the leader reads them", c.private("李四", "查 #R1"), "李四: #R1")
	if got := c.private("李四", "查 #R1"); !strings.Contains(strings.Join(got, ""), "糊弄") {
		t.Errorf("the leader's private 查 lacks the words: %v", got)
	}
	// his own words said in the group are the group's, as before
	c.say("李四", "办结 #R1 换了整个灯头")
	expect(t, "in the group", c.say("张三", "未解决 #R1 还是一闪一闪的"),
		grid3+": #R1 已重新打开：还是一闪一闪的。\n@李四\u2005请继续处理")
	c.say("李四", "办结 #R1 换了灯头和线")
	got = c.private("张三", "满意 #R1 李四辛苦了")
	expect(t, "satisfied privately", got, "张三: #R1 已完结", grid3+": 张三已确认 #R1 办好了，已完结。")
	for _, line := range got {
		if strings.Contains(line, "辛苦") {
			t.Errorf("his private note in a reply: %s", line)
		}
	}
}

// TestNotFixedWithMoreSaid: a villager's "灯还是不亮" about his resolved
// item stays his 未解决 when he says more around it in the same breath
// ("老伴气得骂人"), which alone reads as a quarrel: the thing he names
// as not fixed (灯) is the item's, so no new mediation is filed.
func TestNotFixedWithMoreSaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "上报 村口那个路灯又坏了黑咕隆咚的俺晚上出门差点摔一跤")
	c.say("李四", "确认 #R1")
	c.say("李四", "办结 #R1 已修好")
	got := c.private("张三", "灯还是不亮啊俺家门口黑的很 晚上又摔了 老伴气得骂人")
	expect(t, "his 未解决", got,
		"张三: 按您说的，#R1 已重新打开：灯还是不亮啊俺家门口黑的很 晚上又摔了 老伴气得骂人。",
		grid3+": #R1（村口那个路灯又坏了黑咕隆咚的俺晚上出门差点摔一跤）报告人说还没解决",
		"李四: 【私信反馈】")
	c.wantReports(1, "no new item")
}

// TestTwoMattersInOneMessage: "水管冻裂了 … 还有村东头的路灯也不亮" files
// one item and offers the other, filed on 1; a message with 还有 that
// tells one matter is filed as before.
func TestTwoMattersInOneMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "咱家那个自来水管子冻裂了 水哗哗流 还有村东头的路灯也不亮 麻烦网格员来看看")
	expect(t, "two matters", got, grid3+": 已登记 #R1（一般事项·水电设施）")
	if !strings.Contains(strings.Join(got, ""), "您还说了「村东头的路灯也不亮 麻烦网格员来看看」，是另一件事的话回复「1」另外登记") {
		t.Errorf("the second matter is not offered:\n%s", strings.Join(got, "\n"))
	}
	expect(t, "the second filed", c.say("张三", "1"), grid3+": 已登记 #R2（一般事项·道路交通）：村东头的路灯也不亮 麻烦网格员来看看")
	got = c.say("陈二", "上报 村口垃圾堆了好几天了 还有一股臭味")
	expect(t, "one matter", got, grid3+": 已登记 #R3")
	if strings.Contains(strings.Join(got, ""), "您还说了") {
		t.Errorf("one matter offered as two:\n%s", strings.Join(got, "\n"))
	}
}

// TestThreeMattersInOneMessage: "路灯坏了，垃圾没人收，还有水管漏水" asked
// back is asked as three matters in one question, and one "1" files each
// with its own words and category, in one reply. Filed at once (上报), the message's
// matter of the kind filed is kept and the other two offered together, in
// the order told; one "2" drops both. A matter told at length in several
// clauses is one.
func TestThreeMattersInOneMessage(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "asked as three", c.say("张三", "路灯坏了，垃圾没人收，还有水管漏水"),
		grid3+": @张三\u2005我理解为 3 件事：\n1. 一般事项·道路交通——路灯坏了\n2. 一般事项·环境卫生——垃圾没人收\n3. 一般事项·水电设施——水管漏水\n回复「1」各自登记，「2」都不用。")
	expect(t, "each filed, in one reply (rep75)", c.say("张三", "1"), grid3+": 已登记 #R1（一般事项·道路交通）：路灯坏了\n"+
		"已登记 #R2（一般事项·环境卫生）：垃圾没人收\n已登记 #R3（一般事项·水电设施）：水管漏水\n"+
		"@李四\u2005请网格长受理：回复「确认 #R1 #R2 #R3」。\n张三，可随时发「查 #R1 #R2 #R3」看进度。")
	c.wantReports(3, "three matters")

	got := c.say("陈二", "上报 桥头路灯不亮了，垃圾堆了好几天没人收，还有自来水停了")
	expect(t, "the first filed", got, grid3+": 已登记 #R4（一般事项·道路交通）：桥头路灯不亮了\n")
	has(t, "the others offered together", got, "您还说了「垃圾堆了好几天没人收」「自来水停了」，是另外几件事的话回复「1」各自登记，「2」不用。")
	has(t, "dropped together", c.say("陈二", "2"), "「垃圾堆了好几天没人收」和「自来水停了」都不登记")
	c.wantReports(4, "the others dropped")

	got = c.say("陈二", "上报 村口路灯坏了，晚上黑乎乎的，还有灯杆也歪了")
	if strings.Contains(strings.Join(got, ""), "您还说了") {
		t.Errorf("one matter told at length offered as several:\n%s", strings.Join(got, "\n"))
	}
}

// TestPleaWithAProcedureQuestion: "老石昨天摔了一跤下不了床你们能不能来看看
// 还有低保年审咋弄" raises the fall to the grid and the duty chat, and
// offers the 低保 question, answered with its procedure on 1; a plea for a
// visit with a question files both, the question answered at once.
func TestPleaWithAProcedureQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "老石昨天摔了一跤下不了床你们能不能来看看 还有低保年审咋弄")
	expect(t, "an emergency", got, dutyChat+": 【突发事件】", grid3+": ")
	if !strings.Contains(got[1], "您还说了「低保年审咋弄」，是另一件事的话回复「1」另外登记") {
		t.Errorf("the question is not offered:\n%s", strings.Join(got, "\n"))
	}
	expect(t, "the question filed", c.say("张三", "1"), grid3+": 已登记 #R2（办事咨询）：低保年审咋弄\n【低保年审】怎么办")
	got = c.say("陈二", "我妈病了好几天 下不了床 你们能不能来看看 还有低保年审咋弄")
	expect(t, "a visit and the question, both filed", got, grid3+": 已登记 #R3（一般事项")
	if s := strings.Join(got, ""); !strings.Contains(s, "已登记 #R4（办事咨询）：低保年审咋弄\n【低保年审】怎么办") || strings.Contains(s, "您还说了") {
		t.Errorf("the question is not answered with the visit:\n%s", strings.Join(got, "\n"))
	}
}

// TestPleaWithAGluedProcedureQuestion: a procedure question said after a
// plea without 还有 ("… 怎么申请残疾证") is offered as a second matter as
// one with 还有 is, and an emergency's alarm and item hold the emergency
// only, not the question offered with it; a question about the report
// itself ("路灯坏了 怎么办") is no second matter.
func TestPleaWithAGluedProcedureQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "老石摔了下不了床你们能不能来看看 怎么申请残疾证")
	if !strings.Contains(strings.Join(got, ""), "您还说了「怎么申请残疾证」，是另一件事的话回复「1」另外登记") {
		t.Errorf("the glued question is not offered:\n%s", strings.Join(got, "\n"))
	}
	c2 := newChat(t, understand.Rules{})
	got = c2.say("张三", "老石昨天摔了一跤下不了床你们能不能来看看 还有低保年审咋弄")
	expect(t, "an emergency", got, dutyChat+": 【突发事件】", grid3+": ")
	if strings.Contains(got[0], "低保") {
		t.Errorf("the duty chat hears the question offered separately:\n%s", got[0])
	}
	for _, text := range []string{"村东头的路灯坏了 怎么办", "村口的路灯坏了 啥时候来修"} {
		got = c.say("陈二", text)
		if strings.Contains(strings.Join(got, ""), "您还说了") {
			t.Errorf("%q: one matter offered as two:\n%s", text, strings.Join(got, "\n"))
		}
	}
}

// TestProcedureAfterItsCause: "俺家房子裂了 危房改造咋报" asks the
// procedure for the problem it tells: one matter, the problem not offered.
func TestProcedureAfterItsCause(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "俺家房子裂了 危房改造咋报")
	if strings.Contains(strings.Join(got, ""), "您还说了") {
		t.Errorf("one matter offered as two:\n%s", strings.Join(got, "\n"))
	}
}

// TestReportBesideAProcedureQuestion: a report told with a procedure
// question, in either order, glued or after 另外, is never lost behind the
// procedure's answer: the question is answered at once, and the report is
// filed with it when the rules would file it alone, else asked about
// ("回复「1」另外登记"); the question's item keeps the question's words
// only (und44). An emergency goes first and alone, as before.
func TestReportBesideAProcedureQuestion(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		// want are the items filed by the message, in order (type label
		// and text in the reply); offered the part asked about
		want    []string
		offered string
	}{
		{"report then question after 另外", "村口路灯坏了好几天了 另外问下办残疾证要带啥",
			[]string{"（办事咨询）：问下办残疾证要带啥\n【残疾证】办理流程里写的", "（一般事项·道路交通）：村口路灯坏了好几天了"}, ""},
		{"report glued before the question", "村口的路灯坏了好几天了，低保年审需要什么材料",
			[]string{"（办事咨询）：低保年审需要什么材料\n【低保年审】办理流程里写的", "（一般事项·道路交通）：村口的路灯坏了好几天了"}, ""},
		{"question first", "低保年审需要什么材料 村口的路灯坏了好几天了",
			[]string{"（办事咨询）：低保年审需要什么材料\n【低保年审】办理流程里写的", "（一般事项·道路交通）：村口的路灯坏了好几天了"}, ""},
		{"an unsure report glued before the question", "水管冻裂了，低保年审需要什么材料",
			[]string{"（办事咨询）：低保年审需要什么材料\n【低保年审】办理流程里写的"}, "水管冻裂了"},
		{"an unsure report after the question", "低保年审需要什么材料 俺家水管冻裂了",
			[]string{"（办事咨询）：低保年审需要什么材料\n【低保年审】办理流程里写的"}, "俺家水管冻裂了"},
		{"said in one breath", "村里路灯不亮好几天了老年证在哪办",
			[]string{"（办事咨询）：老年证在哪办\n【老年人优待证】办理流程里写的", "（一般事项·道路交通）：村里路灯不亮好几天了"}, ""},
		{"an unsure report in one breath", "俺家自来水管子冻裂了水哗哗的流低保年审要啥材料",
			[]string{"（办事咨询）：低保年审要啥材料\n【低保年审】办理流程里写的"}, "俺家自来水管子冻裂了水哗哗的流"},
		{"an unsure report, then the question after 还有", "我家门口那个下水道堵了臭的很还有就是想问问高龄补贴咋领",
			[]string{"（办事咨询）：想问问高龄补贴咋领\n【高龄补贴】怎么办"}, "我家门口那个下水道堵了臭的很"},
		{"the question first, in one breath", "低保年审要啥材料俺家水管冻裂了",
			[]string{"（办事咨询）：低保年审要啥材料\n【低保年审】办理流程里写的"}, "俺家水管冻裂了"},
		{"typos, in one breath", "俺家水管冻列了低包年审要啥材料",
			[]string{"（办事咨询）：低包年审要啥材料\n【低保年审】办理流程里写的"}, "俺家水管冻列了"},
		{"a wish, not a question", "我想办个残疾证 村口的路灯坏了好几天了",
			[]string{"（办事咨询）：我想办个残疾证\n【残疾证】怎么办", "（一般事项·道路交通）：村口的路灯坏了好几天了"}, ""},
		{"the question's own cause, in one breath", "俺家房子裂了危房改造咋报",
			[]string{"（办事咨询）：俺家房子裂了危房改造咋报\n【危房改造】怎么办"}, ""},
		{"who the question is for", "俺娘腿脚不好残疾证咋办",
			[]string{"（办事咨询）：俺娘腿脚不好残疾证咋办\n【残疾证】怎么办"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // its own private redis-server: independent of the others
			c := newChat(t, understand.Rules{})
			got := c.say("陈二", tc.text)
			if len(got) != 1 {
				t.Fatalf("replies %q, want one", got)
			}
			for _, w := range tc.want {
				if !strings.Contains(got[0], "已登记 #R1"+w) && !strings.Contains(got[0], "已登记 #R2"+w) {
					t.Errorf("%q not filed:\n%s", w, got[0])
				}
			}
			c.wantReports(len(tc.want), "filed")
			offer := "您还说了「" + tc.offered + "」，是另一件事的话回复「1」另外登记"
			if (tc.offered != "") != strings.Contains(got[0], offer) || tc.offered == "" && strings.Contains(got[0], "您还说了") {
				t.Errorf("offered %q: got\n%s", tc.offered, got[0])
			}
			if tc.offered != "" {
				expect(t, "the report filed on 1", c.say("陈二", "1"), grid3+": 已登记 #R2（一般事项·")
			}
		})
	}
}

// TestEmergencyBesideAProcedureQuestion: an emergency told after a
// procedure question is raised at once and alone; the question is offered.
func TestEmergencyBesideAProcedureQuestion(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("陈二", "低保年审需要什么材料 老刘家柴房着火了快来人")
	expect(t, "the alarm first", got, dutyChat+": 【突发事件】青山村三组 #R1\n情况：老刘家柴房着火了快来人\n", grid3+": @李四")
	if strings.Contains(got[0], "低保") || !strings.Contains(got[1], "您还说了「低保年审需要什么材料」") {
		t.Errorf("the question is in the alarm, or not offered:\n%s", strings.Join(got, "\n"))
	}
	c.wantReports(1, "the emergency alone")
}

// TestQuestionBesideARepeatedReport: a procedure question told with a
// report of the sender's that is open already is answered; the report,
// like the open item, is offered, not filed again.
func TestQuestionBesideARepeatedReport(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "村口路灯不亮好几天了")
	got := c.say("张三", "低保咋办 另外村口路灯不亮好几天了")
	expect(t, "answered, offered", got, grid3+": 已登记 #R2（办事咨询）：低保咋办\n【低保】怎么办")
	if !strings.Contains(strings.Join(got, ""), "您还说了「村口路灯不亮好几天了」") {
		t.Errorf("the repeated report is not offered:\n%s", strings.Join(got, "\n"))
	}
	c.wantReports(2, "the question beside the lamp")
}
