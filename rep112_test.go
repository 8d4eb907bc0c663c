package main

import (
	"strings"
	"testing"
)

// rep112Line is one replay line in 青山村三组网格群 on 2026-12-at.
func rep112Line(at, from, text string) string {
	return `{"at":"2026-12-` + at + `:00+08:00","chat":"青山村三组网格群","from":"` + from + `","text":"` + text + `"}`
}

// TestReplayBareResolveAfterRelay: 李四's bare 「办结」 right after the bot
// relayed 王五's 「陈二家门口的路垫好了」 (「确实办好了的话，请回复「办结
// #R1 陈二家门口的路垫好了」」) was asked for the number of the only
// item, and 「办结 #R1」 for a note; now both close it with 王五's words,
// and 陈二 is asked to confirm (rep112).
func TestReplayBareResolveAfterRelay(t *testing.T) {
	way := []string{
		rep112Line("14T08:30", "陈二", "过年儿子一家要回来 我家门口那段路坑坑洼洼的 下了雪更不好走 能不能帮忙垫一垫"),
		rep112Line("14T08:40", "李四", "收到 这两天找人拉点石子垫一下"),
		rep112Line("15T10:30", "王五", "陈二家门口的路垫好了"),
	}
	for _, bare := range []string{"办结", "办结 #R1", "好的 办结"} {
		rc := replayCase{
			lines: append(append([]string{}, way...), rep112Line("15T10:35", "李四", bare)),
			want: []string{"12-15T10:30 青山村三组网格群 | @李四\u2005王五说#R1「陈二家门口的路垫好了」",
				"12-15T10:35 青山村三组网格群 | ", "陈二家门口的路垫好了"},
			never: []string{"请写上编号", "请写上办理结果"},
		}
		t.Run(strings.ReplaceAll(bare, "#", ""), func(t *testing.T) { rc.check(t) })
	}
}

// rep112Quoting is rep112Line quoting who's words quoted, as WeChat
// sends a quoted reply (bot.ParseQuote).
func rep112Quoting(at, from, text, who, quoted string) string {
	return rep112Line(at, from, `「`+who+`：`+quoted+`」\n- - - - - - - - - - - - - - -\n`+text)
}

// TestReplayQuotedConfirmOnCopy: a leader's 确认 quoting a villager's
// filed report, or her words still waiting for her 「1」, is decided on
// the grid's items as this process follows them (one round trip): the
// report is taken on, the waiting words filed and taken on (rep112).
func TestReplayQuotedConfirmOnCopy(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep112Line("09T08:30", "陈二", "上报 村口那段路结冰了 好滑"),
			rep112Line("09T08:40", "张三", "我家屋后那根电线杆有点歪了"),
			rep112Quoting("09T08:45", "李四", "确认", "陈二", "上报 村口那段路结冰了 好滑"),
			rep112Quoting("09T08:46", "李四", "确认", "张三", "我家屋后那根电线杆有点歪了"),
		},
		want: []string{"12-09T08:45 青山村三组网格群 | #R1 已受理，由李四负责", "12-09T08:46 青山村三组网格群 | 已登记 #R2", "李四已受理"},
	}
	rc.check(t)
}

// TestReplayDangerOfTheSlope: 陈二's 「东头那个坡确实滑 我早上也差点摔」
// minutes after 张三's icy slope was filed was offered as a new 安全隐患
// item; now she is asked whether it is #R1 (rep112).
func TestReplayDangerOfTheSlope(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep112Line("09T07:40", "张三", "村东头那段下坡路结冰了 早上好几个人骑电动车摔了"),
			rep112Line("09T07:43", "陈二", "东头那个坡确实滑 我早上也差点摔"),
			rep112Line("09T07:44", "陈二", "是"),
		},
		want:  []string{"12-09T07:43 青山村三组网格群 | @陈二\u2005已有人反映 #R1", "12-09T07:44 青山村三组网格群 | 好的，陈二反映的和 #R1 是同一件事，已合并"},
		never: []string{"安全隐患——东头", "已登记 #R2"},
	}
	rc.check(t)
}

// TestReplaySlopeCinderedThanks: 张三's 「撒了渣子好走多了 谢谢李四」 of his
// icy slope 李四 took on was silent (渣子 named nothing of the item); it
// is his word that it is fixed, and 李四's bare 办结 closes it (rep112).
func TestReplaySlopeCinderedThanks(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep112Line("09T07:40", "张三", "村东头那段下坡路结冰了 早上好几个人骑电动车摔了"),
			rep112Line("09T07:50", "李四", "收到 我叫人拉点炉渣撒一下"),
			rep112Line("09T09:50", "张三", "撒了渣子好走多了 谢谢李四"),
			rep112Line("09T09:52", "李四", "办结"),
		},
		want:  []string{"12-09T09:50 青山村三组网格群 | @张三\u2005收到，您说 #R1", "12-09T09:52 青山村三组网格群 | #R1 已办结"},
		never: []string{"请写上编号"},
	}
	rc.check(t)
}
