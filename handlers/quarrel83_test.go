package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
	"gridbot/village"
)

// ditchOwnSide is 张三's quarrel about 陈二's ditch; 陈二 answers with
// his own account of the same ditch, naming 张三's household (the
// reporter's side, which the item's text does not name).
const (
	ditchOwnSide  = "陈二家把排水沟堵了 水都流到我家院子里了 说了也不听"
	ditchHisSide  = "张三家的墙又把我家排水沟堵了 水都漫到我家门口了"
	ditchHisAgain = "张三家的墙又把我家排水沟堵了 我家的水排不出去"
)

// TestOtherSideNamesTheReporter: the other party's account of the same
// quarrel, naming the reporter's household, is his side of it: kept on
// the item, told to its mediators, answered to him privately, nothing in
// the group and no second item; said again, it is rationed as a party's
// further words are (partyHeard), still no item. Before,
// the reporter's household counted as "another household"
// (words.OtherHousehold read the item's text alone): the words were filed
// as a new linked item.
func TestOtherSideNamesTheReporter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", ditchOwnSide)
	c.now = c.now.Add(5 * time.Minute)
	got := c.say("陈二", ditchHisSide)
	has(t, "the mediators hear his side", got, "李四: 【调解提醒】#R1 的争执还在群里继续，陈二也说了：「"+ditchHisSide+"」", "郑十: 【调解提醒】#R1")
	has(t, "he is answered privately", got, "陈二: 陈二，您刚才在群里说的（#R1）已转告李四、郑十，他们会找您当面谈")
	for _, m := range got {
		if strings.HasPrefix(m, grid3+":") {
			t.Errorf("the group hears of his side: %s", m)
		}
	}
	c.wantReports(1, "his side is no second item")
	c.now = c.now.Add(5 * time.Minute)
	// said again within the live hour: rationed as any party's further
	// words in the group (partyHeard), no item of its own
	silent(t, "said again, quiet", c.say("陈二", ditchHisAgain))
	said := 0
	for _, e := range c.reports()[0].History {
		if e.Action == village.ActSaid && e.By == "陈二" && strings.Contains(e.Note, "漫到我家门口") {
			said++
		}
	}
	if said != 1 {
		t.Errorf("his side kept on #R1 %d times, want 1", said)
	}
	c.wantReports(1, "said again, still his side")
}
