package handlers_test

import (
	"strings"
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestWorkerSickWhileAlarmOpen: 王五's 「我发烧住院了 这几天手上的事办不了」 in
// his group while a cellar alarm waited was taken as the scene's news (the
// victim taken to hospital): the alarm was marked taken on by his words and
// the duty chat told 「王五 进展：我发烧住院了」. It is his own absence, as
// with no alarm open, and the alarm still waits for 确认 (lead103).
func TestWorkerSickWhileAlarmOpen(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "alarm", c.say("张三", "俺爹下菜窖拿白菜半天没上来 叫他也不应"), "紧急情况 #R1")
	got := c.say("王五", "我发烧住院了 这几天手上的事办不了")
	has(t, "his absence", got, "王五，您先养好身体。")
	lacks(t, "no scene news", got, "进展", "已受理")
	c.wantReports(1, "")
	c.firstStatus(village.StatusNew)
}

// TestDebtRegisteredAsksForPapers: a creditor's 「陈二去年借我五千块 说好
// 年底还 眼看过年了」, registered by his 「1」, was told 「请双方保持冷静…也不要
// 动手」 as a fight is; nobody fought. He is told the mediators will go over
// the accounts with both and to keep the IOU and transfers; a debt said
// with a quarrel keeps the calm line (lead103, med103's leftover).
func TestDebtRegisteredAsksForPapers(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.say("张三", "陈二去年借我五千块 说好年底还 眼看过年了"), "回复「1」")
	got := c.say("张三", "1")
	has(t, "papers", got, "已登记 #R1（调解事项）", "当面对账", "借条、转账记录、聊天记录请留好")
	lacks(t, "no fight to calm", got, "不要动手")

	q := newChat(t, understand.Rules{})
	got = q.say("张三", "陈二欠我八百块 今天去要还跟我吵起来了 还骂人")
	if !strings.Contains(strings.Join(got, "\n"), "已登记") {
		got = q.say("张三", "1")
	}
	has(t, "a quarrel too", got, "不要动手")
	lacks(t, "a quarrel too", got, "当面对账")
}
