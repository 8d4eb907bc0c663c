package handlers_test

import "testing"

// TestFoundThingHandedInOffered: 陈二 tells of a wallet he found and
// handed in to the village committee, calling its owner to fetch it
// there (und75): a deed done, offered as a 拾金不昧 claim to confirm,
// filed on 「1」. A wallet still held, its owner sought, is offered
// nothing; a snow cleared told with 把 is offered as 义务劳动.
func TestFoundThingHandedInOffered(t *testing.T) {
	b := catalogueBot(t)
	got := b.say("陈二", "我在路边捡到一个钱包 已经交给村委会了 谁丢的去村委会认领")
	has(t, "offered", got, "@陈二\u2005我理解为：积分申请·社会公德·拾金不昧——我在路边捡到一个钱包 已经交给村委会了 谁丢的去村委会认领。回复「1」提交给评分小组，「2」不用。")
	has(t, "filed", b.say("陈二", "1"), "已登记积分申请 #C1：陈二户·陈二「拾金不昧」（社会公德），5–10分。")
	if c := b.claim("C1"); c.Indicator != "SG03" {
		t.Errorf("C1 indicator %q, want SG03", c.Indicator)
	}

	if got := b.say("张三", "在村口捡了个钱包 谁丢的"); len(got) != 0 {
		t.Errorf("a wallet still held: replies %q, want none", got)
	}
	has(t, "snow", b.say("张三", "早上把村道上的雪铲了 能加分不"), "积分申请·社会公德·参加义务劳动、集体劳动——早上把村道上的雪铲了 能加分不")
}
