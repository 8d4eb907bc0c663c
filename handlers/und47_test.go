package handlers_test

import (
	"testing"

	"gridbot/understand"
)

// TestCadreForbidsFoulingNotAsked: a cadre's 「不要往河里倒垃圾」 in the
// grid group is a cadre warning everyone, doing his job: nobody asks him
// whether to register it, nothing is filed. A villager's same words are
// still asked (und46), and so is a cadre's report of the mess itself.
func TestCadreForbidsFoulingNotAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "the grid leader warns", c.say("李四", "不要往河里倒垃圾"))
	silent(t, "the grid worker warns", c.say("王五", "大家千万别在路边烧秸秆"))
	silent(t, "the township officer warns", c.say("孙七", "不要往河里倒垃圾 抓到要罚款"))
	c.wantReports(0, "(warnings to all)")
	has(t, "a villager's same words", c.say("陈二", "不要往河里倒垃圾"), "环境卫生", "回复「1」登记")
	has(t, "the scorer is a villager here", c.say("赵六", "不要往河里倒垃圾"), "回复「1」登记")
	has(t, "the leader tells the mess", c.say("李四", "河里有人倒了一堆垃圾 臭得很"), "回复「1」登记")
}
