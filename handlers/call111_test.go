package handlers_test

import (
	"testing"

	"gridbot/understand"
	"gridbot/village"
)

// TestCall111FumesSettled (call111): smoke in her room that she has aired
// and says is fine is no emergency to the duty chat, but a hazard filed
// for her (her stove or flue still to look at), with what to mind
// tonight; felt (头有点晕) it is still the emergency call110 made it.
func TestCall111FumesSettled(t *testing.T) {
	c := listedIn(t)
	got := c.private("王五", "回访 石德贵 已通 屋里有点烟 开窗了 没事")
	has(t, "settled", got, "石德贵反映的「屋里有点烟 开窗了 没事」已登记 #R1", "今晚睡前窗户留条缝", "今天最好上门看看")
	lacks(t, "settled", got, "青山镇应急值班群", "燃气泄漏", "按突发事件")
	reps := c.reports()
	if len(reps) != 1 || reps[0].Type != village.General || reps[0].Category != "安全隐患" || reps[0].Hazard != village.HazardGas {
		t.Fatalf("reports %+v, want one general 安全隐患 item with its gas hazard", reps)
	}
	got = c.private("王五", "白凤兰打过了 屋里有烟 开窗了 头有点晕")
	has(t, "felt", got, "青山镇应急值班群: 【突发事件】", "煤炉、炭火的烟会让人一氧化碳中毒")
	lacks(t, "felt", got, "燃气泄漏")
}

// TestCall111KinHomeKept (call111): a worker's word that her family come
// home is kept on her open call, privately, in the group, and in a call
// log; her calls are unchanged; a villager's same words are no worker's.
func TestCall111KinHomeKept(t *testing.T) {
	c := listedIn(t)
	got := c.private("王五", "王奶奶儿子腊月二十回来")
	has(t, "private", got, "好的，知道了：王奶奶儿子腊月二十回来。已记下，王奶奶之后的回访清单上会写着。")
	if call := c.lastCall("王奶奶"); call.KinHome != "儿子腊月二十回来" || call.Status != village.CallOpen {
		t.Errorf("王奶奶's call %+v: want the news kept, the call open", call)
	}
	got = c.say("王五", "石德贵他闺女过年回来")
	has(t, "group", got, "已记下，石德贵之后的回访清单上会写着")
	lacks(t, "group", got, "我理解为", "回复「1」登记")
	if call := c.lastCall("石德贵"); call.KinHome != "他闺女过年回来" {
		t.Errorf("石德贵's call %+v: want the news kept", call)
	}
	got = c.private("王五", "回访 白凤兰 已通 身体挺好 她孙子周末来看她")
	has(t, "logged", got, "已记录：白凤兰 已通", "「她孙子周末来看她」已记下")
	if call := c.lastCall("白凤兰"); call.KinHome != "她孙子周末来看她" || call.Status != village.CallReached {
		t.Errorf("白凤兰's call %+v: want it logged with the news", call)
	}
	got = c.say("张三", "王奶奶儿子腊月二十回来")
	lacks(t, "villager", got, "已记下")
}

// TestCall111ColdWaveEndAsked (call111): a villager's 「寒潮啥时候结束？」 or
// 「寒潮几号结束啊」 after the cold-wave notice is a question about it (it
// was met with silence: 啥时候 and ？ read only once canonical, 几号 alone
// no question word), passed to the grid's worker as the notice tells no
// end; talk of the cold is not.
func TestCall111ColdWaveEndAsked(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.say("孙七", "通知 明天起有寒潮，最低气温零下12度，请各网格提醒独居老人注意取暖，防止煤气中毒，水管做好防冻")
	c.say("张三", "收到")
	for _, q := range []string{"寒潮啥时候结束？", "寒潮几号结束啊"} {
		has(t, q, c.say("陈二", q), "是通知 #N1 的事，已转给网格员王五", "王五: 【通知提问】陈二在青山村三组网格群问通知 #N1 的事："+q)
	}
	lacks(t, "talk", c.say("陈二", "这寒潮真冷啊 水管都冻上了"), "通知提问")
}

// TestCall111DialledAllRelayed (call111): 「王奶奶 石德贵 白凤兰都打了 寒潮的事
// 都说了」 logs the three calls (it was 「这条没看懂」: the relay words read
// first put 已通 after 寒潮的事).
func TestCall111DialledAllRelayed(t *testing.T) {
	c := listedIn(t)
	got := c.private("王五", "王奶奶 石德贵 白凤兰都打了 寒潮的事都说了 炭都够烧")
	has(t, "three", got, "已记录：王奶奶 已通", "已记录：石德贵 已通", "已记录：白凤兰 已通")
	lacks(t, "three", got, "没看懂")
}
