package handlers_test

import (
	"slices"
	"testing"

	"gridbot/config"
)

// TestWinterGuideEntries (appr90): the example guide answers 取暖补贴 and
// 煤改电 questions, and a farm loss with insurance or aid asked gets the
// 农业保险理赔 guide (报案 within hours, 耳标, 畜牧兽医站), though the words
// name none of its keywords; an amount question gets the amount line when
// the guide has one.
func TestWinterGuideEntries(t *testing.T) {
	cfg, reader := exampleReader(t)
	for _, tc := range []struct{ q, entry string }{
		{"取暖补贴要带啥材料", "【冬季取暖补贴】办理流程里写的：\n带齐材料："}, // the part asked (appr97)
		{"煤改电补贴怎么申请", "【煤改电补贴】怎么办："},
		{"羊冻死了 能不能申请点补助", "【农业保险理赔】怎么办："},
		{"大棚被雪压塌了 能赔吗", "【农业保险理赔】怎么办："},
		{"猪冻死了保险管不管", "【农业保险理赔】怎么办："},
		{"羊圈里冻死了三只羊 这种有没有补助", "【农业保险理赔】怎么办："},
	} {
		c := newChat(t, reader)
		got := c.say("陈二", tc.q)
		has(t, tc.q, got, "已登记 #R1（办事咨询）", tc.entry)
		lacks(t, tc.q+": not the generic reply", got, "网格长会帮您问清楚")
		if tc.entry == "【农业保险理赔】怎么办：" {
			has(t, tc.q+": insurance steps", got, "24小时内", "耳标", "畜牧兽医站")
		}
	}
	c := newChat(t, reader)
	has(t, "amount not in the guide", c.say("陈二", "牛死了保险能赔多少"), "【农业保险理赔】多少钱指南里没有写", "去哪办：承保保险公司")
	has(t, "quarrel stays", newChat(t, reader).say("陈二", "吴家的狗咬死了我家两只羊 得让他赔"), "调解")

	// A county that fills in its amount: the amount question gets it.
	i := slices.IndexFunc(cfg.Procedures, func(p config.Procedure) bool { return p.Name == "冬季取暖补贴" })
	if i < 0 {
		t.Fatal("no 冬季取暖补贴 in the example guide")
	}
	cfg.Procedures[i].Amount, cfg.Procedures[i].AmountKind, cfg.Procedures[i].AmountYear = "低保户、特困人员每户一次600元", config.AmountBenefit, 2026
	c = newChatOf(t, cfg)
	got := c.say("陈二", "今年取暖补贴一户给多少钱")
	has(t, "amount filled", got, "低保户、特困人员每户一次600元", "去哪办：村委会")
	lacks(t, "amount filled: nobody asked", got, "指南里没有写")
}
