package main

import "testing"

// rep111Line is one replay line in 青山村三组网格群 on 2026-12-at.
func rep111Line(at, from, text string) string {
	return `{"at":"2026-12-` + at + `:00+08:00","chat":"青山村三组网格群","from":"` + from + `","text":"` + text + `"}`
}

// rep111Quoting is rep111Line quoting who's words quoted, as WeChat
// sends a quoted reply (bot.ParseQuote).
func rep111Quoting(at, from, text, who, quoted string) string {
	return rep111Line(at, from, `「`+who+`：`+quoted+`」\n- - - - - - - - - - - - - - -\n`+text)
}

// TestReplayStaleQuestionNotBundled: 陈二's words of last evening, past
// their time to answer, were offered again with this morning's
// (「还有…在等您回复：回复「1」登记这两件」) though her 「1」 files only the
// new one; now the morning's question is asked alone, and her 「1」 hears
// the old one lapsed (rep111).
func TestReplayStaleQuestionNotBundled(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep111Line("08T20:30", "陈二", "我家水管冻住了 一早上没水"),
			rep111Line("09T08:10", "陈二", "我家后面的沟被雪堵住了 化了的雪水流不走"),
			rep111Line("09T08:12", "陈二", "1"),
		},
		want: []string{
			"12-09T08:10 青山村三组网格群 | @陈二\u2005我理解为：一般事项·环境卫生——我家后面的沟被雪堵住了 化了的雪水流不走。回复「1」登记，「2」不用。",
			"12-09T08:12 青山村三组网格群 | 已登记 #R1（一般事项·环境卫生）：我家后面的沟被雪堵住了",
			"当时过了回复时间，没有登记；要登记请再说一次。",
		},
		never: []string{"在等您回复", "登记这两件", "已登记 #R2"},
	}
	rc.check(t)
	rc = replayCase{ // within llm.confirm_ttl both are still offered
		lines: []string{
			rep111Line("09T08:00", "陈二", "我家水管冻住了 一早上没水"),
			rep111Line("09T08:10", "陈二", "我家后面的沟被雪堵住了 化了的雪水流不走"),
		},
		want: []string{"还有「我家水管冻住了 一早上没水」在等您回复：回复「1」登记这两件"},
	}
	rc.check(t)
}

// TestReplayBareConfirmWhichSaysConfirm: the which-list after a leader's
// bare 「确认」 told him to say 「收到」 again, listed 张三's words said
// twice as two matters, and his 「确认」 quoting her words as asked was
// told nothing could be confirmed; now it says 「确认」, lists each matter
// once, and the quoted 确认 files hers once, taken on (rep111).
func TestReplayBareConfirmWhichSaysConfirm(t *testing.T) {
	waiting := []string{
		rep111Line("09T09:00", "张三", "我家屋后那根电线杆有点歪了"),
		rep111Line("09T09:01", "张三", "我家屋后那根电线杆有点歪了"),
		rep111Line("09T09:02", "陈二", "我家后面的沟被雪堵住了 化了的雪水流不走"),
	}
	rc := replayCase{
		lines: append(append([]string{}, waiting...),
			rep111Line("09T09:05", "李四", "确认"),
			rep111Quoting("09T09:06", "李四", "确认", "张三", "我家屋后那根电线杆有点歪了"),
			rep111Line("09T09:07", "张三", "1")),
		want: []string{
			"12-09T09:05 青山村三组网格群 | 李四，群里有2件事在等确认：",
			"请引用那条消息再回复一次「确认」，我就登记并由您受理；本人回复「1」也行。几件都是的话，回复「都确认」。",
			"12-09T09:06 青山村三组网格群 | 已登记 #R1（一般事项·水电设施）：我家屋后那根电线杆有点歪了",
			"李四已受理",
			"12-09T09:07 青山村三组网格群 | #R1 已经登记了",
		},
		never: []string{"「收到」", "群里有3件事", "没有您能「确认」", "已登记 #R2"},
	}
	rc.check(t)
	rc = replayCase{ // 都确认: each matter once
		lines: append(append([]string{}, waiting...), rep111Line("09T09:05", "李四", "都确认")),
		want:  []string{"已登记 #R1", "已登记 #R2"},
		never: []string{"已登记 #R3"},
	}
	rc.check(t)
}

// TestReplayWorkerConfirmSawIt: a worker's bare 「确认」 filed her matter
// 「王五说了会去」 (it says he saw it, not that he goes); his 「收到 我下午
// 过去看看」 still says he goes. His which-list offered an item filed
// already with 「确认 #R1」, which he may not send (rep111).
func TestReplayWorkerConfirmSawIt(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep111Line("09T09:00", "张三", "我家门口那段下坡路结冰了 早上骑车差点滑倒"),
			rep111Line("09T09:02", "王五", "确认"),
			rep111Line("09T10:00", "陈二", "我家水管冻住了 一早上没水"),
			rep111Line("09T10:02", "王五", "收到 我下午过去看看"),
		},
		want: []string{
			"12-09T09:02 青山村三组网格群 | 已登记 #R1", "王五看到了，要交给王五办，请回复「指派 #R1 王五」。",
			"12-09T10:02 青山村三组网格群 | 已登记 #R2", "王五说了会去，要交给王五办，请回复「指派 #R2 王五」。",
		},
		never: []string{"12-09T09:02 青山村三组网格群 | 已登记 #R1（一般事项·道路交通）：我家门口那段下坡路结冰了 早上骑车差点滑倒\n@李四\u2005请网格长受理：回复「确认 #R1」。王五说了会去"},
	}
	rc.check(t)
	rc = replayCase{
		lines: []string{
			rep111Line("09T09:00", "陈二", "我家后面的沟被雪堵住了 化了的雪水流不走"),
			rep111Line("09T09:01", "陈二", "1"),
			rep111Line("09T09:10", "张三", "我家门口那段下坡路结冰了 早上骑车差点滑倒"),
			rep111Line("09T09:12", "王五", "确认"),
		},
		want:  []string{"12-09T09:12 青山村三组网格群 | 已登记 #R2", "王五看到了"},
		never: []string{"回复「确认 #R1」）", "群里有2件事"},
	}
	rc.check(t)
}

// TestReplayWorkerSaysWayPadded: 王五's 「陈二家门口的路垫好了」 of the
// rutted way 李四 took on was silent (垫好了 was no done word); it asks
// 李四 for the 办结, as 「下水道通好了」 does (rep111).
func TestReplayWorkerSaysWayPadded(t *testing.T) {
	rc := replayCase{
		lines: []string{
			rep111Line("14T08:30", "陈二", "过年儿子一家要回来 我家门口那段路坑坑洼洼的 下了雪更不好走 能不能帮忙垫一垫"),
			rep111Line("14T08:40", "李四", "收到 这两天找人拉点石子垫一下"),
			rep111Line("15T10:30", "王五", "陈二家门口的路垫好了"),
		},
		want: []string{"12-15T10:30 青山村三组网格群 | ", "办结 #R1"},
	}
	rc.check(t)
}
