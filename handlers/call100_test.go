package handlers_test

import (
	"strings"
	"testing"
	"time"

	"gridbot/understand"
)

// paymentNotice is the township's 医保缴费 notice to every group that the
// payment tests (call100, call101) post: a household's 已交 answers it.
const paymentNotice = "通知 全镇 医保缴费截止：2027年城乡居民医保缴费12月20日截止，每人400元，没交的抓紧在手机上交或者到村委会代缴。"

// TestCall100PaidIsAck (call100): under the 医保缴费 notice a household's
// 「已交」「交过了」「我家早就交了」 is its 收到 of that notice — it stayed on
// the chase list and its elder was phoned about a payment made. Silent
// in the group, as 收到 is; it answers the payment notice only (the fire
// notice posted with it still waits); a question or a 没交 is no answer;
// to the bot privately he is told it counted.
func TestCall100PaidIsAck(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", paymentNotice)
	c.in(officeChat, "孙七", "通知 全镇 冬季防火：天干物燥，不要在屋里烧炭取暖，电热毯用完拔插头。")
	c.now = c.now.Add(10 * time.Minute)
	silent(t, "已交", c.say("张三", "已交"))
	silent(t, "交过了", c.say("陈二", "交过了"))
	silent(t, "我家早就交了", c.say("赵六", "我家早就交了"))
	// answered since call101: nothing recorded yet, counted nothing
	has(t, "交了吗", c.say("郑十", "交了吗"), "郑十，还没记着您家交了")
	silent(t, "还没交", c.say("雷志明", "还没交"))
	silent(t, "收到 已经交了", c.say("周八", "收到 已经交了"))
	expect(t, "私信 已交", c.private("雷志明", "医保在手机上交过了"), "雷志明: 已记下：您家收到了通知 #N1，谢谢！")
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 5/9 户（其中说已交 5 户），没回：王奶奶户、郑十户、石德贵户、金大海户")
	// 周八's 「收到 已经交了」 is a 收到: it answers both, as 收到 does
	has(t, "查 #N2", c.in(officeChat, "孙七", "查 #N2"), "青山村三组：已收到 1/9 户，没回：张三户、陈二户、王奶奶户、赵六户")
}

// TestCall100PaidNoPaymentNotice (call100): 「交了」 with no payment notice
// open counts nothing: the fire notice is not answered by it.
func TestCall100PaidNoPaymentNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 冬季防火：天干物燥，不要在屋里烧炭取暖，电热毯用完拔插头。")
	c.now = c.now.Add(10 * time.Minute)
	c.say("张三", "交了")
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 0/9 户")
}

// TestCall100DialectAssent (call100): the dialect 「要得」 (好的) soon after
// a notice is the household's 收到, as 「好嘞」 is; and a household's
// 「我妈的也交了」「已经在支付宝上交了」 under the payment notice.
func TestCall100DialectAssent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 医保缴费：2027年医保每人400元，12月20日前交。")
	c.now = c.now.Add(5 * time.Minute)
	silent(t, "要得", c.say("郑十", "要得"))
	silent(t, "我妈的也交了", c.say("张三", "我妈的也交了"))
	silent(t, "已经在支付宝上交了", c.say("陈二", "已经在支付宝上交了"))
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 3/9 户（其中说已交 2 户），没回：王奶奶户、赵六户、周八户、石德贵户、雷志明户、金大海户")
}

// TestCall100MyCallsInGroupPrivately (call100): 王五's 「回访」 typed in the
// grid group posted his elders' phone numbers and care levels there; the
// list now goes to him privately, the group told so.
func TestCall100MyCallsInGroupPrivately(t *testing.T) {
	c := noticeList70(t)
	got := c.say("王五", "回访")
	has(t, "回访 in the group", got, "王五: 您还有", "青山村三组网格群: 王五，已私信回复您。")
	for _, o := range got {
		if strings.HasPrefix(o, "青山村三组网格群: ") && strings.Contains(o, "139") {
			t.Errorf("a phone number in the group: %s", o)
		}
	}
}

// TestCall100KinToldAway (call100): 王奶奶 is at her daughter's; the
// daughter answered and was told the notices: 已通, paused, and the
// notices count (a relay word keeps 收到, call74) — 「通知都跟她女儿说了」
// was no relay word, so 查 said she was away and nobody told.
func TestCall100KinToldAway(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 医保缴费截止：2027年城乡居民医保缴费12月20日截止，每人400元。")
	c.now = c.now.Add(30 * time.Minute)
	has(t, "女儿接的", c.private("王五", "王奶奶女儿接的 奶奶去她女儿家住了 挺好的 下周一回来 通知都跟她女儿说了"),
		"王五: 已记录：王奶奶 已通", "王奶奶户已记为收到通知 #N1")
}

// TestCall100PaidQuotingTheNotice (call100): 「交过了」 quoting the 医保
// notice counts that one, though a later payment notice was posted since.
func TestCall100PaidQuotingTheNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	posted := c.in(officeChat, "孙七", "通知 三组 医保缴费截止：2027年城乡居民医保缴费12月20日截止，每人400元。")
	c.in(officeChat, "孙七", "通知 三组 养老保险缴费：每人200元，月底前交。")
	c.now = c.now.Add(10 * time.Minute)
	var notice string
	for _, o := range posted {
		if strings.HasPrefix(o, grid3+": 【通知】") {
			notice = strings.TrimPrefix(o, grid3+": ")
		}
	}
	silent(t, "quoted 交过了", c.say("张三", "「网格小助手："+notice+"」\n- - - - - - - - - - - - - - -\n交过了"))
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 1/9 户")
	has(t, "查 #N2", c.in(officeChat, "孙七", "查 #N2"), "青山村三组：已收到 0/9 户")
}
