package handlers_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers"
	"gridbot/understand"
	"gridbot/village"
)

// TestProcedureQuestionAnsweredAtOnce: a villager's plain question about
// a procedure the knowledge base holds (残疾证去哪办) is registered with
// the procedure in the reply, as 宅基地建房要办什么手续 is; not asked
// 「回复1登记」 first.
func TestProcedureQuestionAnsweredAtOnce(t *testing.T) {
	c := newChat(t, understand.Rules{})
	expect(t, "残疾证", c.say("张三", "残疾证去哪办"), grid3+": 已登记 #R1（办事咨询）：残疾证去哪办\n【残疾证】办理流程里写的：\n去哪办：") // the part asked (appr97)
}

// TestProcedureQuestionsInVillageWords: "想批块宅基地盖房子" and "俺家房
// 子裂了 危房改造咋报" ask for a procedure the knowledge base holds, and
// get it; the crack is no hazard to confirm. The same villager's "那残疾
// 证呢" names another: he gets that one, not the follow-up route of the
// first. Asked again, or by a villager who asked nothing, it files nothing.
func TestProcedureQuestionsInVillageWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "宅基地", c.say("陈二", "想批块宅基地盖房子"), "已登记 #R1（办事咨询）", "【宅基地建房】怎么办")
	has(t, "危房改造", c.say("张三", "俺家房子裂了 危房改造咋报"), "已登记 #R2（办事咨询）", "【危房改造】怎么办")
	expect(t, "another villager's bare question", c.say("刘大妈", "那残疾证呢"))
	got := c.say("张三", "那残疾证呢")
	has(t, "the next procedure", got, "已登记 #R3（办事咨询）：那残疾证呢", "【残疾证】怎么办")
	lacks(t, "the next procedure", got, "又问")
	lacks(t, "asked again", c.say("张三", "那残疾证呢"), "#R4")
}

// TestProcedureFollowUp: the same villager's next procedure question the
// knowledge base cannot answer in full (那要带户口本原件吗: its materials
// list 户口簿, and say neither 原件 nor 复印件), soon after his own, goes
// to the handlers of his open item, which it names; nothing new is
// registered. Another villager's question is his own.
func TestProcedureFollowUp(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	expect(t, "follow-up", c.say("陈二", "那要带户口本原件吗"),
		grid3+": @李四\u2005陈二就 #R1（低保怎么申请）又问：那要带户口本原件吗\n【低保】办理流程里写的：\n带齐材料：全家身份证、户口簿、低保申请书、家庭收入和财产申报表、家庭经济状况核对授权书、残疾证、病历等（有的话）\n"+
			"要原件还是复印件，办事指南里没有写，请负责人在群里答复陈二。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。陈二，请稍等回复，也可发「查 #R1」看进度。")
	got := c.say("张三", "那要带户口本原件吗")
	if len(got) == 1 && strings.Contains(got[0], "#R1") {
		t.Errorf("another villager's question was taken for 陈二's: %q", got)
	}
}

// TestProcedureFollowUpOfTwo: a villager with two open procedure items
// who asks further goes to the one his question fits (照片: 危房改造's
// 现住房照片, though 低保 was asked first), and to the most recent when
// it fits both (户口本: 户口簿 in both lists) or is a procedure question
// of no item's words.
func TestProcedureFollowUpOfTwo(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "危房改造", c.say("张三", "危房改造咋报"), "已登记 #R1（办事咨询）")
	has(t, "低保", c.say("张三", "低保怎么申请"), "已登记 #R2（办事咨询）")
	has(t, "fits the older", c.say("张三", "照片要几张"), "张三就 #R1（危房改造咋报）又问：照片要几张")
	has(t, "fits both", c.say("张三", "要带户口本原件吗"), "张三就 #R2（低保怎么申请）又问：要带户口本原件吗")
	has(t, "fits the newer", c.say("张三", "家庭收入怎么算"), "张三就 #R2（低保怎么申请）又问：家庭收入怎么算")
}

// TestProcedureQuestionAfterTheAnswer: after the bot told a procedure
// and promised "有不清楚的…在群里接着说，我请网格长答复您", the villager's
// next question about it, which reads as no report ("要去县医院鉴定吗
// 还是镇上就行"), goes to the grid leader; a question of his about
// something else, or another villager's, does not.
func TestProcedureQuestionAfterTheAnswer(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "procedure", c.say("张三", "俺娘腿脚不好 想给她办个残疾证 咋弄"), "【残疾证】怎么办", "在群里接着说，我请网格长答复您")
	expect(t, "further question", c.say("张三", "要去县医院鉴定吗 还是镇上就行"),
		grid3+": @李四\u2005张三就 #R1（俺娘腿脚不好 想给她办个残疾证 咋弄）又问：要去县医院鉴定吗 还是镇上就行")
	for who, text := range map[string]string{"张三": "今晚村里放电影吗", "陈二": "要去县医院鉴定吗"} {
		if got := c.say(who, text); strings.Contains(strings.Join(got, "\n"), "#R1") {
			t.Errorf("%s %q was taken for a question about R1: %q", who, text, got)
		}
	}
}

// TestMaterialsReady: a villager who asked about a procedure and writes
// within days that his materials are ready, or asks where to hand them
// in, is passed to the handlers of his open item; a ready word from
// someone else, from one with no open approval item, a week later or
// with no materials or next step named (饭准备好了) is not.
func TestMaterialsReady(t *testing.T) {
	for _, text := range []string{"材料准备好了请告诉我", "材料都齐了 下一步找谁", "准备好了请告诉我去哪交"} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "上报 低保怎么申请")
		expect(t, text, c.say("陈二", text),
			grid3+": @李四\u2005陈二就 #R1（低保怎么申请）说："+text+"\n请负责人在群里告诉陈二材料交到哪里、交给谁。陈二，请稍等回复，也可发「查 #R1」看进度。")
	}
	c := newChat(t, understand.Rules{})
	silent(t, "no open approval item", c.say("陈二", "材料准备好了请告诉我"))
	c.say("陈二", "上报 低保怎么申请")
	silent(t, "another villager's word was taken for 陈二's", c.say("张三", "材料准备好了请告诉我"))
	silent(t, "饭准备好了 was taken for his materials", c.say("陈二", "饭准备好了"))
	c.now = c.now.Add(7 * 24 * time.Hour)
	silent(t, "a week later", c.say("陈二", "材料准备好了请告诉我"))
}

// TestProcedureUnknown: a question about no procedure the bot knows is
// registered for the leader to answer, with a few known ones as examples,
// not the whole list.
func TestProcedureUnknown(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "上报 办事 我们家那个厕所改造的补贴什么时候发啊")
	expect(t, "unknown", got, grid3+": 已登记 #R1（办事咨询）：我们家那个厕所改造的补贴什么时候发啊\n网格长会帮您问清楚、告诉您怎么办。常见的如宅基地建房、低保、残疾证、")
	expectLike(t, "the examples", got, like{has: "等，直接问“怎么办”我就能答。", lacks: "土地承包经营权证"})
}

// TestProcedureFollowUpInPrivate: a procedure asked privately is followed
// up privately: the answer says to go on in private, his next question
// reaches the leader privately with his phone, and he hears whom it went
// to; nothing is said in the group, nothing new registered. A question
// the bot cannot answer, asked privately, @mentions nobody.
func TestProcedureFollowUpInPrivate(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "procedure", c.private("陈二", "低保怎么申请"), "【低保】怎么办", "接着私信我说，我转告网格长")
	expect(t, "follow-up", c.private("陈二", "那要带户口本原件吗"),
		"李四: 【私信反映·又问】陈二就 #R1（低保怎么申请）又问：那要带户口本原件吗\n请答复陈二（当面、电话 13900000002 或微信都行）",
		"陈二: 【低保】办理流程里写的：\n带齐材料：全家身份证、户口簿、低保申请书、家庭收入和财产申报表、家庭经济状况核对授权书、残疾证、病历等（有的话）\n要原件还是复印件，办事指南里没有写，已转告李四，会尽快联系您答复。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。")
	got := c.private("张三", "我想问问退役军人优待证咋申请")
	has(t, "unknown procedure", got, "张三: 已登记 #R2（办事咨询）", "已私下转给网格长李四")
	lacks(t, "unknown procedure", got, "@")
	c.wantReports(2, "")
}

// TestProcedureRenewal: a villager whose certificate ran out or got lost
// (残疾证过期了咋整) is told how to renew or replace it, not how to apply
// the first time; a plain question still gets the first application.
func TestProcedureRenewal(t *testing.T) {
	answersEach(t, understand.Rules{}, "张三", map[string]string{
		"残疾证过期了咋整":       "【残疾证换领】怎么办",
		"俺家老头残疾证快到期了 咋换": "【残疾证换领】怎么办",
		"残疾证弄丢了咋补":       "【残疾证换领】怎么办",
		"身份证过期了去哪换":      "【身份证补办】怎么办",
		"社保卡坏了咋整":        "【社保卡补办】怎么办",
		"想给俺娘办个残疾证 咋弄":   "【残疾证】怎么办",
	})
}

// TestProcedureCertifyAndArrears: a pensioner's yearly certification
// (刷脸) has a procedure of its own, and a premium missed and paid late is
// the premium's, even when the question names reimbursement too.
func TestProcedureCertifyAndArrears(t *testing.T) {
	answersEach(t, understand.Rules{}, "张三", map[string]string{
		"养老金认证今年还要刷脸不 在手机上咋弄":          "【养老金资格认证】怎么办",
		"我在外地打工 家里老人的养老金认证能不能我在手机上帮他弄": "【养老金资格认证】办理流程里写的", // its phone steps (appr108)
		"医保断交了一年 现在补交还来得及不 看病报销受不受影响":  "【城乡居民医保】怎么办",
		"医保报销要带啥": "【医保报销】办理流程里写的", // the part asked (appr97)
	})
}

// TestProcedureDialect: villagers' own words find the procedure.
func TestProcedureDialect(t *testing.T) {
	answersEach(t, understand.Rules{}, "陈二", map[string]string{
		"刚生了娃 要办啥手续":  "【新生儿落户】怎么办",
		"俺爹走了 后事手续咋办": "【老人去世后的手续】怎么办",
		// a widow's words found no procedure: the leader was asked
		"我家老头子走了 后事要办啥手续": "【老人去世后的手续】怎么办",
		"老伴走了 丧事要去哪里开证明":  "【老人去世后的手续】怎么办",
		// typed by pinyin, or asked in few words: silence, or the leader asked
		"残疾政咋办":   "【残疾证】怎么办",
		"俺娘想办残急证": "【残疾证】怎么办",
		"户口咋迁":    "【户口迁移】怎么办",
	})
}

// TestProcedureAskedAgainByName: a villager whose procedure question is
// still open asks about the same procedure again, naming it ("残疾证要本
// 人去吗 俺娘腿脚不好" after "俺娘想办个残疾证咋弄"): it is a further
// question of that item, for its handlers, not a second item with the
// whole procedure told again. A procedure he has not asked about is
// still answered as its own.
func TestProcedureAskedAgainByName(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "procedure", c.say("张三", "俺娘想办个残疾证咋弄"), "已登记 #R1（办事咨询）", "【残疾证】怎么办")
	got := c.say("张三", "残疾证要本人去吗 俺娘腿脚不好")
	has(t, "asked again", got, "@李四\u2005张三就 #R1（俺娘想办个残疾证咋弄）又问：残疾证要本人去吗 俺娘腿脚不好")
	lacks(t, "asked again", got, "#R2", "【残疾证】怎么办")
	c.wantReports(1, "after a further question naming the same procedure")
	has(t, "another procedure", c.say("张三", "低保咋申请"), "已登记 #R2（办事咨询）", "【低保】怎么办")
}

// TestProcedureFollowUpAnsweredFromTheGuide: a further question about
// what the procedure told says (how long, what to bring, where) gets the
// guide's own line at once beside the handlers' @, whatever words it
// shares with the item: "多久能批下来" was met with silence, sharing no
// word with 残疾证's guide.
func TestProcedureFollowUpAnsweredFromTheGuide(t *testing.T) {
	for text, want := range map[string]string{
		"多久能批下来": "时限：评定后一般1个月内发证，以县残联答复为准",
		"要带啥材料":  "带齐材料：身份证、户口簿、近期2寸白底免冠彩照（一般3张）",
		"去哪里办呀":  "去哪办：县残联（镇便民服务中心、村委会可代办）",
		// in few words, sharing none with the guide (TestProcedureFollowUpInFewWords)
		"要去县里吗":   "去哪办：县残联（镇便民服务中心、村委会可代办）",
		"得跑县城不":   "去哪办：县残联（镇便民服务中心、村委会可代办）",
		"要回来开证明不": "办事指南里没有写这一点",
	} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "俺娘想办个残疾证咋弄")
		got := c.say("张三", text)
		has(t, text, got, "张三就 #R1（俺娘想办个残疾证咋弄）又问："+text, want, "请负责人在群里答复张三")
		c.wantReports(1, "after "+text)
	}
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	lacks(t, "a question the guide does not answer", c.say("陈二", "要拍照吗"), "带齐材料", "时限", "去哪办")
	for _, text := range []string{"明天去哪赶集啊", "你们过几天还来吗"} {
		lacks(t, "a question about something else", c.say("陈二", text), "#R1")
	}
}

// TestProcedureAnsweredShownAsTold: a procedure question the bot answered
// with its procedure waits for nobody's 确认, so every view says so as
// 待办 does (已告知流程): 查 #R, 我的事项, the leader's private list and
// the leader's note of one asked privately, which asked him to 确认 it.
func TestProcedureAnsweredShownAsTold(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "残疾证去哪办")
	has(t, "查", c.say("陈二", "查 #R1"), "#R1 办事咨询·已告知流程")
	has(t, "我的事项", c.say("陈二", "我的事项"), "#R1 已告知流程")
	got := c.private("张三", "俺家想吃低保 咋弄")
	has(t, "the leader's note", got, "李四: 【私信反映】张三 反映 #R2", "不用回「确认」")
	lacks(t, "the leader's note", got, "请私信我回复「确认 #R2」受理")
	has(t, "the leader's private list", c.say("李四", "待办"), "#R2 办事咨询·已告知流程")
}

// TestProcedureGuideCovers: questions villagers ask that the example
// guide had no entry for get one: 独生子女证 was met with silence, and
// any 开个证明 was sent to the police station's 户籍证明 (a 村委会 note, or
// no paper at all under 告知承诺, is what most such questions need);
// 火化, 殡葬 find the 后事 entry. The reader knows the guide's keywords,
// as app.NewReader's does.
func TestProcedureGuideCovers(t *testing.T) {
	answersEach(t, guideReader(t), "陈二", map[string]string{
		"独生子女证咋办":          "【计划生育奖励扶助】怎么办",
		"俺两口子60了 独生子女奖励咋领": "【计划生育奖励扶助】怎么办",
		"开证明找谁":            "【村里开证明】怎么办",
		"要开个居住证明 去哪开":      "【村里开证明】办理流程里写的", // the part asked (appr97)
		"开户口证明去哪开":         "【户籍证明】办理流程里写的",
		"火化要办啥手续":          "【老人去世后的手续】怎么办",
		"生育登记怎么办":          "【生育登记】怎么办",
		"准生证咋办":            "【生育登记】怎么办",
		"生二胎要办啥登记":         "【生育登记】怎么办",
		"殡葬补贴咋领":           "【老人去世后的手续】怎么办",
	}, "已登记 #R1（办事咨询）")
}

// answersEach checks that each text, said by from in the group of a new
// chat whose free text reader reads, is answered with its want and with
// each of also.
func answersEach(t *testing.T, reader handlers.Reader, from string, wants map[string]string, also ...string) {
	t.Helper()
	for text, want := range wants {
		c := newChat(t, reader)
		has(t, text, c.say(from, text), append([]string{want}, also...)...)
	}
}

// TestProcedureFollowUpForAnElder: a worker who asked for an elder with
// no WeChat (代报 王奶奶 …) asks on for her ("她要带啥材料"): it is a
// further question of her item, which he answers for, not a new item of
// his own that the leader is asked to 确认.
func TestProcedureFollowUpForAnElder(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "filed for her", c.say("王五", "代报 王奶奶 高龄补贴咋领"), "已登记 #R1（办事咨询）", "【高龄补贴】怎么办")
	got := c.say("王五", "她要带啥材料")
	has(t, "asked on for her", got, "王五就 #R1（高龄补贴咋领）又问：她要带啥材料", "带齐材料：老人身份证、户口簿")
	lacks(t, "asked on for her", got, "#R2")
	c.wantReports(1, "after his further question for her")
	has(t, "she cannot read it", c.say("王五", "王奶奶说字太多看不懂"), "王五就 #R1（高龄补贴咋领）说：王奶奶说字太多看不懂", "讲给王奶奶听")
}

// TestProcedureCannotRead: a villager who says he cannot read the guide
// he was sent (我不识字 看不懂) got silence; his item's handlers are now
// asked to tell him by phone or in person. Said with no such item, it is
// left alone.
func TestProcedureCannotRead(t *testing.T) {
	c := newChat(t, understand.Rules{})
	silent(t, "no procedure question", c.say("张三", "我不识字 看不懂"))
	c.say("张三", "俺娘想办个残疾证咋弄")
	got := c.say("张三", "我不识字 看不懂")
	has(t, "cannot read", got, "@李四\u2005张三就 #R1（俺娘想办个残疾证咋弄）说：我不识字 看不懂", "打电话或当面")
	c.wantReports(1, "after 看不懂")
	c.private("陈二", "低保怎么申请")
	has(t, "cannot read, told privately", c.private("陈二", "字太多了 看不懂"),
		"李四: 【私信反映·又问】陈二就 #R2（低保怎么申请）说：字太多了 看不懂\n陈二看不懂文字，请把怎么办、带什么材料讲给陈二听（当面、电话 13900000002")
}

// TestProcedureElderAllowanceByAge: an elder's age and money asked after
// ("俺娘80了 有补贴不", "我爸85了能领啥钱", "老人过了80有没有钱") ask for
// the 高龄补贴, which names no keyword of it: they were asked back
// 「回复1登记」 with no procedure, or met with silence. Money paid in, an
// age of no person or a birthday party is no such question.
func TestProcedureElderAllowanceByAge(t *testing.T) {
	for _, text := range []string{"俺娘80了 有补贴不", "我爸85了能领啥钱", "老人过了80有没有钱", "俺爹九十多了 有啥补助没", "我妈八十三岁了，国家给补贴吗",
		"我妈都八十好几了 有钱领没", "俺爹今年82 国家给钱不"} {
		c := newChat(t, guideReader(t))
		has(t, text, c.say("张三", text), "已登记 #R1（办事咨询）", "【高龄补贴】怎么办")
	}
	for _, text := range []string{"俺娘80了 医保还要交钱吗", "老李头今天八十大寿 大家去喝酒啊", "本月走访八十余户 补贴发放情况良好"} {
		c := newChat(t, guideReader(t))
		lacks(t, text, c.say("张三", text), "【高龄补贴】")
	}
}

// guideReader is the rules reader knowing the example guide's keywords,
// as app.NewReader's does.
func guideReader(t *testing.T) understand.Rules {
	t.Helper()
	cfg, _ := exampleVillage(t)
	var keywords []string
	for _, p := range cfg.Procedures {
		keywords = append(keywords, append([]string{p.Name}, p.Keywords...)...)
	}
	return understand.Rules{}.WithProcedures(keywords)
}

// TestProcedureAmount: "医保今年交多少钱" got the 医保 guide with no
// amount in it. An amount the guide holds comes first, said as of its
// year and to be checked with the village, and so does it to a further
// question (一个月给多少); one the guide lacks is the leader's to say:
// he is asked, and the item waits for him as one the guide cannot answer.
func TestProcedureAmount(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "医保今年交多少钱")
	has(t, "asked the amount", got, "已登记 #R1（办事咨询）：医保今年交多少钱\n金额：国家定的个人缴费标准每人每年不低于400元，低保、特困等有资助（这是2025年的标准，以村里通知为准，请向村委会核实）\n去哪办：", "在群里说「城乡居民医保怎么办」") // not the whole guide (und87)
	has(t, "查", c.say("张三", "查 #R1"), "已告知流程")
	lacks(t, "not asked", c.say("陈二", "残疾证去哪办"), "金额")
	got = c.say("陈二", "丧葬补助一般给多少钱 咋领")
	has(t, "an amount the guide lacks", got, "【老人去世后的手续】多少钱指南里没有写，已请@李四\u2005在群里答复您。")
	has(t, "waits for the leader", c.say("陈二", "查 #R3"), "待受理")
	c2 := newChat(t, understand.Rules{})
	c2.say("张三", "养老保险怎么交")
	has(t, "further question", c2.say("张三", "一年交多少钱"), "【城乡居民养老保险】办理流程里写的：\n金额：每年自选一档交")
}

// TestProcedureFollowUpMentionsOnceADay: a villager who asks further
// again and again had the handlers @-mentioned each time; they are
// @-mentioned once a day per item, named without @ after that, and
// @-mentioned again the next day.
func TestProcedureFollowUpMentionsOnceADay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	has(t, "first", c.say("陈二", "那要带户口本原件吗"), grid3+": @李四\u2005陈二就 #R1（低保怎么申请）又问：那要带户口本原件吗")
	got := c.say("陈二", "户口本复印件行不行")
	has(t, "again", got, grid3+": 李四，陈二就 #R1（低保怎么申请）又问：户口本复印件行不行")
	lacks(t, "again", got, "@李四")
	c.now = c.now.Add(24 * time.Hour)
	has(t, "next day", c.say("陈二", "户口本要带几本？"), grid3+": @李四\u2005陈二就 #R1（低保怎么申请）又问：户口本要带几本？")
	c.wantReports(1, "after three further questions")
}

// TestProcedureAnsweredInWords: the grid leader who answers a villager's
// further procedure question in his own words (right after it, quoting
// the bot's message about it, or quoting the villager) left the item
// waiting to be taken on, chased and sent up as overdue; it is recorded
// as his answer (答复), the item 已告知流程 again, as the command does.
// Words long after, or a question, are no answer.
func TestProcedureAnsweredInWords(t *testing.T) {
	askedFurther := func(t *testing.T) *chat {
		c := newChat(t, understand.Rules{})
		c.say("陈二", "上报 低保怎么申请")
		has(t, "further question", c.say("陈二", "那要带户口本原件吗"), "请负责人在群里答复陈二")
		has(t, "waits", c.say("陈二", "查 #R1"), "待受理")
		return c
	}
	for name, send := range map[string]func(c *chat) []string{
		"right after": func(c *chat) []string { return c.say("李四", "要带原件，复印件也带一份") },
		"quoting the bot": func(c *chat) []string {
			return c.send(bot.Message{Chat: grid3, From: "李四", Text: "原件复印件都带上",
				Quote: &bot.Quote{Name: "网格小助手", Text: "@李四 陈二就 #R1（低保怎么申请）又问：那要带户口本原件吗"}})
		},
		"quoting the villager": func(c *chat) []string {
			return c.send(bot.Message{Chat: grid3, From: "李四", Text: "都带上", Quote: &bot.Quote{Name: "陈二", Text: "那要带户口本原件吗"}})
		},
		"the command": func(c *chat) []string { return c.say("李四", "答复 #R1 要带原件") },
	} {
		t.Run(name, func(t *testing.T) {
			c := askedFurther(t)
			has(t, name, send(c), "#R1 现在「已答复」")
			has(t, "查", c.say("陈二", "查 #R1"), "#R1 办事咨询·已答复", "答复")
			c.wantReports(1, "after the answer")
		})
	}
	c := askedFurther(t)
	lacks(t, "a question", c.say("李四", "你家几口人？"), "已告知流程")
	c.now = c.now.Add(3 * time.Hour)
	lacks(t, "hours later", c.say("李四", "要带原件"), "已告知流程")
	has(t, "still waits", c.say("陈二", "查 #R1"), "待受理")
}

// TestProcedureFollowUpInVillageWords: further questions asked the way
// villagers ask ("能代办不" ending in 不, "代办要带啥" with 啥 and no 吗)
// were met with silence; they go to the item's handlers as any further
// question does; so do questions of who goes and how ("要本人去吗", "要签
// 字吗"), which share no word with the guide. An office the guide names
// is no topic shared: "村委会几点有人" asks on only said so ("那…", ask64).
func TestProcedureFollowUpInVillageWords(t *testing.T) {
	for _, text := range []string{"代办要带啥", "那村委会几点有人", "要签字吗", "俺家这情况够不够条件"} {
		c := newChat(t, understand.Rules{})
		c.say("周八", "高龄补贴咋领")
		has(t, text, c.say("周八", text), "周八就 #R1（高龄补贴咋领）又问："+text)
		c.wantReports(1, "after "+text)
	}
	// whether another may go for her: the guide's 代办人身份证 answers it
	// alone (appr98)
	for _, text := range []string{"俺娘走不动 能代办不", "要本人去吗"} {
		c := newChat(t, understand.Rules{})
		c.say("周八", "高龄补贴咋领")
		has(t, text, c.say("周八", text), "周八，【高龄补贴】办理流程里写的：", "代办人身份证")
		c.wantReports(1, "after "+text)
	}
	// what the guide's materials tell: their line told again
	c := newChat(t, understand.Rules{})
	c.say("刘芳", "俺娘想办个残疾证 要带啥")
	has(t, "photo", c.say("刘芳", "照片要几寸的"), "刘芳就 #R1（俺娘想办个残疾证 要带啥）又问：照片要几寸的", "带齐材料：身份证、户口簿、近期2寸白底免冠彩照")
}

// TestProcedureAnswerTakenBack: a grid cadre's words right after a
// villager's further question are taken for his answer (答复) with no way
// back: words that were no answer ("要下雨了 大家把衣服收一下") left the
// question unanswered and its deadline gone. The reply says how to take
// it back; 不是答复 #R (or quoting the reply) does, and the question waits
// for an answer on the deadline it had. Nothing to take back is said so.
func TestProcedureAnswerTakenBack(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	has(t, "further question", c.say("陈二", "那要带户口本原件吗"), "请负责人在群里答复陈二")
	due := c.reports()[0].DueAt
	got := c.say("李四", "要下雨了 大家把衣服收一下")
	has(t, "read as the answer", got, "已记下李四的答复，#R1 现在「已答复」", "李四，说的不是这件事的话，请回「不是答复 #R1」")
	has(t, "taken back", c.say("李四", "不是答复 #R1"), grid3+": #R1 已撤回李四的答复「要下雨了 大家把衣服收一下」。陈二问的还在等答复，请在群里回「答复 #R1 内容」。")
	if got := c.reports()[0]; got.Status != village.StatusNew || !got.DueAt.Equal(due) {
		t.Errorf("after 撤回答复: %s due %v, want new due %v", got.Status, got.DueAt, due)
	}
	has(t, "查", c.say("陈二", "查 #R1"), "待受理", "撤回答复")
	has(t, "twice", c.say("李四", "不是答复 #R1"), "#R1 还在等答复，没有要撤回的")
	has(t, "the real answer", c.say("李四", "答复 #R1 要带原件，复印件也带一份"), "#R1 现在「已答复」")
	lacks(t, "the command's reply", c.say("陈二", "查 #R1"), "待受理")
	has(t, "quoting the reply", c.send(bot.Message{Chat: grid3, From: "李四", Text: "撤回答复",
		Quote: &bot.Quote{Name: "网格小助手", Text: "#R1 已记下答复：要带原件，复印件也带一份\n#R1 现在「已答复」。"}}), "#R1 已撤回李四的答复")
	has(t, "a villager may not", c.say("陈二", "不是答复 #R1"), "「不是答复」需要本网格的网格长、网格员或负责人来操作")
	c2 := newChat(t, understand.Rules{})
	c2.say("陈二", "低保怎么申请")
	has(t, "never answered", c2.say("李四", "不是答复 #R1"), "#R1 没有要撤回的答复")
}

// TestProcedureAmountToNobody: "医保一年要交好多钱啊" (and "医保一年多少钱")
// said in the group to nobody got silence, though the guide holds the
// amount: it is answered with it, amount first. One the guide lacks is
// answered too since und85 (the leader asked, the guide saying where),
// and chat naming no procedure stays chat.
func TestProcedureAmountToNobody(t *testing.T) {
	for _, text := range []string{"医保一年要交好多钱啊", "医保一年多少钱", "医保太贵了 交不起", "合作医疗今年多少钱一个人"} {
		c := newChat(t, understand.Rules{})
		has(t, text, c.say("张三", text), "已登记 #R1（办事咨询）：", "金额：国家定的个人缴费标准每人每年不低于400元，低保、特困等有资助（这是2025年的标准")
		has(t, "told, not waiting", c.say("张三", "查 #R1"), "已告知流程")
	}
	c := newChat(t, understand.Rules{})
	for _, text := range []string{"猪肉又涨价了", "这菜太贵了"} {
		silent(t, text, c.say("张三", text))
	}
	c.wantReports(0, "chat")
}

// TestProcedureAmountPaidTheOtherWay: "住院能报多少钱" after the 医保
// guide was answered with what one pays in (个人缴费每人每年400元), and so
// was "医保一个月能领多少": what is paid to the villager and what he pays
// are told apart. Asked the other way, the leader is asked, the guide's
// amount said for what it is; a question of neither way still gets it,
// and one of a procedure with both (养老保险) the amount paid its way.
func TestProcedureAmountPaidTheOtherWay(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("胡秀芝", "医保怎么交")
	got := c.say("胡秀芝", "那住院能报多少钱")
	// the scheme's entry that pays it out, asked on (appr97: was a
	// further question of #R1, answered by nothing)
	has(t, "further, paid out", got, "已登记 #R2（办事咨询）：医保 那住院能报多少钱", "【医保报销】多少钱指南里没有写")
	lacks(t, "further, paid out", got, "个人缴费")
	has(t, "further, paid in", c.say("胡秀芝", "那一年交多少钱"), "金额：国家定的个人缴费标准每人每年不低于400元")
	// asked in a few words, in private too: no 吗, no 多少钱
	has(t, "further, in a few words", c.say("胡秀芝", "一年交好多"), "金额：国家定的个人缴费标准每人每年不低于400元")
	c.private("张明", "医保报销要带什么")
	has(t, "further, privately", c.private("张明", "能报多少"), "已转告")
	got = c.say("张三", "@网格小助手 医保一个月能领多少")
	has(t, "asked, paid out", got, "【城乡居民医保】您问的这笔钱指南里没有写（指南里的金额是：国家定的个人缴费标准每人每年不低于400元，低保、特困等有资助），已请@李四\u2005在群里答复您。")
	lacks(t, "asked, paid out", got, "金额：")
	has(t, "waits for the leader", c.say("张三", "查 #R4"), "待受理")
	got = c.say("陈二", "养老金一个月能领多少")
	has(t, "a procedure of both ways, asked one", got, "金额：满60周岁按月领，国家定的基础养老金最低每人每月143元")
	lacks(t, "a procedure of both ways, asked one", got, "每年自选一档交")
	has(t, "neither way", c.say("刘芳", "@网格小助手 医保多少钱"), "金额：国家定的个人缴费标准每人每年不低于400元")
}

// TestProcedurePensionAmount: "养老金一个月多少钱" was answered with the
// yearly fee of 养老保险 (每年自选一档交…), which tells an old villager
// nothing of what he gets. The guide's monthly pension answers it, the
// fee answers "养老保险一年交多少", and asked neither way both are told.
// A guide holding no pension (only the fee) says so and asks the leader.
func TestProcedurePensionAmount(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "养老金一个月多少钱")
	has(t, "the pension", got, "已登记 #R1（办事咨询）：养老金一个月多少钱\n金额：满60周岁按月领，国家定的基础养老金最低每人每月143元")
	lacks(t, "the pension", got, "每年自选一档交", "指南里没有写")
	has(t, "the fee", c.say("陈二", "养老保险一年交多少"), "金额：每年自选一档交")
	got = c.say("刘芳", "@网格小助手 养老保险多少钱")
	has(t, "neither way", got, "金额：每年自选一档交", "金额：满60周岁按月领")

	cfg, dir := exampleVillage(t)
	for i := range cfg.Procedures {
		if p := &cfg.Procedures[i]; p.Name == "城乡居民养老保险" {
			p.Amounts = p.Amounts[:1] // the fee only
		}
	}
	c = chatOf(t, cfg, dir)
	got = c.say("张三", "@网格小助手 养老金一个月多少钱")
	has(t, "no pension in the guide", got, "【城乡居民养老保险】您问的这笔钱指南里没有写（指南里的金额是：每年自选一档交", "已请@李四\u2005在群里答复您")
	lacks(t, "no pension in the guide", got, "金额：")
}

// TestProcedureAmountKindWritten: which way an amount goes is what the
// guide says (amount_kind), not what its words seem to: 医保's "每人每年
// 400元，财政另有补助" reads as a benefit (补助), yet it is the fee, and
// answers "医保一年交多少钱"; a benefit written so does not.
func TestProcedureAmountKindWritten(t *testing.T) {
	for _, tt := range []struct {
		kind   string
		answer bool
	}{{config.AmountFee, true}, {config.AmountBenefit, false}} {
		cfg, dir := exampleVillage(t)
		for i := range cfg.Procedures {
			if p := &cfg.Procedures[i]; p.Name == "城乡居民医保" {
				p.Amount, p.AmountKind = "每人每年400元，财政另有补助", tt.kind
			}
		}
		c := chatOf(t, cfg, dir)
		got := c.say("张三", "@网格小助手 医保一年交多少钱")
		if tt.answer {
			has(t, tt.kind, got, "金额：每人每年400元，财政另有补助")
		} else {
			has(t, tt.kind, got, "您问的这笔钱指南里没有写")
		}
	}
}

// TestProcedureFollowUpNamingIt: a villager's further question that names
// the procedure he just asked about ("低保要本人去吗" after "低保怎么申
// 请"), said in the group to nobody, reads as a mere question and met
// silence, though his answer told him to ask on in the group. It goes to
// the handlers of his item; the same words from one who asked nothing
// are his own first question (appr101).
func TestProcedureFollowUpNamingIt(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "低保怎么申请")
	has(t, "his further question", c.say("张三", "低保要签字吗"), "张三就 #R1（低保怎么申请）又问：低保要签字吗", "请负责人在群里答复张三")
	// whether he must go: the guide's 村委会可代办 answers it alone (appr98)
	has(t, "answered by the guide", c.say("张三", "低保要本人去吗"), "张三，【低保】办理流程里写的：", "可代办")
	// from one who asked nothing, it is his own first question, answered
	// by the same lines (appr101: it was left to people)
	has(t, "another villager's", c.say("陈二", "低保要本人去吗"), "已登记 #R2", "【低保】办理流程里写的：", "可代办")
	c.wantReports(2, "after the further questions")
}

// TestProcedureFollowUpNotPriceChat: after "低保怎么申请" his chat of
// what goods cost ("猪肉又涨价了", "这菜太贵了") went to the grid leader
// as a further question of his item, price words being taken for asking
// what the procedure costs. Such remarks stay chat; a question of its
// amount, or a remark of paying for it ("医保太贵了 交不起" after 医保),
// is still one.
func TestProcedureFollowUpNotPriceChat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "低保怎么申请")
	for _, text := range []string{"猪肉又涨价了", "这菜太贵了", "今年化肥好贵", "鸡蛋这么贵 真贵", "猪肉又涨价了吗"} {
		silent(t, text, c.say("陈二", text))
	}
	has(t, "a question of its amount", c.say("陈二", "低保一个月给多少"), "陈二就 #R1（低保怎么申请）又问：低保一个月给多少")
	c.wantReports(1, "price chat")
	c2 := newChat(t, understand.Rules{})
	c2.say("胡秀芝", "医保怎么交")
	has(t, "paying for it", c2.say("胡秀芝", "太贵了 交不起"), "胡秀芝就 #R1（医保怎么交）又问：太贵了 交不起")
}

// TestEmergencyAskingAid: "家里房子着火烧了 有没有啥救助" raised the fire
// alarm and never told the villager of 临时救助, which the knowledge base
// holds. The alarm goes first (duty chat, group); after it, once and
// short, where to apply for the aid and what to bring. A neighbour's
// word of the same fire gets no second one; an alarm that asks for no
// aid, or calls for rescue ("快来人救助"), gets none.
func TestEmergencyAskingAid(t *testing.T) {
	c := newChat(t, understand.Rules{})
	got := c.say("张三", "家里房子着火烧了 有没有啥救助")
	expectLike(t, "alarm, then the aid", got,
		like{start: "青山镇应急值班群: 【突发事件】"},
		like{start: grid3 + ": @李四", has: "119", lacks: "救助】"},
		like{start: grid3 + ": 张三，", has: "【临时救助】", end: "问“临时救助怎么办”。"})
	has(t, "the aid's lines", got[2:], "去哪办：镇便民服务中心（民政窗口）、村委会", "急难情况可当天先行救助", "带齐材料：身份证、户口簿")
	c.wantReports(1, "(the alarm alone)")
	lacks(t, "a neighbour of the same fire", c.say("陈二", "张三家着火了 有没有救助"), "临时救助")
	for _, text := range []string{"后山着火了", "村口有人落水了 快来人救助"} {
		c := newChat(t, understand.Rules{})
		got := c.say("张三", text)
		has(t, text, got, "【突发事件】")
		lacks(t, text, got, "临时救助")
	}
}

// TestEmergencyAidForNeighbour: a neighbour asking for aid in the group
// of an open fire ("我家也被烧了 能申请救助不") was filed a procedure
// question told only "网格长会帮您问清楚"; now he gets the aid's short
// procedure naming the alarm, once (asked again, a pointer to it), the
// fire notes his asking, and nothing else is filed. Its reporter, told
// in the alarm, is pointed to it too; with no emergency open, the
// question goes on as before.
func TestEmergencyAidForNeighbour(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "着火了！后山张家房子烧起来了 快来人")
	got := c.say("陈二", "我家也被烧了 能申请救助不")
	expectLike(t, "the aid", got, like{start: dutyChat + ": 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告：我家也被烧了"}, // TestEmergencyAidWithNewsOfHarm
		like{start: grid3 + ": 陈二，先顾好人身安全。您说的情况已转告镇应急值班。您问的救助已记在 #R1（着火了", has: "【临时救助】", end: "问“临时救助怎么办”。"})
	has(t, "the aid's lines", got, "去哪办：镇便民服务中心（民政窗口）、村委会；镇便民服务中心电话 0123-5550111", "带齐材料：身份证、户口簿")
	again := c.say("陈二", "我家也被烧了 能申请救助不")
	has(t, "asked again", again, "陈二，【临时救助】怎么申请，上面已经说过了（#R1）")
	lacks(t, "asked again", again, "带齐材料")
	c.wantReports(1, "(the fire alone)")
	has(t, "查", c.say("李四", "查 #R1"), "陈二 反映：问救助：我家也被烧了 能申请救助不")

	c = newChat(t, understand.Rules{})
	c.say("张三", "家里房子着火烧了 有没有啥救助")
	has(t, "the reporter told in the alarm", c.say("张三", "能申请救助不"), "张三，【临时救助】怎么申请，上面已经说过了（#R1）")

	c = newChat(t, understand.Rules{})
	lacks(t, "no emergency open", c.say("陈二", "我家也被烧了 能申请救助不"), "先顾好人身安全")
}

// TestEmergencyAidWithNewsOfHarm: a neighbour's "我家也被烧了 能申请救助
// 不" in the group of an open fire got the aid's answer only: that a
// second house burnt never reached the duty chat. Now news of more harm
// asking for aid (another household hit, the fire spreading, someone
// hurt) is a 【突发补充】 of the alarm, in the commit of the answer, once
// for the same words (asked again, the pointer alone); words of harm
// after he was told the aid go too. Plain asking ("能申请救助不") and
// harm denied ("没人受伤") post nothing to the duty chat.
func TestEmergencyAidWithNewsOfHarm(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山老李家着火了 快来人")
	got := c.say("陈二", "我家也被烧了 能申请救助不")
	expect(t, "the news, then the aid", got, dutyChat+": 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告：我家也被烧了 能申请救助不",
		grid3+": 陈二，先顾好人身安全。您说的情况已转告镇应急值班。您问的救助已记在 #R1（")
	has(t, "the aid", got, "【临时救助】", "带齐材料")
	expect(t, "the same words again: once", c.say("陈二", "我家也被烧了 能申请救助不"), grid3+": 陈二，【临时救助】怎么申请，上面已经说过了（#R1）")
	expect(t, "more harm after he was told", c.say("陈二", "隔壁两家也烧了 能申请救助不"),
		dutyChat+": 【突发补充】青山村三组 #R1\n陈二（13900000002）也报告：隔壁两家也烧了 能申请救助不", grid3+": 陈二，您说的情况已转告镇应急值班。【临时救助】怎么申请，上面已经说过了（#R1）")
	c.wantReports(1, "(the fire alone)")

	c = newChat(t, understand.Rules{})
	c.say("张三", "后山老李家着火了 快来人")
	lacks(t, "plain asking", c.say("陈二", "能申请救助不"), dutyChat)
	lacks(t, "harm denied", c.say("周八", "没人受伤 能申请救助不"), dutyChat)
	expect(t, "its reporter's own home hit too", c.say("张三", "我家也被烧了 能申请救助不"),
		dutyChat+": 【突发补充】青山村三组 #R1\n张三（13900000003）补充：我家也被烧了 能申请救助不", grid3+": 张三，先顾好人身安全。您说的情况已转告镇应急值班。")
}

// TestEmergencyAidForItsReporter: the reporter of a fire who asks for aid
// after his alarm was told "您问的救助已记在 #R1（后山老李家着火了 快来人）
// 里", his own words echoed back as another's; now he hears it is the
// item he raised, and asked again, that it was said above.
func TestEmergencyAidForItsReporter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "后山老李家着火了 快来人")
	got := c.say("张三", "能申请救助不")
	expect(t, "the aid", got, grid3+": 张三，先顾好人身安全。您问的救助已记在您报的 #R1 里，事情过去以后，可以申请【临时救助】：")
	lacks(t, "his words not echoed", got, "（后山老李家")
	expect(t, "asked again", c.say("张三", "能申请救助不"), grid3+": 张三，【临时救助】怎么申请，上面已经说过了（#R1）")
}

// TestProcedureFollowUpInFewWords: right after "残疾证去哪办", his short
// further questions got no reply ("要去县里吗": it shares no word with the
// guide), or no line of the guide that answers them ("能代办吗", which
// the guide's steps do answer), or were taken for another procedure
// ("要回来开证明不" names 村里开证明's 开证明): now each is his item's
// further question (the cases are in TestProcedureFollowUpAnsweredFromTheGuide).
// Only soon after: a day on, a question naming another procedure is no
// longer his item's.
func TestProcedureFollowUpInFewWords(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "残疾证去哪办")
	has(t, "soon after", c.say("张三", "要回来开证明不"), "张三就 #R1（残疾证去哪办）又问：要回来开证明不")
	c.now = c.now.Add(24 * time.Hour)
	lacks(t, "a day later", c.say("张三", "要回来开证明不"), "#R1")
	c.wantReports(1, "")
}

// TestProcedureFollowUpFromItsLines: just after 户口迁移 was told, a few
// words that name no part of its guide are matched against its lines:
// "要回来开证明不" got 办事指南里没有写这一点 though its step says 不用回原籍开
// 迁移证, and "多少钱" of a procedure that pays nothing out got the same
// though its note says 免费. 低保 pays out: "多少钱" is not told its note.
// "要回来开证明不" asks yes or no, which that step answers: the guide
// answers it alone, the handlers not called (appr98: TestNeedAnsweredByTheGuide).
func TestProcedureFollowUpFromItsLines(t *testing.T) {
	for text, want := range map[string]string{
		"多少钱":   "提示：免费。户口迁出本村",
		"要带啥":   "带齐材料：本人身份证、户口簿、落户依据",
		"要多久":   "时限：材料齐全一般当场或几个工作日办结",
		"本人要去不": "带齐材料：本人身份证",
	} {
		c := newChat(t, understand.Rules{})
		has(t, "the guide", c.say("张三", "户口迁移怎么办"), "去哪办：迁入地派出所户籍窗口；镇派出所电话 0123-5550105")
		got := c.say("张三", text)
		has(t, text, got, "张三就 #R1（户口迁移怎么办）又问："+text, "【户口迁移】办理流程里写的：", want)
		lacks(t, text, got, "办事指南里没有写这一点")
	}
	c := newChat(t, understand.Rules{})
	c.say("陈二", "上报 低保怎么申请")
	got := c.say("陈二", "多少钱")
	has(t, "低保", got, "办事指南里没有写这一点", "镇便民服务中心电话 0123-5550111")
	lacks(t, "低保", got, "提示：")
}

// TestProcedureFollowUpNotInTheGuide: a further question the guide does
// not answer says so, and names whom to ask: the grid's handlers, and by
// phone the department the procedure names (低保: the example's
// 便民服务中心; 户口迁移: 派出所), else the township's 便民服务中心; with
// neither listed, no phone.
func TestProcedureFollowUpNotInTheGuide(t *testing.T) {
	for _, tc := range []struct{ name, ask, then, want string }{
		{"its department", "上报 低保怎么申请", "儿子在外地当兵影响吗", "也可以打镇便民服务中心电话 0123-5550111 问"},
		{"another department", "户口迁移怎么办", "要开无犯罪证明吗", "也可以打镇派出所电话 0123-5550105 问"},
	} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", tc.ask)
		has(t, tc.name, c.say("陈二", tc.then), "办事指南里没有写", "请负责人在群里答复陈二", tc.want)
	}
	cfg, dir := exampleVillage(t)
	cfg.Township.Departments = slices.DeleteFunc(cfg.Township.Departments, func(d config.Department) bool { return d.Name == "便民服务中心" })
	for i := range cfg.Procedures {
		if cfg.Procedures[i].Department == "便民服务中心" {
			cfg.Procedures[i].Department = ""
		}
	}
	c := chatOf(t, cfg, dir)
	c.say("陈二", "上报 低保怎么申请")
	got := c.say("陈二", "儿子在外地当兵影响吗")
	has(t, "no center", got, "办事指南里没有写，要由经办的部门核实后定，请负责人在群里答复陈二")
	lacks(t, "no center", got, "电话")
}

// TestProcedureFollowUpOfEligibility: whether something of his bars him
// ("儿子在外地当兵影响吗" after 低保) shares no word with the guide and was
// met with silence. Soon after, or telling what he has (有) within the
// days his item is open, it is a further question: the guide does not
// say, so he is told so and whom to ask (the department's phone, the
// grid's worker), and it waits for the grid's answer like any further
// question. Something else that "影响" later ("明天下雨影响吗") is not.
func TestProcedureFollowUpOfEligibility(t *testing.T) {
	// (a son's work is income, which the guide's step checks:
	// TestProcedureIncomeFollowUp)
	for _, text := range []string{"儿子在外地当兵影响吗", "儿子分户出去了 还能申请吗"} {
		c := newChat(t, understand.Rules{})
		has(t, "procedure", c.say("张三", "怎么申请低保"), "【低保】怎么办")
		got := c.say("张三", text)
		has(t, text, got, "@李四\u2005张三就 #R1（怎么申请低保）又问："+text,
			"这种情况能不能办、有没有影响，办事指南里没有写，要由经办的部门核实后定，请负责人在群里答复张三。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。")
		has(t, "waits for an answer", c.say("李四", "有三轮车不影响 主要看收入"), "#R1 现在「已答复」")
		c.wantReports(1, "")
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "怎么申请低保")
	c.now = c.now.Add(3 * time.Hour)
	has(t, "hours later, of what he has", c.say("张三", "家里有人打工影响吗"), "张三就 #R1（怎么申请低保）又问", "能不能办")
	c.now = c.now.Add(3 * time.Hour)
	lacks(t, "of the weather", c.say("张三", "明天下雨影响吗"), "#R1")
}

// TestProcedureFollowUpOriginalOrCopy: "那要带户口本原件吗" after 低保,
// whose materials list 户口簿, got 办事指南里没有写这一点. He is told the
// materials line, and that the guide does not say whether the original
// or a copy (with whom to ask), unless it does; a paper the list lacks
// (结婚证) is still not in the guide.
func TestProcedureFollowUpOriginalOrCopy(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "怎么申请低保")
	got := c.say("张三", "那要带户口本原件吗")
	has(t, "listed", got, "张三就 #R1（怎么申请低保）又问：那要带户口本原件吗", "【低保】办理流程里写的：\n带齐材料：全家身份证、户口簿、",
		"要原件还是复印件，办事指南里没有写，请负责人在群里答复张三。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。")
	lacks(t, "listed", got, "办事指南里没有写这一点")
	has(t, "a paper not listed", c.say("张三", "要带结婚证原件吗"), "办事指南里没有写这一点")

	cfg, dir := exampleVillage(t)
	for i := range cfg.Procedures {
		if cfg.Procedures[i].Name == "低保" {
			cfg.Procedures[i].Materials[0] = "全家身份证、户口簿原件和复印件"
		}
	}
	c = chatOf(t, cfg, dir)
	c.say("张三", "怎么申请低保")
	got = c.say("张三", "户口本要复印件吗")
	has(t, "the guide says", got, "带齐材料：全家身份证、户口簿原件和复印件")
	lacks(t, "the guide says", got, "办事指南里没有写")
}

// TestProcedureFollowUpNotNeighbourChat: "明天去镇上办事不" just after
// his 低保 question asks a neighbour along on his errands: it went to
// the leader as a further question with the guide's 去哪办. It is chat;
// "那去镇上哪里办" still asks where.
func TestProcedureFollowUpNotNeighbourChat(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("张三", "怎么申请低保")
	silent(t, "asked along", c.say("张三", "明天去镇上办事不"))
	has(t, "where", c.say("张三", "那去镇上哪里办"), "张三就 #R1（怎么申请低保）又问：那去镇上哪里办", "去哪办：镇便民服务中心（民政窗口）")
}

// TestProcedureFollowUpOfListedPaper: "我有残疾证能优先吗" after 低保
// started a 残疾证 item, though 低保's materials list 残疾证. Within the
// follow-up window a question naming a paper of the item's materials is
// a further question of it: he hears the line that lists it, that the
// guide says no more (unless he asks only whether to bring it), and whom
// to ask. A clear new request ("我还想办残疾证") is still a new item, as is
// the question once the window is over.
func TestProcedureFollowUpOfListedPaper(t *testing.T) {
	const line = "带齐材料：全家身份证、户口簿、低保申请书、家庭收入和财产申报表、家庭经济状况核对授权书、残疾证、病历等（有的话）"
	c := newChat(t, understand.Rules{})
	c.say("张三", "怎么申请低保")
	got := c.say("张三", "我有残疾证能优先吗")
	has(t, "listed", got, "@李四\u2005张三就 #R1（怎么申请低保）又问：我有残疾证能优先吗", "【低保】办理流程里写的：\n"+line,
		"办事指南里只写了这些，别的没有写，请负责人在群里答复张三。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。")
	lacks(t, "listed", got, "【残疾证】", "已登记")
	got = c.say("张三", "残疾证要带吗")
	// the line that lists it answers yes: the guide alone (appr98)
	has(t, "bring it", got, "张三，【低保】办理流程里写的：\n"+line, "#R1 问的那一点已请李四答复")
	lacks(t, "bring it", got, "没有写", "又问")
	c.wantReports(1, "follow-ups of 低保")
	has(t, "a new request", c.say("张三", "我还想办残疾证"), "已登记 #R2", "【残疾证】怎么办")

	c = newChat(t, understand.Rules{})
	c.say("张三", "怎么申请低保")
	c.now = c.now.Add(4 * 24 * time.Hour)
	has(t, "after the window", c.say("张三", "我有残疾证能优先吗"), "已登记 #R2", "【残疾证】怎么办")
}

// TestProcedureFollowUpInGuideWords: "三轮车算车辆吗", "有房子影响吗" after
// 低保 were told the guide says nothing, though its step checks 车辆 and
// 房产 ("存的钱算吗" was not answered at all). The everyday word is read as
// the guide's (guideWords): he hears the step that names it, that whether
// he may apply is for the check to find, and whom to ask; no rule of the
// bot's own.
func TestProcedureFollowUpInGuideWords(t *testing.T) {
	for _, text := range []string{"三轮车算车辆吗", "有房子影响吗", "存的钱算吗", "家里有辆摩托车 还能吃低保吗"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "怎么申请低保")
		got := c.say("张三", text)
		has(t, text, got, "@李四\u2005张三就 #R1（怎么申请低保）又问：", "【低保】办理流程里写的：\n入户调查，核对收入、存款、车辆、房产\n"+
			"能不能办以调查核实为准，请负责人在群里答复张三。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。")
		lacks(t, text, got, "没有写", "带齐材料")
		c.wantReports(1, text)
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "残疾证怎么办")
	has(t, "a guide that names none", c.say("张三", "有房子影响吗"), "这种情况能不能办、有没有影响，办事指南里没有写")
}

// TestProcedureIncomeFollowUp: "打工的钱算不算收入", "儿子给的钱算收入吗"
// after 低保 were told the guide says nothing, though its step checks 收入
// and its materials list the income form. The everyday word is read as the
// guide's (guideWords): he hears those lines and that the check decides,
// not the step's reminder to report a change (提示). After a guide that
// names no income (临时救助) he hears plainly that it does not say and that
// the office doing it decides, with its phone.
func TestProcedureIncomeFollowUp(t *testing.T) {
	for _, text := range []string{"打工的钱算不算收入", "儿子给的钱算收入吗", "俺闺女每月寄回来的钱算不算"} {
		c := newChat(t, understand.Rules{})
		c.say("张三", "怎么申请低保")
		got := c.say("张三", text)
		has(t, text, got, "@李四\u2005张三就 #R1（怎么申请低保）又问：", "【低保】办理流程里写的：\n入户调查，核对收入、存款、车辆、房产\n"+
			"带齐材料：全家身份证、户口簿、低保申请书、家庭收入和财产申报表、家庭经济状况核对授权书、残疾证、病历等（有的话）\n"+
			"能不能办以调查核实为准，请负责人在群里答复张三。也可以打镇便民服务中心电话 0123-5550111 问，或问网格员王五。")
		lacks(t, text, got, "没有写", "提示：")
		c.wantReports(1, text)
	}
	c := newChat(t, understand.Rules{})
	c.say("张三", "临时救助咋申请")
	has(t, "a guide that names no income", c.say("张三", "打工的钱算不算收入"),
		"这种情况能不能办、有没有影响，办事指南里没有写，要由经办的部门核实后定，请负责人在群里答复张三。也可以打镇便民服务中心电话 0123-5550111 问")
}

// TestProcedureFollowUpStated: "我家有辆摩托车" said right after the bot told
// the same villager the 低保 procedure asks, question mark or not, whether
// it bars him: he hears the step that checks 车辆, as "有辆摩托车影响吗"
// does. Said by anyone else, long after, or after a guide that checks no
// such thing, it is chat, and silent.
func TestProcedureFollowUpStated(t *testing.T) {
	const step = "【低保】办理流程里写的：\n入户调查，核对收入、存款、车辆、房产\n"
	c := newChat(t, understand.Rules{})
	c.say("张三", "低保咋办")
	c.now = c.now.Add(10 * time.Minute)
	got := c.say("张三", "我家有辆摩托车")
	has(t, "right after", got, "@李四\u2005张三就 #R1（低保咋办）说：我家有辆摩托车\n"+step+"能不能办以调查核实为准")
	expect(t, "a neighbour", c.say("陈二", "我家有辆摩托车"))
	c.now = c.now.Add(5 * time.Minute)
	has(t, "income, right after his last", c.say("张三", "俺儿子在外面打工"), "张三就 #R1（低保咋办）说：俺儿子在外面打工\n"+step)
	c.now = c.now.Add(2 * time.Hour)
	expect(t, "long after", c.say("张三", "俺家有个三轮车"))
	c.wantReports(1, "statements")

	c = newChat(t, understand.Rules{})
	expect(t, "no procedure told", c.say("张三", "我家有辆摩托车"))
	c.say("张三", "残疾证咋办")
	expect(t, "a guide that checks no vehicle", c.say("张三", "我家有辆摩托车"))

	c = newChat(t, understand.Rules{})
	c.private("陈二", "低保怎么申请")
	has(t, "in private", c.private("陈二", "家里有辆三轮车"), "陈二: "+step, "能不能办以调查核实为准，已转告李四")
}

// TestProcedureWishForRelative: "我想给我妈办个残疾证" asks for the
// procedure as "俺娘想办个残疾证" does, with no question mark.
func TestProcedureWishForRelative(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "for mother", c.say("张三", "我想给我妈办个残疾证"), "已登记 #R1（办事咨询）：我想给我妈办个残疾证\n【残疾证】怎么办：")
	has(t, "for the child", c.say("陈二", "俺想给娃办个医保"), "已登记 #R2（办事咨询）", "【城乡居民医保】怎么办：")
}

// TestProcedureHowLongRightAfter: "要多久能批下来" minutes after the 宅基地
// procedure was told him shares 批 with his question and was taken for
// pressing it (还在办，现在「待受理」); it asks the guide's 时限. Hours
// later, it presses.
func TestProcedureHowLongRightAfter(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("陈二", "盖房子要批啥手续")
	c.now = c.now.Add(4 * time.Minute)
	got := c.say("陈二", "要多久能批下来")
	has(t, "right after", got, "陈二就 #R1（盖房子要批啥手续）又问：要多久能批下来\n【宅基地建房】办理流程里写的：\n时限：一般20个工作日内审批")
	lacks(t, "right after", got, "还在办")
	c.now = c.now.Add(5 * time.Hour)
	has(t, "hours later", c.say("陈二", "要多久能批下来"), "还在办")
}

// TestProcedureAskedAgainInOtherWords: "残疾证咋办" again of his own 残疾证
// item got the three steps that share 残疾 with it, as if they answered; he
// asks how it is done, and hears the whole guide again on the same item.
// "俺孙子刚生的 咋上医保" right after the 医保 guide, which tells of a 新生儿
// (its papers, 出生90天内参保), was told the guide says nothing of it: 刚生的
// is read as the guide's 新生儿.
func TestProcedureAskedAgainInOtherWords(t *testing.T) {
	for _, tc := range []struct {
		name, ask, then string
		has, lacks      []string
	}{
		{"the whole again", "我想给我妈办个残疾证", "残疾证咋办",
			[]string{"陈二，【残疾证】怎么办：\n1. 向县残联申请", "提示：办证免费"}, []string{"办理流程里写的", "没有写", "@"}}, // the guide alone answers it (und87)
		{"newborn", "医保咋交 一年多少钱", "俺孙子刚生的 咋上医保",
			[]string{"【城乡居民医保】办理流程里写的：", "新生儿出生90天内参保"}, []string{"没有写"}},
	} {
		c := newChat(t, understand.Rules{})
		c.say("陈二", tc.ask)
		c.now = c.now.Add(5 * time.Minute)
		got := c.say("陈二", tc.then)
		has(t, tc.name, got, tc.has...)
		lacks(t, tc.name, got, tc.lacks...)
		c.wantReports(1, tc.name)
	}
}
