package handlers_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/village"
)

// meddleOnce is a Store where, once on, another process changes report
// id just before the first of the router's commits that changes it.
type meddleOnce struct {
	*storage.Store
	id       string
	change   func(*village.Report)
	on, done bool
}

func (m *meddleOnce) Commit(ctx context.Context, ch storage.Change) (storage.Result, error) {
	if m.on && !m.done && ch.Report != nil && !ch.Create && ch.Report.ID == m.id {
		m.done = true
		rep, err := m.Report(ctx, village3, m.id)
		if err != nil {
			return storage.Result{}, err
		}
		m.change(&rep)
		if _, err := m.Store.Commit(ctx, storage.Change{Scope: village3, MsgID: "meddle-" + m.id, Report: &rep}); err != nil {
			return storage.Result{}, err
		}
	}
	return m.Store.Commit(ctx, ch)
}

// TestQuotedSendsReadOnce: with no report cache, the leader's quoted
// 「让王五去看看」 reads the grid's open reports once (procedureAnswer's
// groupOpen) and takes the quoted report from that read (find): two round
// trips, the read and the commit (three on main: the report was read again
// on its own).
func TestQuotedSendsReadOnce(t *testing.T) {
	c, trips := uncachedChat(t)
	for i, ref := range []string{"#R1", "#R2"} {
		c.say("张三", fmt.Sprintf("上报 村口第%d盏路灯不亮了", i+1))
		n, got := trips(bot.Message{From: "李四", Text: "让王五去看看",
			Quote: &bot.Quote{Name: "网格小助手", Text: "已登记 " + ref + "（一般事项）：村口路灯不亮了"}})
		has(t, "让王五去看看", got, ref+" 已指派给王五")
		if n != 2 {
			t.Errorf("%s: quoted 让王五去看看: %d round trips, want 2 (the grid's open reports, the commit)", ref, n)
		}
	}
	c.wantStatuses(map[string]village.Status{}, village.StatusAccepted)
}

// TestQuotedSendsAfterAnotherChange: another process changes the quoted
// report between the group's read and the commit: the commit is refused,
// the retry reads the report afresh (not the read the turn held), and
// both changes stand.
func TestQuotedSendsAfterAnotherChange(t *testing.T) {
	var m *meddleOnce
	c, trips := uncachedChat(t, func(st *storage.Store) handlers.Store {
		m = &meddleOnce{Store: st, id: "R1", change: func(rep *village.Report) { rep.Followers = append(rep.Followers, "陈二") }}
		return m
	})
	c.say("张三", "上报 村口的路灯不亮了")
	m.on = true
	_, got := trips(bot.Message{From: "李四", Text: "让王五去看看",
		Quote: &bot.Quote{Name: "网格小助手", Text: "已登记 #R1（一般事项）：村口路灯不亮了"}})
	has(t, "让王五去看看", got, "#R1 已指派给王五")
	if !m.done {
		t.Fatal("the other process did not change #R1")
	}
	rep := c.reports()[0]
	if rep.Status != village.StatusAccepted || !slices.Contains(rep.Handlers, "王五") || !slices.Contains(rep.Followers, "陈二") {
		t.Errorf("#R1 %s, handlers %v, followers %v: want accepted, 王五 its handler and 陈二's follow kept", rep.Status, rep.Handlers, rep.Followers)
	}
}

// TestAfterSettledReadOpenOnce: with no report cache, a villager's words
// after a quarrel's 办结 read the grid's open reports once. 「还是你们去
// 吧」 is looked at as an answer to it (openComplete: every open item) and
// as a question asked again (latestOpen) on one read, then the news of
// settled items is read (three round trips on main, two now); 「我还在上
// 班 晚点回」's read of recent and open reports (settledNews) serves the
// look at it as his item's news (ownRepeat): one (two on main). Nothing
// changes: he is no party, the item waits for its reporter.
func TestAfterSettledReadOpenOnce(t *testing.T) {
	for text, want := range map[string]int64{"还是你们去吧": 2, "我还在上班 晚点回": 1} {
		c, trips := uncachedChat(t)
		c.say("陈二", "上报 调解 1号院那户天天半夜放音乐 吵得睡不着")
		c.say("李四", "确认 #R1")
		c.say("李四", "办结 #R1 双方和解")
		n, got := trips(bot.Message{From: "张三", Text: text})
		silent(t, text, got)
		if n != want {
			t.Errorf("%s: %d round trips, want %d", text, n, want)
		}
		c.wantStatuses(map[string]village.Status{}, village.StatusResolved)
	}
}
