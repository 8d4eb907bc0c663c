package handlers_test

import (
	"testing"
)

// TestInPersonAskedFirst (appr101): a first 「低保要本人去吗」 from one who
// asked nothing was silent (main: read as a mere question); 「结婚登记要本
// 人去吗」 too. It is a procedure question: he hears the guide's lines that
// say who may go for him (村委会可代办), filed and answered alone; a guide
// whose lines name no one going for him tells its whole procedure.
func TestInPersonAskedFirst(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("陈二", "低保要本人去吗")
	has(t, "低保", got, "已登记 #R1（办事咨询）：低保要本人去吗", "【低保】办理流程里写的：", "可请村委会代交", "村委会可代办", "要看全部步骤，在群里说「低保怎么办」")
	lacks(t, "低保", got, "带齐材料", "@李四")
	// the example 结婚登记 says 「本人必须亲自去，不能代办」 since appr108:
	// that line answers it
	got = c.say("张三", "结婚登记得亲自去不")
	has(t, "结婚登记", got, "【结婚登记】办理流程里写的：", "本人必须亲自去，不能代办")
	c.wantReports(2, "two first questions")
	for _, text := range []string{"我本人去年已经交过了", "快递要本人去取吗"} {
		silent(t, text, newChat(t, guideReader(t)).say("张三", text))
	}
}

// TestElderAskedThroughWorker (appr101): 王五's 「王奶奶问高龄补贴认证了没
// 有」 was filed as his own question and answered with the payment-check
// line of 高龄补贴 (一卡通到账记录), which tells nothing of 认证. It is the
// elder's question relayed (her item, he its recorder) and of the 认证,
// whose record he is told how to look up.
func TestElderAskedThroughWorker(t *testing.T) {
	c := newChat(t, guideReader(t))
	got := c.say("王五", "王奶奶问高龄补贴认证了没有")
	has(t, "check", got, "掌上12333", "认证记录")
	lacks(t, "check", got, "一卡通")
	// her leader reads who passed it on, and whom his answer goes to
	has(t, "leader", got, "李四: 【村民提问】王奶奶（王五代问）在青山村三组网格群问我（#R1）", "我发到群里给王五；也可以直接在群里回王五")
	// what he tells on of her question is no answer to it (main: 「已记下
	// 王五的答复」, the item 已答复)
	lacks(t, "his own words", c.say("王五", "她自己不会弄手机"), "已记下王五的答复")
	if rep := c.reports()[0]; !rep.AwaitsAnswer() {
		t.Errorf("#R1 status %q: still awaits the leader's answer", rep.Status)
	}
	rep := c.reports()[0]
	if rep.Reporter != "王奶奶" || rep.Recorder != "王五" {
		t.Errorf("reporter %q recorder %q, want 王奶奶 and 王五", rep.Reporter, rep.Recorder)
	}
	c.private("王五", "王奶奶让我问一下低保年审要准备啥")
	if rep := c.reports()[1]; rep.Reporter != "王奶奶" || rep.Recorder != "王五" {
		t.Errorf("让我问: reporter %q recorder %q, want 王奶奶 and 王五", rep.Reporter, rep.Recorder)
	}
	c.say("张三", "王奶奶问低保怎么办")
	if rep := c.reports()[2]; rep.Reporter != "张三" {
		t.Errorf("a villager's: reporter %q, want 张三", rep.Reporter)
	}
}

// TestCertifiedHowToCheck (appr101): 「认证过了没 咋查」 after the 认证
// guide quoted its steps again (main): nothing in them says how to look
// up whether it was done. The guide's check line answers it; whether it
// was done is still the grid's to say.
func TestCertifiedHowToCheck(t *testing.T) {
	c := newChat(t, guideReader(t))
	c.say("陈二", "养老金资格认证怎么弄")
	got := c.say("陈二", "认证过了没 咋查")
	has(t, "check", got, "陈二就 #R1（养老金资格认证怎么弄）又问：认证过了没 咋查", "自己查：", "掌上12333", "认证记录")
	lacks(t, "check", got, "子女在外地也能用自己的手机帮老人认证")
	c = newChat(t, guideReader(t))
	c.say("陈二", "医保怎么交")
	has(t, "paid", c.say("陈二", "交没交上在哪查"), "自己查：", "国家医保服务平台")
	c = newChat(t, guideReader(t))
	has(t, "first", c.say("张三", "我娘的养老金认证过了没有 咋查"), "您也可以自己查：", "认证记录")
}

// TestDecemberWalk101 (appr101, walked 12-08): 「危房改造今年还能报不」 and
// 「危房改造今年还有名额不」 were silent (危房 in the scheme's name read as
// a hazard told; 名额 asked nothing). 「还来得及不」 still hears the whole
// guide (und/ask65 want it whole when 受不受影响 is asked beside it).
func TestDecemberWalk101(t *testing.T) {
	for _, text := range []string{"危房改造今年还能报不", "危房改造今年还有名额不"} {
		has(t, text, newChat(t, guideReader(t)).say("张三", text), "【危房改造】")
	}
	got := newChat(t, guideReader(t)).say("张三", "今年医保还没交 31号之前还来得及不")
	has(t, "deadline", got, "【城乡居民医保】", "时限：", "多在9月到12月底")
	// a house about to fall is still a hazard told
	has(t, "a hazard", newChat(t, guideReader(t)).say("张三", "危房改造的事 我家隔壁那间老房子要塌了"), "安全隐患")
}
