package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestCall101AsksPaid (call101): 「交了吗」 under the 医保缴费 notice was
// silent. The household hears whether its 已交 is recorded and by whom,
// else that it only answered 收到, else nothing yet — with how to say it
// paid and where a payment itself is checked; privately too. Another's
// 「你家交了吗」 stays silent.
func TestCall101AsksPaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", paymentNotice)
	c.now = c.now.Add(10 * time.Minute)
	has(t, "nothing yet", c.say("陈二", "交了吗"), grid3+": 陈二，还没记着您家交了（通知 #N1「", "交了请回「已交」", "以手机上或村委会查到的缴费记录为准")
	silent(t, "已交", c.say("张三", "我家交了"))
	got := c.say("张三", "我家交了没有？")
	has(t, "paid", got, "张三，记着您家交了：张三说过已交（通知 #N1「")
	lacks(t, "paid", got, "交了请回「已交」")
	silent(t, "收到", c.say("赵六", "收到"))
	has(t, "acked", c.private("赵六", "我家医保交了吗"), "赵六: 赵六，您家回过「收到」，还没人说交了")
	silent(t, "another's", c.say("郑十", "陈二你家交了吗"))
	// the question counted nothing
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 2/9 户")
}

// TestCall101AsksPaidNoPaymentNotice: with no payment notice open the
// question is left to be read as before (no answer of payments).
func TestCall101AsksPaidNoPaymentNotice(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 冬季防火：天干物燥，不要在屋里烧炭取暖。")
	c.now = c.now.Add(10 * time.Minute)
	lacks(t, "no payment notice", c.say("陈二", "交了吗"), "记着您家", "还没人说交了")
}

// TestCall101ScorerAssent (call101): a scorer's and a shopkeeper's bare
// 「好的」 soon after a notice is their household's 收到, as a villager's:
// their households are chased like any.
func TestCall101ScorerAssent(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 冬季防火：天干物燥，不要在屋里烧炭取暖。")
	c.now = c.now.Add(10 * time.Minute)
	silent(t, "赵六 好的", c.say("赵六", "好的"))
	silent(t, "周八 好的", c.say("周八", "好的"))
	silent(t, "郑十 知道了 明天去", c.say("郑十", "知道了 晚上检查一下炉子"))
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 3/9 户，没回：张三户、陈二户、王奶奶户、石德贵户、雷志明户、金大海户")
}

// TestCall101MarriedOutDaughter (call101): a daughter who answered for
// 王奶奶 is of her husband's household: no advice to add her to the
// elder's on the roster.
func TestCall101MarriedOutDaughter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 王奶奶 已通 她女儿接的 说老人挺好")
	has(t, "女儿", got, "王五: 已记录：王奶奶 已通")
	lacks(t, "女儿", got, "补进名单")
	lacks(t, "嫁", c.private("王五", "回访 石德贵 已通 他孙子说爷爷挺好 孙子嫁到外村的姑姑也常回来"), "补进名单")
}

// TestCall101StayAhead (call101): 「过年接她去城里住几天」 is a stay to
// come: she is home now, her weekly calls go on (it paused them a week).
func TestCall101StayAhead(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.private("王五", "回访 王奶奶 已通 她女儿接的 说老人挺好 过年接她去城里住几天")
	has(t, "过年", got, "王五: 已记录：王奶奶 已通")
	lacks(t, "过年", got, "例行回访先停", "不在家")
	lacks(t, "过完年", c.private("王五", "回访 石德贵 已通 他说挺好 过完年接他去城里住"), "例行回访先停")
	has(t, "now", c.private("王五", "回访 白凤兰 已通 她说去她女儿家住了 下周回来"), "例行回访先停")
	has(t, "till after", c.private("王五", "回访 白凤兰 已通 她女儿说她在城里住到过完年"), "例行回访先停")
}

// TestCall101PaidOnTheCall (call101): 「她说腿疼 医保她女儿给交了」 filed
// 「关于通知N1（…医保）：腿疼 医保她女儿给交了」 as one item. The 已交 is her
// household's, on the payment notice (收到, and 「交了吗」 hears who said
// it); only 腿疼 is her matter, about no notice.
func TestCall101PaidOnTheCall(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 全镇 医保缴费截止：2027年城乡居民医保缴费12月20日截止，每人400元。")
	c.now = c.now.Add(30 * time.Minute)
	got := c.private("王五", "回访 王奶奶 已通 她说腿疼 医保她女儿给交了")
	has(t, "logged", got, "王五: 已记录：王奶奶 已通", "王奶奶户已记为收到通知 #N1", "「腿疼」已登记 #R1")
	lacks(t, "logged", got, "关于通知", "她女儿给交了」")
	has(t, "查", c.private("王五", "查 #N1"), "青山村三组：已收到 1/9 户")
	got = c.private("王五", "回访 石德贵 已通 他说医保交过了")
	has(t, "only paid", got, "石德贵户已记为收到通知 #N1")
	lacks(t, "only paid", got, "登记")
}

// TestCall101StatusCountsPaid (call101): 查 #N of a payment notice says how
// many of the households that answered said they paid.
func TestCall101StatusCountsPaid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.in(officeChat, "孙七", "通知 三组 医保缴费截止：2027年城乡居民医保缴费12月20日截止，每人400元。")
	c.now = c.now.Add(10 * time.Minute)
	c.say("张三", "已交")
	c.say("陈二", "收到")
	has(t, "查 #N1", c.in(officeChat, "孙七", "查 #N1"), "青山村三组：已收到 2/9 户（其中说已交 1 户），没回：")
}
