package handlers_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
	"gridbot/village"
)

// TestOfficerAnswerIsHisProgress: an officer who answers what was sent up
// to him with 「答复」 (quoting its 【网格上报】, or with its number) has his
// word noted as its 进展, which takes the item over as a 进展 does; so on
// an alarm in the duty chat. He was refused and sent to the grid leader,
// or told 答复 is for procedure questions. A villager's procedure question
// still takes the leader's 答复 to the villager.
func TestOfficerAnswerIsHisProgress(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R1", "需要挖掘机")
	post := "【网格上报】青山村三组 #R1（一般事项）\n内容：三组水渠被石头堵了\n上报人：李四；说明：需要挖掘机"
	got := c.send(bot.Message{Chat: officeChat, From: "孙七", Text: "答复 已联系农机站，明天派挖掘机",
		Quote: &bot.Quote{Name: "网格小助手", Text: post}})
	has(t, "quoted 答复", got, "#R1 镇里由孙七接手，进展已记录：已联系农机站，明天派挖掘机")
	lacks(t, "quoted 答复", got, "请联系李四", "只用于办事咨询")
	if r := c.reports()[0]; !slices.Contains(r.Handlers, "孙七") {
		t.Errorf("the officer's 答复 did not take #R1 over: handlers %v", r.Handlers)
	}
	has(t, "numbered 答复", c.in(officeChat, "孙七", "答复 #R1 挖掘机到了"), "#R1 进展已记录：挖掘机到了")

	c.say("张三", "着火了 张三家后面柴草堆着火了")
	c.in(dutyChat, "孙七", "确认 #R2")
	got = c.in(dutyChat, "孙七", "答复 #R2 火已扑灭")
	has(t, "an alarm", got, "#R2 进展已记录：火已扑灭")
	lacks(t, "an alarm", got, "只用于办事咨询")

	// the grid's own item, nobody took on: the grid's to 确认 first
	c.say("陈二", "上报 村委会门口垃圾桶满了")
	lacks(t, "the grid's own", c.in(officeChat, "孙七", "答复 #R3 我去看看"), "进展已记录")
	if st := c.reports()[2].Status; st != village.StatusNew {
		t.Errorf("the grid's own item: %s, want new", st)
	}
}

// TestOfficeOverdueSaysHowLate: each item of the township's 超期 (as of
// its 早报 and 情况) says how long it is past its deadline, one taken over
// and referred to a department too, whose line names no deadline; a
// grid's 超期 asked by the officer says it as well.
func TestOfficeOverdueSaysHowLate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.sentUp("陈二", "上报 三组水渠被石头堵了", "#R1", "需要挖掘机")
	c.in(officeChat, "孙七", "指派 #R1 应急办 请派挖掘机")
	c.say("张三", "上报 村口的路灯坏了")
	c.now = c.now.Add(4*24*time.Hour + 5*time.Hour)
	got := c.in(officeChat, "孙七", "超期")
	has(t, "sent up", got, "三组水渠被石头堵了（3月2日上报镇，孙七在办，已转交应急办，超期1天）")
	has(t, "the grid's", got, "村口的路灯坏了（待受理，李四（13900000004）负责，期限3月3日，超期3天）")
	has(t, "a grid", c.in(officeChat, "孙七", "超期 三组"), "村口的路灯坏了（李四，期限3月3日，超期3天）")
}

// TestOfficerOwnAlarmNotToldBack: the duty officer who raised an alarm
// himself and takes it on is not told he will be told of its outcome
// (「我会告诉报告人孙七」), in the duty chat or the grid's group; the grid
// leader who takes on another's alarm still is.
func TestOfficerOwnAlarmNotToldBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(dutyChat, "孙七", "青山村三组河边有个小孩落水了")
	got := c.in(dutyChat, "孙七", "确认 #R1")
	has(t, "his own", got, dutyChat+": #R1 镇里已接手：由孙七负责协调", "办好后请回复「办结 #R1 结果」。", "办好后回复「办结 #R1 结果」。")
	lacks(t, "his own", got, "告诉报告人孙七")
	lacks(t, "referred", c.in(dutyChat, "孙七", "指派 #R1 派出所 请派人到河边"), "告诉报告人孙七")

	c.say("陈二", "着火了 陈二家后面柴草堆着火了")
	has(t, "another's", c.in(dutyChat, "孙七", "确认 #R2"), "我会告诉报告人陈二。")
}

// BenchmarkOfficerAnswer: an officer answers an item sent up with 「答复」
// quoting its 【网格上报】 (his 进展, which takes it over), or with 「进展」
// (the same path, for comparison); and takes on with 「确认」 an alarm he
// raised himself from the duty chat (the one before it put out and
// closed: a fire soon after one resolved is read as that one flaring up
// again). One commit each.
func BenchmarkOfficerAnswer(b *testing.B) {
	const grid, office, duty = "青山村三组网格群", "青山镇网格工作群", "青山镇应急值班群"
	for _, word := range []string{"答复", "进展"} {
		b.Run(word, func(b *testing.B) {
			benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
				ref, msg := fmt.Sprintf("R%d", i+1), officeRound(i)
				answer := msg("d", office, "孙七", word+" 已联系电工，明天来修")
				answer.Quote = &bot.Quote{Name: "网格小助手", Text: fmt.Sprintf("【网格上报】青山村三组 #%s（一般事项）", ref)}
				return []bot.Message{msg("a", grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
					msg("b", grid, "李四", "确认 #"+ref),
					msg("c", grid, "李四", "上报镇 #"+ref+" 村里没有电工")}, []bot.Message{answer}
			})
		})
	}
	b.Run("own alarm", func(b *testing.B) {
		benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
			// the round before's fire put out: this one is a fire of its own
			ref, msg := fmt.Sprintf("R%d", i+1), officeRound(i)
			if i > 0 {
				setup = []bot.Message{msg("c", duty, "孙七", fmt.Sprintf("办结 #R%d 已扑灭", i)), msg("d", duty, "孙七", fmt.Sprintf("满意 #R%d", i))}
			}
			return append(setup, msg("e", duty, "孙七", fmt.Sprintf("青山村三组%d号院子着火了", i+1))),
				[]bot.Message{msg("f", duty, "孙七", "确认 #"+ref+" 已通知消防")}
		})
	})
}

// TestOfficeEmergencyTakenAtOnce: an emergency taken on within the minute
// reads 「当即响应」 among the day's emergencies of the township's 情况,
// not 「不到1分钟后响应」.
func TestOfficeEmergencyTakenAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(dutyChat, "孙七", "青山村三组河边有个小孩落水了")
	c.now = c.now.Add(-40 * time.Second) // each message is a minute on: this one 20 seconds after
	c.in(dutyChat, "孙七", "确认 #R1")
	got := c.in(officeChat, "孙七", "情况")
	has(t, "at once", got, "#R1 青山村三组 青山村三组河边有个小孩落水了（已受理；孙七 当即响应）")
	lacks(t, "at once", got, "不到1分钟后响应")
}
