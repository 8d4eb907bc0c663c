package handlers_test

import "testing"

// BenchmarkProcedure110: the paths appr110 changed, each a first message
// (the filing's commit): a deadline asked (交到啥时候), one away asking how
// to pay, when the money comes, a group's 能领不, a step's day asked, and a
// how-to beside money spent.
func BenchmarkProcedure110(b *testing.B) {
	for _, c := range []struct{ name, from, text string }{
		{"until_when", "张三", "医保今年交到啥时候"},
		{"away_pay", "陈二", "在外地怎么交医保"},
		{"money_when", "王乐", "危房改造的钱啥时候能到"},
		{"group_may_get", "苏梅", "低保户能领取暖补贴不"},
		{"step_day", "胡秀芝", "低保名单几号公示"},
		{"spent_how", "廖娟", "临时救助咋申请 家里老人住院花了好多钱"},
	} {
		b.Run(c.name, func(b *testing.B) { benchAskedOn(b, c.from, "", c.text, 0, false) })
	}
}
