package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/village"
)

// noticeCall72 is person's call due at when, passing notice N1 on.
func noticeCall72(tb testing.TB, person string, when time.Time) storage.Doc {
	tb.Helper()
	return noticeCallListed(tb, person, when, true)
}

// noticeCallListed is noticeCall72, reminded by a call list when listed,
// else put on the worker's calls by the notice follow-up alone (call75).
func noticeCallListed(tb testing.TB, person string, when time.Time, listed bool) storage.Doc {
	tb.Helper()
	return noticeCallOf(tb, person, when, listed, "N1")
}

// noticeCallOf is noticeCallListed passing notice n on.
func noticeCallOf(tb testing.TB, person string, when time.Time, listed bool, n string) storage.Doc {
	tb.Helper()
	p := callees66[person]
	c := village.Call{Village: "青山村", Grid: p.grid, Person: person, PersonKey: "青山村/" + p.house + "/" + person, Phone: p.phone,
		Worker: p.worker, WorkerKey: "青山村/" + p.workerHouse + "/" + p.worker, Notices: []string{n}, Due: when, Status: village.CallOpen}
	if listed {
		c.RemindedAt = when
	}
	d, err := storage.CallDoc(c)
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// BenchmarkNotice72: "away": each round (a day) the list names 白凤兰 on a
// call passing notice N1 on, then 王五's 「白凤兰去她女儿家住了 这个月不在村
// 里」 is measured: her call closed away, the notice's away field riding
// on the commit. "grid's own 已转告": each round the vaccination notice
// goes out, 李四's word is said first, then 王五's 「赵六那边我告诉他了」 in
// the group is measured (notice72). "hospital": the same with 「白凤兰住
// 院了」 (hosp73).
func BenchmarkNotice72(b *testing.B) {
	b.Run("away", func(b *testing.B) { benchStayNotReached(b, "白凤兰去她女儿家住了 这个月不在村里") })
	b.Run("hospital", func(b *testing.B) { benchStayNotReached(b, "白凤兰住院了") })
	b.Run("grid's own 已转告", func(b *testing.B) {
		benchAfterNotice(b, bot.Message{Chat: grid3, From: "李四", Text: "周八那边我告诉他了"}, bot.Message{Chat: grid3, From: "王五", Text: "赵六那边我告诉他了"})
	})
}

// benchStayNotReached measures 王五's note text of 白凤兰, on a call of the
// day's list passing notice N1 on, that tells only her stay: her call
// closed away, the notice's away field riding on the commit.
func benchStayNotReached(b *testing.B, text string) { benchNoticeCall(b, text, true) }

// benchNoticeCall is benchStayNotReached, the call listed or put on by
// the notice follow-up alone (noticeCallListed).
func benchNoticeCall(b *testing.B, text string, listed bool) {
	benchNoticeCallOf(b, text, listed, false)
}

// benchNoticeCallOf is benchNoticeCall; with posted, each round a notice
// to 三组 goes out first (the router's, so its copy follows it) and the
// call carries it, as the follow-up's calls do (call76: without, the call
// carries an N1 never posted, which no copy holds, so a note that reads
// the notices reads them from Redis each round).
func benchNoticeCallOf(b *testing.B, text string, listed, posted bool) {
	r, st := benchRouter(b, true)
	benchSetup(b, r, bot.Message{Private: true, From: "王五", Text: "回访 王奶奶 已通 挺好"})
	benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i+1) * 25 * time.Hour)
		call := noticeCallListed(b, "白凤兰", day, listed)
		if posted {
			day = at.Add(time.Duration(i+1) * 24 * time.Hour) // 09:00: the notice goes out at 08:00, not held for the morning
			benchSetup(b, r, bot.Message{ID: fmt.Sprintf("%d-n", i), At: day.Add(-time.Hour), Chat: "青山镇网格工作群", From: "孙七",
				Text: "通知 三组 今天下午3点在村委会开会 每户来一个人"})
			call = noticeCallOf(b, "白凤兰", day, listed, fmt.Sprintf("N%d", i+1))
		}
		if _, err := st.Commit(context.Background(), storage.Change{Scope: village3, MsgID: fmt.Sprintf("list72-%d", i),
			Docs: []storage.Doc{call}}); err != nil {
			b.Fatal(err)
		}
		return nil, bot.Message{ID: fmt.Sprintf("%d-a", i), At: day.Add(time.Hour), Private: true, From: "王五", Text: text}, nil
	})
}
