package handlers_test

import (
	"testing"
)

// TestDoublePaidAsked (appr104): 「医保交重复了 咋办」 and 「我闺女在外地也交了
// 一份 是不是重复了」 heard the whole 医保 guide (main), which said nothing
// of paying twice; bare 「医保交重复了」 was silent. The guide's step on 重
// 复参保 (one cover a year, the extra premium refunded) answers them, first
// or asked on, the guide alone.
func TestDoublePaidAsked(t *testing.T) {
	for _, text := range []string{"医保交重复了", "医保交重复了 咋办", "今年医保交了 我闺女在外地也交了一份 是不是重复了", "闺女在城里上班 有职工医保 家里的居民医保还用交不"} {
		c := newChat(t, guideReader(t))
		got := c.say("张三", text)
		has(t, text, got, "已登记 #R1", "【城乡居民医保】办理流程里写的：", "重复参保，只能享受一份待遇", "可以申请退")
		lacks(t, text, got, "微信或支付宝搜当地税务", "新生儿出生90天内", "@李四")
		c.wantReports(1, text)
	}
	c := newChat(t, guideReader(t))
	c.say("陈二", "医保怎么交")
	got := c.say("陈二", "那交重复了能退不")
	has(t, "asked on", got, "重复参保，只能享受一份待遇")
	lacks(t, "asked on", got, "请负责人", "@李四")
	c.wantReports(1, "asked on")
	// paying, not paying twice: the whole guide as before
	has(t, "how", newChat(t, guideReader(t)).say("陈二", "医保怎么交"), "微信或支付宝搜当地税务")
}

// TestPriceRemarkBesideWhen (appr104): 「煤改电补贴啥时候发 电费太贵了」 heard
// 「多少钱指南里没有写」 (main): 太贵 of the power bill counted as an amount
// asked and outweighed the 时限. A price remark beside another part asked
// is no amount asked; alone it still is (「医保太贵了 交不起」).
func TestPriceRemarkBesideWhen(t *testing.T) {
	got := newChat(t, guideReader(t)).say("陈二", "煤改电补贴啥时候发 电费太贵了")
	has(t, "when", got, "【煤改电补贴】办理流程里写的：", "时限：")
	lacks(t, "when", got, "多少钱指南里没有写")
	got = newChat(t, guideReader(t)).say("陈二", "医保今年交多少钱 太贵了")
	has(t, "amount", got, "金额：")
}

// TestHouseSchemeEligible (appr104): 「危房改造俺家能报不」 heard 重点帮扶's
// note only (main), not the 鉴定 step that says which houses qualify (C级、
// D级危房可纳入); and 「老房子漏雨了 危房改造今年还能报不」 was asked back as
// a 安全隐患. Both are the scheme's question, its eligible lines quoted and
// the leader asked about his house.
func TestHouseSchemeEligible(t *testing.T) {
	for _, text := range []string{"危房改造俺家能报不", "老房子漏雨了 危房改造今年还能报不"} {
		c := newChat(t, guideReader(t))
		got := c.say("张三", text)
		has(t, text, got, "已登记 #R1", "【危房改造】", "C级、D级危房可纳入", "您的情况够不够条件")
		lacks(t, text, got, "回复「1」")
	}
}

// TestPaperWhatFor (appr104): a bare 「要开个啥证明不」 with no question of his
// within the hour was silent (main). He is asked what it is for and how to
// ask; nothing filed. Just after his procedure question it stays a
// further question of it (appr103), and a cadre's words are left alone.
func TestPaperWhatFor(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈二", "要开个啥证明不")
	has(t, "bare", got, "陈二，开什么证明要看是办啥用的", "「务工证明怎么开」", "在群里说了")
	c.wantReports(0, "bare")
	got = c.private("张三", "得开啥证明啊")
	has(t, "private", got, "私信我说了")
	c.wantReports(0, "private")
	if got := c.say("王五", "要开个啥证明不"); len(got) != 0 {
		t.Errorf("cadre: %q", got)
	}
	c = newChat(t, guideReader(t))
	c.say("刘芳", "过年回来的 是不是要去村里登记")
	has(t, "asked on", c.say("刘芳", "要开个啥证明不"), "刘芳就 #R1")
}

// TestDoneByDateAsked (appr104): 「过年前残疾证能办下来不」 heard the whole
// guide (main); 办下来 asks the 时限 as 批下来 does.
func TestDoneByDateAsked(t *testing.T) {
	got := newChat(t, guideReader(t)).say("陈二", "过年前残疾证能办下来不")
	has(t, "time", got, "时限：评定后一般1个月内发证")
	lacks(t, "time", got, "填残疾人证申请表")
}
