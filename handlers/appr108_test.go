package handlers_test

import (
	"testing"
	"time"
)

// TestPlainAnswerOfPayoutNews (appr108): with 王乐's 危房改造 question and
// 张三's 「今年有没有取暖补贴」 (陈二 joined) both waiting, 李四's plain
// 「今年照常发 月底前打到一卡通」 was recorded on 危房改造, whose guide
// shares 打到一卡通 (main). Whether it is paid this year is what the
// payout item asked: the answer is that item's.
func TestPlainAnswerOfPayoutNews(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "危房", c.say("王乐", "俺家房子老了 下雪屋顶都压弯了 危房改造今年还能报不"), "已登记 #R1", "@李四")
	c.now = c.now.Add(30 * time.Minute)
	has(t, "取暖", c.say("张三", "今年有没有取暖补贴"), "已登记 #R2", "@李四")
	c.now = c.now.Add(20 * time.Minute)
	has(t, "joined", c.say("陈二", "取暖补贴今年还发不发啊"), "#R2", "已合在一起")
	c.now = c.now.Add(10 * time.Minute)
	got := c.say("李四", "今年照常发 月底前打到一卡通")
	has(t, "answer", got, "#R2 现在「已答复」", "张三、陈二")
	lacks(t, "answer", got, "#R1")
	for _, rep := range c.reports() {
		if rep.ID == "R1" && !rep.AwaitsAnswer() || rep.ID == "R2" && rep.AwaitsAnswer() {
			t.Errorf("#%s awaits an answer: %v", rep.ID, rep.AwaitsAnswer())
		}
	}
	// an answer of the other kind still goes by its words
	has(t, "危房 answer", c.say("李四", "危房改造今年还能报 先去村委会写个申请"), "#R1 现在「已答复」")
}

// TestDeadlineAskedAwayNoPhone (appr108): 「高龄补贴认证啥时候截止 俺在外地回不
// 来」 and 「低保年审啥时候截止 俺在外地打工」 heard the whole guide (main:
// 截止 after 啥时候 was read as the time of another thing). Now the 时限
// and, for 认证, the steps done on a phone; for 低保年审, which is not done
// from afar, the lines of one away and who may do it for him.
func TestDeadlineAskedAwayNoPhone(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("邹建平", "高龄补贴认证啥时候截止 俺在外地回不来")
	has(t, "认证", got, "【养老金资格认证】办理流程里写的", "时限：每年一次", "子女在外地也能用自己的手机帮老人认证")
	lacks(t, "认证", got, "带齐材料", "协办员上门认证")
	c = newChat(t, guideReader(t))
	got = c.say("范强", "低保年审啥时候截止 俺在外地打工")
	has(t, "年审", got, "【低保年审】办理流程里写的", "时限：一般每年一次", "有人外出打工", "村委会可代办")
	lacks(t, "年审", got, "带齐材料", "配合入户调查")
	c = newChat(t, guideReader(t))
	got = c.say("唐磊", "俺妈的高龄补贴认证 俺在外地打工回不来 能不能在手机上弄 最晚啥时候")
	has(t, "最晚", got, "时限：每年一次", "子女在外地也能用自己的手机")
	lacks(t, "最晚", got, "带齐材料")
	// asked only whether it is done on a phone: those steps, no 时限
	c = newChat(t, guideReader(t))
	got = c.say("唐磊", "俺在外地 高龄补贴认证能在手机上弄不")
	has(t, "remote", got, "办理流程里写的", "子女在外地也能用自己的手机")
	lacks(t, "remote", got, "带齐材料", "时限")
	// at home, the deadline alone
	c = newChat(t, guideReader(t))
	got = c.say("张三", "养老金认证啥时候截止")
	has(t, "home", got, "时限：每年一次")
	lacks(t, "home", got, "带齐材料", "手机上办")
}

// TestMarriageWithoutHukou (appr108): 结婚登记 needs no 户口簿 since the
// revised 婚姻登记条例 (2025-05-10); the example guide says so, and a
// question of the 户口本 (first, or on his item) hears that line alone,
// nobody @-ed: 「户口本在他爸那 咋办」 @-ed the leader with 「办事指南里只写
// 了这些」 and 「要带户口本原件吗」 with 「要原件还是复印件…没有写」 (main).
func TestMarriageWithoutHukou(t *testing.T) {
	c := newChat(t, guideReader(t))
	has(t, "first", c.say("沈丹", "俺和对象腊月二十六想去领结婚证 要带啥"), "已登记 #R1", "户口簿不用带")
	c.now = c.now.Add(5 * time.Minute)
	got := c.say("沈丹", "户口本在他爸那 咋办")
	has(t, "where", got, "户口簿不用带")
	lacks(t, "where", got, "@李四", "办事指南里只写了这些")
	c.now = c.now.Add(5 * time.Minute)
	got = c.say("沈丹", "要带户口本原件吗")
	has(t, "copy", got, "户口簿不用带")
	lacks(t, "copy", got, "@李四", "要原件还是复印件")
	c = newChat(t, guideReader(t))
	got = c.say("沈丹", "结婚登记要带户口本不")
	has(t, "asked first", got, "已登记 #R1", "户口簿不用带", "要看全部步骤")
	lacks(t, "asked first", got, "1. 男女双方")
	// a paper the guide needs still gets its line, the copy unsaid
	c = newChat(t, guideReader(t))
	got = c.say("张三", "低保要带户口本不")
	has(t, "低保", got, "全家身份证、户口簿")
	lacks(t, "低保", got, "1. ")
	c.now = c.now.Add(5 * time.Minute)
	has(t, "低保 copy", c.say("张三", "要带户口本原件吗"), "要原件还是复印件，办事指南里没有写", "@李四")
}

// TestAwayAskedFirst (appr108): one away who asks yes or no ("俺爸的低保
// 年审能让俺妈去办不", "能帮他认证不") heard the whole guide (main); now the
// steps done from afar, else those for one away and who may do it for
// him. A place of work named ("俺在广东打工") is away too.
func TestAwayAskedFirst(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("邹磊", "俺在外地打工 腊月二十八才回 俺爸的低保年审能让俺妈去办不")
	has(t, "年审", got, "办理流程里写的", "有人外出打工", "村委会可代办")
	lacks(t, "年审", got, "带齐材料", "1. ")
	c = newChat(t, guideReader(t))
	got = c.say("董浩", "俺爷85了 高龄补贴认证俺在外地 能帮他认证不")
	has(t, "认证", got, "办理流程里写的", "子女在外地也能用自己的手机帮老人认证")
	lacks(t, "认证", got, "带齐材料")
	c = newChat(t, guideReader(t))
	got = c.say("卢雪", "医保今年还能交不 俺在广东打工")
	has(t, "广东", got, "时限：每年集中缴费期", "微信或支付宝")
	// asked how, the whole guide
	c = newChat(t, guideReader(t))
	has(t, "how", c.say("邹磊", "俺在外地打工 低保年审咋弄"), "【低保年审】怎么办：")
}

// TestOwnRecordCheckAsked (appr108): 「高龄补贴到账了没 咋查」 heard the whole
// guide (main: 咋查 read as asking how it is done); the guide's check line
// answers it.
func TestOwnRecordCheckAsked(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("姚立新", "高龄补贴到账了没 咋查")
	has(t, "check", got, "办理流程里写的", "自己查：看一卡通")
	lacks(t, "check", got, "带齐材料", "1. ")
}

// TestTimeAskedFasterWay (appr108): the 时限 asked of 身份证补办 (20 to 60
// days) is told with the note's 「急用可同时办临时身份证」: one home for the
// Spring Festival cannot wait for the card.
func TestTimeAskedFasterWay(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("谢明", "俺儿子腊月二十回来 想办个身份证 原来的丢了 回来能办下来不")
	has(t, "id", got, "时限：一般20到60天", "急用可同时办临时身份证")
	lacks(t, "id", got, "1. ")
	c = newChat(t, guideReader(t))
	got = c.say("张三", "低保要多久能批下来")
	lacks(t, "no faster way", got, "提示：")
}

// TestProcedureAskedNotAStay (appr108): privately, 「俺娘今年80了 高龄补贴咋
// 申请 俺在外地」 was read as his mother's stay away and answered 「名单上您
// 家没有…要停的回访电话」 (main); the question is answered.
func TestProcedureAskedNotAStay(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.private("张三", "俺娘今年80了 高龄补贴咋申请 俺在外地")
	has(t, "private", got, "已登记 #R1", "【高龄补贴】怎么办")
	lacks(t, "private", got, "回访电话")
	// asked which office, the 去哪办 line (privately: in the group the
	// reader takes 「…要去县里还是镇上办」 for a query, silent; not changed)
	c = newChat(t, guideReader(t))
	got = c.private("陈二", "俺闺女腊月回来结婚 结婚登记要去县里还是镇上办")
	has(t, "where", got, "办理流程里写的", "去哪办：县民政局婚姻登记处")
	lacks(t, "where", got, "1. ")
}

// TestElderMayGetAskedByWorker (appr108): 王五's 「帮王奶奶问一下 取暖补贴她能
// 领不」 read 「您的情况够不够条件」 to him (main); it is 王奶奶's case.
func TestElderMayGetAskedByWorker(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("王五", "帮王奶奶问一下 取暖补贴她能领不")
	has(t, "elder", got, "王奶奶的情况够不够条件")
	lacks(t, "elder", got, "您的情况")
	has(t, "own", newChat(t, guideReader(t)).say("张三", "取暖补贴俺家能领不"), "您的情况够不够条件")
}
