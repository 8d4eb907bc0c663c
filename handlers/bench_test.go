package handlers_test

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// BenchmarkReportLifecycle measures the hot path of the report flows on a
// private redis-server: a report, its acceptance and its resolution, each
// message one commit (the acceptance and resolution read the report from the
// store's cache). Each report names a different lamp, so that none is
// taken for a duplicate of an earlier one.
func BenchmarkReportLifecycle(b *testing.B) {
	cfg, dir := exampleVillage(&testing.T{})
	st := storagetest.New(b)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	ctx := context.Background()
	msg := func(id, from, text string) bot.Message {
		return bot.Message{ID: id, At: at, Chat: "青山村三组网格群", From: from, Text: text}
	}
	trips0 := st.RoundTrips()
	rounds := 0
	for i := 0; b.Loop(); i++ {
		rounds++
		ref := fmt.Sprintf("#R%d", i+1)
		for j, m := range []bot.Message{
			msg(fmt.Sprintf("%d-a", i), "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
			msg(fmt.Sprintf("%d-b", i), "李四", "确认 "+ref),
			msg(fmt.Sprintf("%d-c", i), "李四", "办结 "+ref+" 已修好"),
		} {
			if err := r.Handle(ctx, m); err != nil {
				b.Fatalf("message %d of round %d: %v", j, i, err)
			}
		}
	}
	b.ReportMetric(float64(st.RoundTrips()-trips0)/float64(3*rounds), "roundtrips/msg")
}

// benchRouter is a router of the example village on a private
// redis-server whose report cache is on or off (off: every report the
// handlers look at costs a read, as for a report another process wrote).
func benchRouter(b *testing.B, cache bool, more ...village.Person) (*handlers.Router, *storage.Store) {
	cfg, dir := exampleVillage(&testing.T{}, more...)
	var st *storage.Store
	if cache {
		st = storagetest.New(b)
	} else {
		st = uncachedStore(b)
	}
	return handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}), st
}

// benchAnswers runs round(i) for each b.Loop and reports the round trips
// of the messages round marks as measured (the answers; not the reports
// they answer).
func benchAnswers(b *testing.B, cache bool, round func(i int) (setup, measured []bot.Message)) {
	r, st := benchRouter(b, cache)
	ctx := context.Background()
	trips, n := int64(0), 0
	handle := func(ms []bot.Message) {
		for _, m := range ms {
			if err := r.Handle(ctx, m); err != nil {
				b.Fatalf("%s: %v", m.Text, err)
			}
		}
	}
	for i := 0; b.Loop(); i++ {
		setup, measured := round(i)
		handle(setup)
		before := st.RoundTrips()
		handle(measured)
		trips, n = trips+st.RoundTrips()-before, n+len(measured)
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

func benchMsg(id, chat, from, text string, quote string) bot.Message {
	m := bot.Message{ID: id, At: at, Chat: chat, From: from, Text: text}
	if quote != "" {
		m.Quote = &bot.Quote{Name: "网格小助手", Text: quote}
	}
	return m
}

// BenchmarkTakeQuoted: a leader quotes the bot's message about a fresh
// report with "收到 马上去看" (takeQuoted), and resolves it.
func BenchmarkTakeQuoted(b *testing.B) {
	benchTakeOn(b, "张三", "上报 村口第%d盏路灯不亮了", "李四", "收到 马上去看", "已登记 %s（一般事项）：村口路灯不亮了")
}

// BenchmarkOnScene: a grid worker says in the group he is at an
// emergency ("我到了 已经打了119": onScene), and it is resolved.
func BenchmarkOnScene(b *testing.B) {
	benchTakeOn(b, "陈二", "上报 紧急 %d号院子着火了 快来人", "王五", "我到了 已经打了119", "")
}

// benchTakeOn: reporter files report (%d: the round), taker takes it on
// with answer, quoting quote (%s: its #R) unless it is "", and the leader
// resolves it; with the report cache on and off.
func benchTakeOn(b *testing.B, reporter, report, taker, answer, quote string) {
	const grid = "青山村三组网格群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				ref, quoted := fmt.Sprintf("#R%d", i+1), ""
				if quote != "" {
					quoted = fmt.Sprintf(quote, ref)
				}
				return []bot.Message{benchMsg(fmt.Sprintf("%d-a", i), grid, reporter, fmt.Sprintf(report, i+1), "")},
					[]bot.Message{benchMsg(fmt.Sprintf("%d-b", i), grid, taker, answer, quoted),
						benchMsg(fmt.Sprintf("%d-c", i), grid, "李四", "办结 "+ref+" 已处理好", "")}
			})
		})
	}
}

// BenchmarkOfficerPlace: an officer's place words in the township's chat:
// "待办 三组", "待办 青山村", "三组有几件没办完", and a notice to a grid.
func BenchmarkOfficerPlace(b *testing.B) {
	const office = "青山镇网格工作群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		if i == 0 {
			setup = []bot.Message{benchMsg("s1", "青山村三组网格群", "张三", "上报 村口的路灯坏了好几天了", ""),
				benchMsg("s2", "青山村一组网格群", "陈桂兰", "上报 水渠堵了", "")}
		}
		return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-a", i), office, "孙七", "待办 三组", ""),
			benchMsg(fmt.Sprintf("%d-b", i), office, "孙七", "待办 青山村", ""),
			benchMsg(fmt.Sprintf("%d-c", i), office, "孙七", "@网格小助手 三组有几件没办完", ""),
			benchMsg(fmt.Sprintf("%d-d", i), office, "孙七", fmt.Sprintf("通知 三组 明天上午%d点开会", i%12+1), "")}
	})
}

// officeRound makes the messages of the office benchmarks' round i, a
// round each 7 minutes: 张三 may report 10 an hour, and a round whose
// report was refused would measure the "没有找到 #R" path.
func officeRound(i int) func(step, chat, from, text string) bot.Message {
	return func(step, chat, from, text string) bot.Message {
		m := benchMsg(fmt.Sprintf("%d-%s", i, step), chat, from, text, "")
		m.At = at.Add(time.Duration(i) * 7 * time.Minute)
		return m
	}
}

// BenchmarkOfficeReturn: the township's side of an item the grid sent
// up: an officer sends it back (退回), asks the grid about it (镇里问),
// the leader answers (进展), and the officer asks after a village the
// township does not have ("红旗村的事办得怎么样了").
func BenchmarkOfficeReturn(b *testing.B) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		ref, msg := fmt.Sprintf("R%d", i+1), officeRound(i)
		return []bot.Message{msg("a", grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
				msg("b", grid, "李四", "确认 #"+ref),
				msg("c", grid, "李四", "上报镇 #"+ref+" 村里没有电工")},
			[]bot.Message{msg("d", office, "孙七", "退回 #"+ref+" 路灯归村里管"),
				msg("e", office, "孙七", ref+" 电工联系上了吗"),
				msg("f", grid, "李四", "进展 #"+ref+" 电工明天来"),
				msg("g", office, "孙七", "红旗村的事办得怎么样了")}
	})
}

// BenchmarkOfficeAsksGrid: the township asks a grid in its group about
// an item sent up (问网格 #R 问题), the leader answers (答复 #R …), and
// the officer asks once more quoting the item's message (问 …).
func BenchmarkOfficeAsksGrid(b *testing.B) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		ref, msg := fmt.Sprintf("R%d", i+1), officeRound(i)
		quoted := msg("f", office, "孙七", "问 电工几点到")
		quoted.Quote = &bot.Quote{Name: "网格小助手", Text: fmt.Sprintf("【网格上报】青山村三组 #%s（一般性工作）", ref)}
		return []bot.Message{msg("a", grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
				msg("b", grid, "李四", "确认 #"+ref),
				msg("c", grid, "李四", "上报镇 #"+ref+" 村里没有电工")},
			[]bot.Message{msg("d", office, "孙七", "问网格 #"+ref+" 电工联系上了吗"),
				msg("e", grid, "李四", "答复 #"+ref+" 电工明天来"),
				quoted}
	})
}

// benchHistory commits n old documents (made by doc(i)) to scope sc, a
// hundred a commit: the history a village piles up in a year.
func benchHistory(b *testing.B, st *storage.Store, sc storage.Scope, n int, doc func(i int) (storage.Doc, error)) {
	ctx := context.Background()
	for i := 0; i < n; i += 100 {
		c := storage.Change{Scope: sc, MsgID: fmt.Sprintf("history-%d", i)}
		for j := i; j < min(i+100, n); j++ {
			d, err := doc(j)
			if err != nil {
				b.Fatal(err)
			}
			c.Docs = append(c.Docs, d)
		}
		if _, err := st.Commit(ctx, c); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNoticeAck: a villager's bare 收到 in his grid's group to the
// notice posted there, after old notices (followed up long ago) of the
// township: its cost must not grow with them.
func BenchmarkNoticeAck(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, old := range []int{0, 1000} {
		b.Run(fmt.Sprintf("old=%d", old), func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchHistory(b, st, storage.TownshipScope("青山镇"), old, func(i int) (storage.Doc, error) {
				posted := at.AddDate(-1, 0, 0).Add(time.Duration(i) * time.Hour)
				return storage.NoticeDoc(village.Notice{Text: fmt.Sprintf("第%d次通知", i+1), By: "孙七", At: posted,
					Groups: []string{grid}, FollowedUp: true})
			})
			ctx := context.Background()
			if err := r.Handle(ctx, benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 明天上午停水，请提前储水", "")); err != nil {
				b.Fatal(err)
			}
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				trips, n = trips+benchTrips(b, r, st, benchMsg(fmt.Sprintf("%d-a", i), grid, "张三", "收到", "")), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkCallLog: a worker's 回访 of an elder he reached, after old
// call tasks of the village (of other elders, logged long ago): its cost
// must not grow with them.
func BenchmarkCallLog(b *testing.B) {
	for _, old := range []int{0, 5000} {
		b.Run(fmt.Sprintf("old=%d", old), func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchHistory(b, st, storage.VillageScope("青山村"), old, func(i int) (storage.Doc, error) {
				logged := at.AddDate(-1, 0, 0).Add(time.Duration(i) * time.Hour)
				name := fmt.Sprintf("老人%d", i%300)
				return storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: name, PersonKey: "青山村/" + name + "/" + name,
					Worker: "王五", Topic: village.TopicOwn, Due: logged, Status: village.CallReached,
					Outcome: village.OutcomeReached, Note: "挺好", LoggedAt: logged, LoggedBy: "王五"})
			})
			benchCallLogs(b, r, st, "回访 王奶奶 已通 第%d次 身体挺好")
		})
	}
}

// benchCallLogs reports the round trips of 王五's call logs told the bot
// privately, each format with its number.
func benchCallLogs(b *testing.B, r *handlers.Router, st *storage.Store, format string) {
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		trips, n = trips+privateTrips(b, r, st, fmt.Sprintf("%d-a", i), "王五", fmt.Sprintf(format, i+1)), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// privateTrips handles text told the bot privately by from and returns
// the round trips it cost.
func privateTrips(b *testing.B, r *handlers.Router, st *storage.Store, id, from, text string) int64 {
	m := benchMsg(id, "", from, text, "")
	m.Private = true
	return benchTrips(b, r, st, m)
}

// BenchmarkCallLogPassesNotice: a worker's 回访 of an elder who uses no
// WeChat, on the call task a 通知 made for her, that passes the notice on
// (已转告): the call and her household's 收到 of the notice. Each round
// gives her a new task carrying the notice (not measured).
func BenchmarkCallLogPassesNotice(b *testing.B) {
	r, st := benchRouter(b, true)
	ctx := context.Background()
	if err := r.Handle(ctx, benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 明天下午3点在村委会领取暖补贴，请带身份证", "")); err != nil {
		b.Fatal(err)
	}
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		openWangCall(b, st, fmt.Sprintf("task-%d", i))
		trips, n = trips+privateTrips(b, r, st, fmt.Sprintf("%d-a", i), "王五", "回访 王奶奶 已通 已转告"), n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	if acks, err := st.Counters(ctx, storage.TownshipScope("青山镇"), storage.AckHash("N1")); err != nil || acks["青山村/QS-305"] != int64(n) {
		b.Fatalf("acks of N1 %v (%v), want %d of 王奶奶's household", acks, err, n)
	}
}

// BenchmarkCallLogOpenMatter: a worker's 回访 of an elder who tells again
// the matter already registered for her ("屋顶还在漏" of #R1): her grid's
// reports are read to find it, the call and the handler's news are one
// commit.
func BenchmarkCallLogOpenMatter(b *testing.B) {
	r, st := benchRouter(b, true)
	ctx := context.Background()
	first := benchMsg("first", "", "王五", "回访 白凤兰 已通 她说屋顶漏雨了，下雨天床都湿了", "")
	first.Private = true
	if err := r.Handle(ctx, first); err != nil {
		b.Fatal(err)
	}
	benchCallLogs(b, r, st, "回访 白凤兰 已通 第%d次 她说屋顶还在漏")
	if reps, err := st.Reports(ctx, storage.VillageScope("青山村")); err != nil || len(reps) != 1 {
		b.Fatalf("%d reports (%v), want the one told again", len(reps), err)
	}
}

// BenchmarkStatusAsked: the picture and the overdue items asked for in
// plain words, by a grid's leader in its group ("今天怎么样", "超期的有哪
// 些") and by an officer in the township's chat ("今天各村情况怎么样",
// "超期 三组"), after old closed reports of the village: its cost must not
// grow with them. And a villager's chat, which reads nothing.
func BenchmarkStatusAsked(b *testing.B) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	for _, old := range []int{0, 2000} {
		b.Run(fmt.Sprintf("old=%d", old), func(b *testing.B) {
			r, st := benchRouter(b, true)
			benchHistory(b, st, storage.VillageScope("青山村"), old, func(i int) (storage.Doc, error) {
				made := at.AddDate(-1, 0, 0).Add(time.Duration(i) * time.Hour)
				return storage.Doc{Kind: "r", Index: []storage.IndexOp{{Set: "reports", Add: true}},
					Body: village.Report{Village: "青山村", Grid: "三组", Chat: grid, Type: village.General, Version: 1,
						Status: village.StatusClosed, Text: fmt.Sprintf("第%d盏路灯不亮了", i+1), Reporter: "张三", CreatedAt: made}}, nil
			})
			ctx := context.Background()
			for _, m := range []bot.Message{benchMsg("s1", grid, "张三", "上报 村口的路灯坏了好几天了", ""),
				benchMsg("s2", "青山村一组网格群", "陈桂兰", "上报 水渠堵了", "")} {
				if err := r.Handle(ctx, m); err != nil {
					b.Fatal(err)
				}
			}
			for _, q := range []struct{ name, chat, from, text string }{
				{"leader", grid, "李四", "今天怎么样"}, {"leader overdue", grid, "李四", "超期的有哪些"},
				{"officer", office, "孙七", "今天各村情况怎么样"}, {"officer grid", office, "孙七", "超期 三组"},
				{"villager chat", grid, "陈二", "今天天气怎么样 要下雨了吧"},
			} {
				b.Run(q.name, func(b *testing.B) {
					trips, n := int64(0), 0
					for i := 0; b.Loop(); i++ {
						trips, n = trips+benchTrips(b, r, st, benchMsg(fmt.Sprintf("%s-%d", q.name, i), q.chat, q.from, q.text, "")), n+1
					}
					b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
				})
			}
		})
	}
}

// BenchmarkReportWithQuestion: a villager tells a report and asks a
// procedure in one message ("村口第N盏路灯坏了好几天了 另外问下办残疾证要带啥");
// the leader then rejects what it filed (not measured), so that the next
// round is no repeat of it.
func BenchmarkReportWithQuestion(b *testing.B) {
	r, st := benchRouter(b, true)
	ctx := context.Background()
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		m := benchMsg(fmt.Sprintf("%d-a", i), "青山村三组网格群", "陈二", fmt.Sprintf("村口第%d盏路灯坏了好几天了 另外问下办残疾证要带啥", i+1), "")
		trips, n = trips+benchTrips(b, r, st, m), n+1
		reps, err := st.Reports(ctx, village3)
		if err != nil {
			b.Fatal(err)
		}
		for _, rep := range reps {
			if rep.Status.Open() {
				if err := r.Handle(ctx, benchMsg(fmt.Sprintf("%d-%s", i, rep.ID), "青山村三组网格群", "李四", "驳回 #"+rep.ID+" 测试", "")); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkAnswerResolved: after the 办结 of his mediation item, the
// reporter answers in plain words that deny the fix (answer: "还是吵",
// and on the next 办结 "没用 还在放"), or the group talks of other
// things with words of still and again (chat: it must cost no more than
// it did); with the report cache on and off. Each round first closes the
// item of the round before (not measured).
func BenchmarkAnswerResolved(b *testing.B) {
	const grid = "青山村三组网格群"
	benchMediation(b, []string{"answer", "chat"}, func(kind string, i int, ref string, id func(string) string, setup []bot.Message) ([]bot.Message, []bot.Message) {
		setup = append(setup, benchMsg(id("a"), grid, "陈二", fmt.Sprintf("上报 调解 %d号院那户天天半夜放音乐 吵得睡不着", i+1), ""),
			benchMsg(id("b"), grid, "李四", "确认 "+ref, ""),
			benchMsg(id("c"), grid, "李四", "办结 "+ref+" 双方和解", ""))
		if kind == "chat" {
			return setup, []bot.Message{benchMsg(id("d"), grid, "张三", "我还在上班 晚点回", ""),
				benchMsg(id("e"), grid, "王五", "今天又下雨了", ""),
				benchMsg(id("f"), grid, "张三", "还是你们去吧", ""),
				benchMsg(id("g"), grid, "陈二", "明天又要降温了", "")}
		}
		return setup, []bot.Message{benchMsg(id("d"), grid, "陈二", "还是吵", "")}
	})
}

// benchMediation runs round for each kind of kinds, with the report cache
// on and off (benchAnswers), as the round's setup first closing the item
// of the round before (陈二's, resolved by 李四): i is the round, ref its
// item's #R, id makes its message ids.
func benchMediation(b *testing.B, kinds []string, round func(kind string, i int, ref string, id func(string) string, closing []bot.Message) (setup, measured []bot.Message)) {
	const grid = "青山村三组网格群"
	for _, kind := range kinds {
		for _, cache := range []bool{true, false} {
			b.Run(fmt.Sprintf("%s/cache=%v", kind, cache), func(b *testing.B) {
				benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
					id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
					if i > 0 {
						prev := fmt.Sprintf("#R%d", i)
						setup = []bot.Message{benchMsg(id("p"), grid, "李四", "办结 "+prev+" 已处理", ""), benchMsg(id("q"), grid, "陈二", "满意 "+prev, "")}
					}
					return round(kind, i, fmt.Sprintf("#R%d", i+1), id, setup)
				})
			})
		}
	}
}

// BenchmarkConfirmBack: a villager tells a matter in plain words (the
// bot asks back 「回复1登记」) and answers 1 (once: one question waits;
// twice: two matters told before the answer, both filed on one 1); the
// leader then rejects what was filed (not measured).
func BenchmarkConfirmBack(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, told := range []int{1, 2} {
		b.Run(fmt.Sprintf("told=%d", told), func(b *testing.B) {
			r, st := benchRouter(b, true)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				var ms []bot.Message
				for j := range told {
					ms = append(ms, benchMsg(fmt.Sprintf("%d-%d", i, j), grid, "陈二", fmt.Sprintf([]string{"%d号院门口的垃圾没人清理", "%d号塔的信号塔啥时候修 俺们这打个电话都要跑到坡上去"}[j], i+1), ""))
				}
				ms = append(ms, benchMsg(fmt.Sprintf("%d-y", i), grid, "陈二", "1", ""))
				trips, n = trips+benchRound(b, r, st, i, ms, told), n+len(ms)
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// benchRound handles ms, the measured messages of round i, and returns
// the round trips they took; then checks that open reports of the grid
// are left, and has the leader reject them (not measured).
func benchRound(b *testing.B, r *handlers.Router, st *storage.Store, i int, ms []bot.Message, open int) int64 {
	b.Helper()
	ctx := context.Background()
	before := st.RoundTrips()
	for _, m := range ms {
		if err := r.Handle(ctx, m); err != nil {
			b.Fatal(err)
		}
	}
	trips := st.RoundTrips() - before
	reps, err := st.Reports(ctx, village3)
	if err != nil {
		b.Fatal(err)
	}
	if got := countOpen(reps); got != open {
		b.Fatalf("round %d: %d open reports, want %d", i, got, open)
	}
	for _, rep := range reps {
		if rep.Status.Open() {
			if err := r.Handle(ctx, benchMsg(fmt.Sprintf("%d-%s", i, rep.ID), "青山村三组网格群", "李四", "驳回 #"+rep.ID+" 测试", "")); err != nil {
				b.Fatal(err)
			}
		}
	}
	return trips
}

func countOpen(reps []village.Report) (n int) {
	for _, rep := range reps {
		if rep.Status.Open() {
			n++
		}
	}
	return n
}

// BenchmarkAnswerDuplicate: a villager reports a lamp someone reported
// already (the bot asks whether it is the same matter) and answers 是
// (alone); or, first, tells a pothole in plain words (asked back), then
// reports the lamp, answers the pothole's 1 and the lamp's 是 (with
// confirm-back: both questions wait together). The leader then rejects
// what was filed (not measured). BenchmarkAnswerDuplicate/quoted is
// benchQuotedDuplicate.
func BenchmarkAnswerDuplicate(b *testing.B) {
	const grid = "青山村三组网格群"
	b.Run("quoted", benchQuotedDuplicate)
	for _, with := range []bool{false, true} {
		name := "alone"
		if with {
			name = "with confirm-back"
		}
		b.Run(name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			ctx := context.Background()
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
				if err := r.Handle(ctx, benchMsg(id("r"), grid, "张三", fmt.Sprintf("上报 %d号院门口路灯坏了 晚上黑漆漆的", i+1), "")); err != nil {
					b.Fatal(err)
				}
				var ms []bot.Message
				if with {
					ms = append(ms, benchMsg(id("p"), grid, "陈二", fmt.Sprintf("%d号院门口的垃圾没人清理", i+1), ""))
				}
				ms = append(ms, benchMsg(id("d"), grid, "陈二", fmt.Sprintf("上报 %d号院门口的路灯坏了 晚上看不见", i+1), ""))
				if with {
					ms = append(ms, benchMsg(id("1"), grid, "陈二", "1", ""))
				}
				ms = append(ms, benchMsg(id("y"), grid, "陈二", "是", ""))
				open := 1
				if with {
					open = 2
				}
				trips, n = trips+benchRound(b, r, st, i, ms, open), n+len(ms)
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// benchQuotedDuplicate: a villager reports again two matters others
// reported (a lamp and a dog: two duplicate questions wait) and answers
// 「是」 quoting the lamp's question, measured: it settles that one (the
// quote names its item), not asked back. His plain 「是」 then answers the
// dog's, and the leader rejects what was filed (not measured).
func benchQuotedDuplicate(b *testing.B) {
	const grid = "青山村三组网格群"
	r, st := benchRouter(b, true)
	handle := benchHandle(b, r)
	_, dir := exampleVillage(&testing.T{})
	chen, err := dir.Lookup("青山村", "陈二")
	if err != nil {
		b.Fatal(err)
	}
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		id := func(s string) string { return fmt.Sprintf("%d-%s", i, s) }
		handle(benchMsg(id("r"), grid, "张三", fmt.Sprintf("上报 %d号院门口路灯坏了 晚上黑漆漆的", i+1), ""))
		handle(benchMsg(id("s"), grid, "张三", fmt.Sprintf("上报 %d号院后面养殖场的狗半夜一直叫 吵得睡不着", i+1), ""))
		lamp := fmt.Sprintf("已有人反映 #R%d（%d号院门口路灯坏了 晚上黑漆漆的），是同一件事吗？回复「是」合并，「不是」另外登记。", 2*i+1, i+1)
		handle(benchMsg(id("d"), grid, "陈二", fmt.Sprintf("上报 %d号院门口的路灯坏了 晚上看不见", i+1), ""))
		handle(benchMsg(id("e"), grid, "陈二", fmt.Sprintf("上报 %d号院后面养殖场的狗一直叫 吵得睡不着", i+1), ""))
		before := st.RoundTrips()
		handle(benchMsg(id("y"), grid, "陈二", "是", lamp))
		trips, n = trips+st.RoundTrips()-before, n+1
		if asked, err := st.Asked(context.Background(), village3, grid+"|"+chen.Key()); err != nil || strings.Count(string(asked), "\n") != 0 || !strings.Contains(string(asked), fmt.Sprintf(`"R%d"`, 2*i+2)) {
			b.Fatalf("round %d: after 是 quoting the lamp's question, waiting %q (%v), want the dog's alone", i, asked, err)
		}
		handle(benchMsg(id("z"), grid, "陈二", "是", ""))
		benchRound(b, r, st, i, nil, 2)
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
}

// BenchmarkProcedureQuestion: a villager asks how to get a 残疾证 (the
// guide answers it: 1 item), then, measured, asks again naming it
// (again: his item's handlers are asked, nothing new filed) or asks
// about 低保 (asked: a second item). A question naming a procedure reads
// the grid's open items for one of his; followed in memory, it costs no
// round trip more. Or, after his further question (not measured), the
// grid leader answers it in his own words (answered: recorded as 答复).
// The leader rejects what was filed (not measured).
func BenchmarkProcedureQuestion(b *testing.B) {
	for _, c := range []struct {
		name, from, text string
		pre              []string
		open             int
	}{{"asked", "陈二", "低保怎么申请", nil, 2}, {"again", "陈二", "残疾证要本人去吗 俺娘腿脚不好", nil, 1},
		{"answered", "李四", "不用本人去 家属带着材料就行", []string{"残疾证要本人去吗 俺娘腿脚不好"}, 1},
		{"same", "陈二", "请问残疾证去哪办？", nil, 1}} { // the same question again: answered, nobody called
		b.Run(c.name, func(b *testing.B) {
			r, st := benchRouter(b, true)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				for j, text := range append([]string{"残疾证去哪办"}, c.pre...) {
					if err := r.Handle(context.Background(), benchMsg(fmt.Sprintf("%d-a%d", i, j), "青山村三组网格群", "陈二", text, "")); err != nil {
						b.Fatal(err)
					}
				}
				ms := []bot.Message{benchMsg(fmt.Sprintf("%d-b", i), "青山村三组网格群", c.from, c.text, "")}
				trips, n = trips+benchRound(b, r, st, i, ms, c.open), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkConfirmMany: the leader takes five fresh reports on in one
// message (「确认 1 2 3 4 5」, by their numbers) and resolves them in
// another (「办结 … 已处理好」); the reports are filed first (not
// measured); with the report cache on and off.
func BenchmarkConfirmMany(b *testing.B) {
	benchFive(b, func(nums []string) string { return "确认 " + strings.Join(nums, " ") },
		func(nums []string) string { return "办结 #R" + strings.Join(nums, " #R") + " 已处理好" })
}

// BenchmarkManyInWords: the leader takes five fresh reports on in his own
// words, by their bare numbers (「1号2号3号4号5号 我下午去看」), and says
// in his own words they are done (「R1 R2 R3 R4 R5 都弄好了」); the
// reports are filed first (not measured); with the report cache on and
// off.
func BenchmarkManyInWords(b *testing.B) {
	benchFive(b, func(nums []string) string { return strings.Join(nums, "号") + "号 我下午去看" },
		func(nums []string) string { return "R" + strings.Join(nums, " R") + " 都弄好了" })
}

// benchFive files five fresh reports per round (not measured), then
// measures the leader's two messages on them: take, naming their
// numbers, and done; with the report cache on and off.
func benchFive(b *testing.B, take, done func(nums []string) string) {
	const grid = "青山村三组网格群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			benchAnswers(b, cache, func(i int) (setup, measured []bot.Message) {
				var nums []string
				for k := range 5 {
					n := 5*i + k + 1
					nums = append(nums, fmt.Sprint(n))
					setup = append(setup, benchMsg(fmt.Sprintf("%d-%d", i, k), grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", n), ""))
				}
				return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", take(nums), ""),
					benchMsg(fmt.Sprintf("%d-c", i), grid, "李四", done(nums), "")}
			})
		})
	}
}

// BenchmarkMediationNews: word from the parties of a quarrel being
// mediated, past the hour it is live in the group: the reporter's
// "调解了好几次都没用" (news for its handlers), the mediator's "我下午去看看
// 那条沟" before anyone took it on (it takes it on), and, after its 办结,
// the other party's "又吵起来了" (it reopens it); the mediator's "两家都不让
// 步" on the one he took on (its 进展, 上报镇 offered); after its 办结, the
// other party's "镇里量好了 我认" or "凭什么要我挖 我不服" (told to its
// handlers); with the report
// cache on and off. Each round first closes the item of the round before (not
// measured).
func BenchmarkMediationNews(b *testing.B) {
	const grid = "青山村三组网格群"
	later := func(m bot.Message) bot.Message { m.At = at.Add(2 * time.Hour); return m }
	benchMediation(b, []string{"futile", "goes", "party", "stuck", "accepts", "objects"}, func(kind string, i int, ref string, id func(string) string, setup []bot.Message) ([]bot.Message, []bot.Message) {
		setup = append(setup, benchMsg(id("a"), grid, "陈二", fmt.Sprintf("上报 调解 张三家砌墙把%d号院门口的水沟堵死了", i+1), ""))
		switch kind {
		case "stuck":
			setup = append(setup, benchMsg(id("b"), grid, "李四", "确认 "+ref, ""))
			return setup, []bot.Message{later(benchMsg(id("d"), grid, "郑十", "两家都不让步", ""))}
		case "accepts", "objects":
			said := map[string]string{"accepts": "镇里量好了 我认", "objects": "凭什么要我挖 我不服"}[kind]
			setup = append(setup, benchMsg(id("b"), grid, "李四", "确认 "+ref, ""), benchMsg(id("c"), grid, "李四", "办结 "+ref+" 张三把沟挖通", ""))
			return setup, []bot.Message{later(benchMsg(id("d"), grid, "张三", said, ""))}
		case "goes":
			return setup, []bot.Message{later(benchMsg(id("d"), grid, "郑十", "我下午去看看那条沟", ""))}
		case "futile":
			setup = append(setup, benchMsg(id("b"), grid, "李四", "确认 "+ref, ""))
			return setup, []bot.Message{later(benchMsg(id("d"), grid, "陈二", "调解了好几次都没用", ""))}
		}
		setup = append(setup, benchMsg(id("b"), grid, "李四", "确认 "+ref, ""), benchMsg(id("c"), grid, "李四", "办结 "+ref+" 双方和解", ""))
		return setup, []bot.Message{later(benchMsg(id("d"), grid, "张三", "又吵起来了", ""))}
	})
}

// BenchmarkEmergency: a free-text alarm, in the grid's group from a
// villager, in the township office's chat from an officer naming the grid
// (townalarm.go), and privately from the grid's leader; each round's is
// taken on and resolved before the next (not measured), so that none is
// news of the one before.
func BenchmarkEmergency(b *testing.B) {
	for _, c := range []struct{ name, chat, from, text string }{
		{"group", "青山村三组网格群", "陈二", "%d号院子着火了 快来人"},
		{"office", "青山镇网格工作群", "孙七", "青山村三组%d号院子着火了"},
		{"private", "", "李四", "三组%d号院子着火了"},
	} {
		b.Run(c.name, func(b *testing.B) {
			benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
				if i > 0 {
					ref := fmt.Sprintf("#R%d", i)
					setup = []bot.Message{benchMsg(fmt.Sprintf("%d-a", i), "青山村三组网格群", "李四", "确认 "+ref, ""),
						benchMsg(fmt.Sprintf("%d-b", i), "青山村三组网格群", "李四", "办结 "+ref+" 已处理好", "")}
				}
				m := benchMsg(fmt.Sprintf("%d-c", i), c.chat, c.from, fmt.Sprintf(c.text, i+1), "")
				m.Private = c.chat == ""
				return setup, []bot.Message{m}
			})
		})
	}
}

// BenchmarkCallReminderAnswer: the worker phoning 王奶奶, and the grid
// leader (a mediator too), answer the call reminder in private with
// "知道了 明天去": the sender's grid's open reports are looked at for a
// fresh report to take on and for one he handles, read once for both.
func BenchmarkCallReminderAnswer(b *testing.B) {
	for _, from := range []string{"王五", "李四"} {
		b.Run(from, func(b *testing.B) {
			r, st := benchRouter(b, true)
			d, err := storage.CallDoc(village.Call{Village: "青山村", Grid: "三组", Person: "王奶奶", PersonKey: "青山村/QS-305/王奶奶",
				Phone: "13900000001", Worker: "王五", WorkerKey: "青山村/QS-304/王五", Topic: "例行问候", Due: at, Status: village.CallOpen, RemindedAt: at})
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			if _, err := st.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "task", Docs: []storage.Doc{d}}); err != nil {
				b.Fatal(err)
			}
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				trips, n = trips+privateTrips(b, r, st, fmt.Sprintf("%d-a", i), from, "知道了 明天去"), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkMediationRelapse: a party files a quarrel that says it came
// back ("又吵起来了") in a village of more reports than the relapse search
// reads (relapseOf), with no closed item of it among them: the item is
// filed and its handlers told that older items were not checked. The
// previous round's item is rejected (not measured), so that none is
// linked and none is taken for a repeat.
func BenchmarkMediationRelapse(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			r, st := benchRouter(b, cache)
			ctx := context.Background()
			for i := range 250 {
				rep := village.Report{Village: "青山村", Grid: "一组", Chat: "青山村一组网格群", Type: village.General, Category: "道路交通",
					Status: village.StatusClosed, Text: fmt.Sprintf("第%d号院门口的路面塌了个坑", i+1), Reporter: "李四", CreatedAt: at}
				if _, err := st.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), Create: true, Report: &rep}); err != nil {
					b.Fatal(err)
				}
			}
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				if i > 0 {
					m := benchMsg(fmt.Sprintf("%d-p", i), grid, "李四", fmt.Sprintf("驳回 #R%d 重复反映", 250+i), "")
					if err := r.Handle(ctx, m); err != nil {
						b.Fatal(err)
					}
				}
				m := benchMsg(fmt.Sprintf("%d-a", i), grid, "陈二", "上报 调解 张三家砌的墙又把我家水沟堵了 又吵起来了", "")
				trips, n = trips+benchTrips(b, r, st, m), n+1
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// BenchmarkEmergencyAid: in the group of an open fire (张三's alarm, not
// measured; the round before's resolved first), a neighbour asks for aid
// with news of harm ("我家也被烧了 能申请救助不": the aid's answer and the
// duty chat's 【突发补充】, one commit) and without ("能申请救助不").
func BenchmarkEmergencyAid(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, text := range []string{"我家也被烧了 能申请救助不", "能申请救助不"} {
		b.Run(text, func(b *testing.B) {
			benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
				if i > 0 {
					ref := fmt.Sprintf("#R%d", i)
					setup = []bot.Message{benchMsg(fmt.Sprintf("%d-a", i), grid, "李四", "确认 "+ref, ""),
						benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", "办结 "+ref+" 已处理好", "")}
				}
				setup = append(setup, benchMsg(fmt.Sprintf("%d-c", i), grid, "张三", fmt.Sprintf("后山%d号老李家着火了 快来人", i+1), ""))
				return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-d", i), grid, "陈二", text, "")}
			})
		})
	}
}

// BenchmarkEmergencySpread: in the group of an open fire (张三's alarm, not
// measured; the round before's closed first), a neighbour tells it
// reached his home ("我家也着了": the duty chat's 【突发补充·蔓延】 and the
// group's @s, one commit).
func BenchmarkEmergencySpread(b *testing.B) {
	const grid = "青山村三组网格群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		if i > 0 {
			ref := fmt.Sprintf("#R%d", i)
			setup = []bot.Message{benchMsg(fmt.Sprintf("%d-a", i), grid, "李四", "确认 "+ref, ""),
				benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", "办结 "+ref+" 已处理好", ""),
				benchMsg(fmt.Sprintf("%d-e", i), grid, "张三", "满意 "+ref, "")}
		}
		setup = append(setup, benchMsg(fmt.Sprintf("%d-c", i), grid, "张三", fmt.Sprintf("后山%d号老李家着火了 快来人", i+1), ""))
		return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-d", i), grid, "陈二", "我家也着了", "")}
	})
}

// BenchmarkEmergencySpreadTwoFires: two fires burn in the group (the
// rounds before's closed first); a neighbour tells one reached his home
// without saying which (the ask, one commit), then names it ("#R… 烧到我家
// 了": the spread, one commit).
func BenchmarkEmergencySpreadTwoFires(b *testing.B) {
	const grid = "青山村三组网格群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		if i > 0 {
			for j, n := range []int{2*i - 1, 2 * i} {
				ref, id := fmt.Sprintf("#R%d", n), fmt.Sprintf("%d-%d", i, j)
				setup = append(setup, benchMsg(id+"a", grid, "李四", "确认 "+ref, ""),
					benchMsg(id+"b", grid, "李四", "办结 "+ref+" 已处理好", ""))
			}
		}
		setup = append(setup, benchMsg(fmt.Sprintf("%d-c", i), grid, "张三", fmt.Sprintf("后山%d号老李家着火了 快来人", i+1), ""),
			benchMsg(fmt.Sprintf("%d-f", i), grid, "赵六", fmt.Sprintf("村口%d号仓库也着火了 快来人", i+1), ""))
		return setup, []bot.Message{benchMsg(fmt.Sprintf("%d-d", i), grid, "陈二", "我家也着了", ""),
			benchMsg(fmt.Sprintf("%d-g", i), grid, "陈二", fmt.Sprintf("#R%d 烧到我家了", 2*i+2), "")}
	})
}

// BenchmarkAckThenReport: a household's 收到 of the group's notice with a
// matter of its own after it ("收到，不过后山第1段路的护栏断了好几天了",
// ackAndReport): the report filed and the household's 收到, which rides
// on the filing's commit. Each round's report is taken on and resolved
// before the next (not measured), so that none is a repeat of the one
// before.
func BenchmarkAckThenReport(b *testing.B) {
	const grid = "青山村三组网格群"
	r, st := benchRouter(b, true)
	ctx := context.Background()
	handle := benchHandle(b, r)
	handle(benchMsg("n", "青山镇网格工作群", "孙七", "通知 三组 明天上午9点体检，请带老人参加", ""))
	trips, n := int64(0), 0
	for i := 0; b.Loop(); i++ {
		if i > 0 {
			ref := fmt.Sprintf("#R%d", i)
			handle(benchMsg(fmt.Sprintf("%d-a", i), grid, "李四", "确认 "+ref, ""))
			handle(benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", "办结 "+ref+" 已修好", ""))
		}
		before := st.RoundTrips()
		handle(benchMsg(fmt.Sprintf("%d-c", i), grid, "赵六", fmt.Sprintf("收到，不过后山第%d段路的护栏断了好几天了", i+1), ""))
		trips, n = trips+st.RoundTrips()-before, n+1
	}
	b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
	if acks, err := st.Counters(ctx, storage.TownshipScope("青山镇"), storage.AckHash("N1")); err != nil || acks["青山村/QS-306"] != int64(n) {
		b.Fatalf("acks of N1 %v (%v), want %d of 赵六's household", acks, err, n)
	}
	if reps, err := st.Reports(ctx, storage.VillageScope("青山村")); err != nil || len(reps) != n {
		b.Fatalf("%d reports (%v), want %d", len(reps), err, n)
	}
}

// BenchmarkSettleAnswered: the grid leader's "R2 两家谈好了" on a quarrel
// nobody took on yet is asked back (not measured); his 「是」 quoting that
// question settles it (settleAnswered: its 办结 from 待受理); with the
// report cache on and off. Each round first closes the item of the round
// before (its reporter's 满意, not measured).
func BenchmarkSettleAnswered(b *testing.B) {
	const grid = "青山村三组网格群"
	for _, cache := range []bool{true, false} {
		b.Run(fmt.Sprintf("cache=%v", cache), func(b *testing.B) {
			r, st := benchRouter(b, cache)
			ctx := context.Background()
			handle := benchHandle(b, r)
			trips, n := int64(0), 0
			for i := 0; b.Loop(); i++ {
				ref := fmt.Sprintf("#R%d", i+1)
				if i > 0 {
					handle(benchMsg(fmt.Sprintf("%d-p", i), grid, "陈二", fmt.Sprintf("满意 #R%d", i), ""))
				}
				handle(benchMsg(fmt.Sprintf("%d-a", i), grid, "陈二", fmt.Sprintf("上报 调解 张三家砌墙把%d号院门口的水沟堵死了", i+1), ""))
				handle(benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", ref[1:]+" 两家谈好了", ""))
				asked := fmt.Sprintf("李四，%s「两家谈好了」，是两家已经调解好、可以办结了吗？是的话请回复「办结 %s 两家谈好了」（直接引用这条回「是」也行），我会请报告人确认；还没谈完的，请回复「进展 %s 两家谈好了」。%s 暂未改动。", ref, ref, ref, ref)
				before := st.RoundTrips()
				handle(benchMsg(fmt.Sprintf("%d-y", i), grid, "李四", "是", asked))
				trips, n = trips+st.RoundTrips()-before, n+1
				if rep, err := st.Report(ctx, storage.VillageScope("青山村"), ref[1:]); err != nil || rep.Status != village.StatusResolved {
					b.Fatalf("%s after 是: %s (%v), want resolved", ref, rep.Status, err)
				}
			}
			b.ReportMetric(float64(trips)/float64(n), "roundtrips/msg")
		})
	}
}

// benchHandle handles a message with r, failing b on an error.
func benchHandle(b *testing.B, r *handlers.Router) func(bot.Message) {
	return func(m bot.Message) {
		if err := r.Handle(context.Background(), m); err != nil {
			b.Fatalf("%s: %v", m.Text, err)
		}
	}
}

// BenchmarkAcceptSends: the leader quotes the bot's message about a fresh
// report with "确认 让王五去看看" (accepted and assigned in one change),
// and resolves it.
func BenchmarkAcceptSends(b *testing.B) {
	benchTakeOn(b, "张三", "上报 村口第%d盏路灯不亮了", "李四", "确认 让王五去看看", "已登记 %s（一般事项）：村口路灯不亮了")
}

// BenchmarkQuotedSends: the leader quotes the bot's message about a fresh
// report with the plain "让王五去看看" (指派: taken on and assigned in one
// change), and resolves it.
func BenchmarkQuotedSends(b *testing.B) {
	benchTakeOn(b, "张三", "上报 村口第%d盏路灯不亮了", "李四", "让王五去看看", "已登记 %s（一般事项）：村口路灯不亮了")
}

// BenchmarkEmergencyScene: an emergency as a group tells it (the rounds
// before's two fires taken on, resolved and confirmed first, unmeasured):
// the alarm, its reporter's photo (the duty chat told), the fire said to
// reach a place (spreadPlace), a villager's "火基本灭了" (emergencyProgress),
// its reporter's correction (emergencyCorrects) and another home's fire (a
// second alarm, homesApart).
func BenchmarkEmergencyScene(b *testing.B) {
	const grid = "青山村三组网格群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		if i > 0 {
			for j, c := range []struct {
				n        int
				reporter string
			}{{2*i - 1, "张三"}, {2 * i, "周八"}} {
				ref, id := fmt.Sprintf("#R%d", c.n), fmt.Sprintf("%d-%d", i, j)
				setup = append(setup, benchMsg(id+"a", grid, "李四", "确认 "+ref, ""),
					benchMsg(id+"b", grid, "李四", "办结 "+ref+" 已处理好", ""),
					benchMsg(id+"c", grid, c.reporter, "满意 "+ref, ""))
			}
		}
		photo := benchMsg(fmt.Sprintf("%d-p", i), grid, "张三", "", "")
		photo.Images = []string{fmt.Sprintf("%d.jpg", i)}
		return setup, []bot.Message{
			benchMsg(fmt.Sprintf("%d-d", i), grid, "张三", fmt.Sprintf("%d号老王家着火了 快来人", i+1), ""),
			photo,
			benchMsg(fmt.Sprintf("%d-e", i), grid, "陈二", "大火烧到后山了", ""),
			benchMsg(fmt.Sprintf("%d-f", i), grid, "赵六", "火基本灭了", ""),
			benchMsg(fmt.Sprintf("%d-g", i), grid, "张三", "不是老王家的房子 是他家柴房着火了", ""),
			benchMsg(fmt.Sprintf("%d-h", i), grid, "周八", fmt.Sprintf("%d号老李家也着火了", i+1), ""),
		}
	})
}

// fireRound is the setup of round i of a benchmark on an open fire in
// grid: the last round's fire closed (确认, 办结, 满意), a new one raised.
func fireRound(grid string, i int) (setup []bot.Message) {
	if i > 0 {
		ref := fmt.Sprintf("#R%d", i)
		setup = append(setup, benchMsg(fmt.Sprintf("%d-a", i), grid, "李四", "确认 "+ref, ""),
			benchMsg(fmt.Sprintf("%d-b", i), grid, "李四", "办结 "+ref+" 已处理好", ""),
			benchMsg(fmt.Sprintf("%d-c", i), grid, "张三", "满意 "+ref, ""))
	}
	return append(setup, benchMsg(fmt.Sprintf("%d-d", i), grid, "张三", fmt.Sprintf("%d号老王家着火了 快来人", i+1), ""))
}

// BenchmarkEmergencyHeard: while a fire is open, a bystander's word that it
// is none (bystanderDenies) and another villager's question about it
// (emergencyAsked): each one commit.
func BenchmarkEmergencyHeard(b *testing.B) {
	const grid = "青山村三组网格群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		return fireRound(grid, i), []bot.Message{
			benchMsg(fmt.Sprintf("%d-e", i), grid, "陈二", "没着火 是王大爷在烧稻草", ""),
			benchMsg(fmt.Sprintf("%d-f", i), grid, "周八", "消防队来人了吗", ""),
		}
	})
}

// BenchmarkEmergencyNumberAsked: villagers ask which number to call of
// an open fire: 陈二's alarm (「着火了该打什么电话」) joins it, 周八's news
// (「火还没灭 该打什么电话」) is noted on it, 赵六's spread (「大火烧到村口了
// 打哪个电话」) reaches a place; the duty chat hears each and each hears the
// number, in the one commit of what his words did.
func BenchmarkEmergencyNumberAsked(b *testing.B) {
	const grid = "青山村三组网格群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		return fireRound(grid, i), []bot.Message{benchMsg(fmt.Sprintf("%d-e", i), grid, "陈二", "着火了该打什么电话", ""),
			benchMsg(fmt.Sprintf("%d-f", i), grid, "周八", "火还没灭 该打什么电话", ""),
			benchMsg(fmt.Sprintf("%d-g", i), grid, "赵六", "大火烧到村口了 打哪个电话", "")}
	})
}

// BenchmarkPrivateAnswerToTownship: the township asks the grid leader
// privately about an item (孙七's 「#R 电工联系上了吗？」); his plain private
// reply, no quote nor number, answers it (askedPrivatelyAnswered).
func BenchmarkPrivateAnswerToTownship(b *testing.B) {
	const grid, office = "青山村三组网格群", "青山镇网格工作群"
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		ref, msg := fmt.Sprintf("R%d", i+1), officeRound(i)
		answer := msg("e", "", "李四", "联系上了 明天上午来")
		answer.Private = true
		return []bot.Message{msg("a", grid, "张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1)),
				msg("b", grid, "李四", "确认 #"+ref),
				msg("c", grid, "李四", "上报镇 #"+ref+" 村里没有电工"),
				msg("d", office, "孙七", "#"+ref+" 电工联系上了吗？")},
			[]bot.Message{answer}
	})
}

// BenchmarkPrivateCadreText: a grid leader's plain private messages with
// no question of the township waiting: a report offered back (「我理解为」)
// and a chat word; askedPrivatelyAnswered's look at his grid's open
// items must cost them nothing more.
func BenchmarkPrivateCadreText(b *testing.B) {
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		m := func(id, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%s", i, id), At: at.Add(time.Duration(i) * 7 * time.Minute), Private: true, From: "李四", Text: text}
		}
		return nil, []bot.Message{m("a", "联系上了 明天上午来"), m("b", "2"), m("c", fmt.Sprintf("村西头第%d条水沟堵了", i+1))}
	})
}
