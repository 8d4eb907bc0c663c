package handlers_test

import (
	"testing"
)

// TestFarmLossTold (appr91): a villager telling, without asking, that his
// stock froze or his greenhouse fell in hears the farm insurance guide's
// 报案 and keep-the-scene steps (the claim's deadline runs from the loss),
// nothing filed; talk of being cold, another's loss heard of, and a
// bicycle shed are left alone; a greenhouse fallen in (压趴, dialect for 压塌)
// is asked back as a hazard. Before, all were silent.
func TestFarmLossTold(t *testing.T) {
	_, reader := exampleReader(t)
	for _, s := range []string{"昨晚冻死了三头猪", "羊羔子冻死了好几个", "猪崽冻毙了三个"} {
		got := newChat(t, reader).say("陈二", s)
		has(t, s, got, "陈二，上了农业保险的，记得及时报案", "24小时内", "不要卖", "耳标", "请说「农业保险理赔怎么办」")
		lacks(t, s+": nothing filed", got, "#R1", "回复「1」")
	}
	// a greenhouse fallen in is a hazard to register, as before
	has(t, "greenhouse", newChat(t, reader).say("陈二", "俺家大棚叫雪压趴了"), "安全隐患", "回复「1」登记")
	c := newChat(t, reader)
	has(t, "private too", c.private("陈二", "寒潮冻死了俺家十几只鸡"), "记得及时报案")
	for _, s := range []string{"冻死我了 猪都不想喂", "听说李四家羊冻死了", "羊没冻死 还好"} {
		if got := newChat(t, reader).say("陈二", s); len(got) != 0 {
			t.Errorf("%s: replied %q", s, got)
		}
	}
	lacks(t, "a cadre", newChat(t, reader).say("王五", "昨晚冻死了三头猪"), "及时报案")
}
