package reach_test

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/bot"
	"gridbot/reach"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/tmpl"
	"gridbot/village"
)

// none adds no block to the shared ones.
var none = fstest.MapFS{"none.tmpl": {}}

func person(name, grid string, wechat bool, caretaker string, roles ...village.Role) village.Person {
	return village.Person{Name: name, Village: "青山村", Household: "H-" + name, Grid: grid, Phone: "139",
		UsesWeChat: wechat, Caretaker: caretaker, Roles: append([]village.Role{village.RoleVillager}, roles...)}
}

func TestOut(t *testing.T) {
	dir := roster.NewDirectory([]village.Person{
		person("王五", "三组", true, "", village.RoleWorker),
		person("王奶奶", "三组", false, "王五"),
		person("石德贵", "三组", false, ""),                    // no caretaker: a worker of his grid
		person("孤老人", "四组", false, "不在名册"),                // no worker at all
		person("李老汉", "一组", false, "马六"),                  // his caretaker has no WeChat either
		person("马六", "一组", false, "", village.RoleWorker), // nor the grid's only worker
		person("张三", "三组", true, ""),
	})
	g := reach.New(dir, tmpl.Must(none, time.UTC, nil), slog.New(slog.NewTextHandler(io.Discard, nil)))
	relayed := func(name, text string) string {
		return "【请转告】" + name + "不用微信，请打电话（139）或上门告诉" + name + "：\n" + text
	}
	tests := []struct {
		name string
		in   []bot.Outbound
		want []bot.Outbound
	}{
		{"on WeChat", []bot.Outbound{{To: "张三", Kind: bot.Private, Text: "a"}}, []bot.Outbound{{To: "张三", Kind: bot.Private, Text: "a"}}},
		{"a group of that name", []bot.Outbound{{To: "王奶奶", Kind: bot.Group, Text: "a"}}, []bot.Outbound{{To: "王奶奶", Kind: bot.Group, Text: "a"}}},
		{"stranger", []bot.Outbound{{To: "路人", Kind: bot.Private, Text: "a"}}, []bot.Outbound{{To: "路人", Kind: bot.Private, Text: "a"}}},
		{"to the caretaker",
			[]bot.Outbound{{To: "张三", Kind: bot.Private, Text: "a"}, {To: "王奶奶", Kind: bot.Private, Priority: bot.Urgent, Text: "您反映的事已办结。"}},
			[]bot.Outbound{{To: "张三", Kind: bot.Private, Text: "a"}, {To: "王五", Kind: bot.Private, Priority: bot.Urgent, Text: relayed("王奶奶", "您反映的事已办结。")}}},
		{"to a worker of the grid", []bot.Outbound{{To: "石德贵", Kind: bot.Private, Text: "b"}},
			[]bot.Outbound{{To: "王五", Kind: bot.Private, Text: relayed("石德贵", "b")}}},
		{"no worker: dropped", []bot.Outbound{{To: "孤老人", Kind: bot.Private, Text: "c"}, {To: "李老汉", Kind: bot.Private, Text: "d"}, {To: "张三", Kind: bot.Private, Text: "e"}},
			[]bot.Outbound{{To: "张三", Kind: bot.Private, Text: "e"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := g.Out(context.Background(), tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Out (-want +got):\n%s", diff)
			}
		})
	}
}

// TestOutCaretakerNamesake: an elder's message goes to his 责任网格员 by
// the name that fits him alone, not to a villager of the same name, even
// when his grid has another worker.
func TestOutCaretakerNamesake(t *testing.T) {
	namesake := person("王五", "一组", true, "")
	namesake.Household = "H-2"
	dir := roster.NewDirectory([]village.Person{
		person("马红", "三组", true, "", village.RoleWorker),
		person("王五", "一组", true, "", village.RoleWorker),
		namesake,
		person("王奶奶", "三组", false, "王五"),
	})
	g := reach.New(dir, tmpl.Must(none, time.UTC, nil), slog.New(slog.NewTextHandler(io.Discard, nil)))
	got := g.Out(context.Background(), []bot.Outbound{{To: "王奶奶", Kind: bot.Private, Text: "a"}})
	if len(got) != 1 || got[0].To != "王五"+roster.HouseholdSep+"H-王五" {
		t.Errorf("Out = %+v, want it to the caretaker 王五·H-王五", got)
	}
}

// committed records the change it is given.
type committed struct {
	got storage.Change
	res storage.Result
	err error
}

func (c *committed) Commit(_ context.Context, ch storage.Change) (storage.Result, error) {
	c.got = ch
	return c.res, c.err
}

// TestCommit: a store that commits through the guard queues a private
// message to a person without WeChat to his grid worker, leaves the rest
// of the change alone, and returns what the store returned.
func TestCommit(t *testing.T) {
	dir := roster.NewDirectory([]village.Person{
		person("王五", "三组", true, "", village.RoleWorker),
		person("王奶奶", "三组", false, "王五"),
	})
	g := reach.New(dir, tmpl.Must(none, time.UTC, nil), slog.New(slog.NewTextHandler(io.Discard, nil)))
	next := &committed{res: storage.Result{Ref: "R7"}, err: storage.ErrConflict}
	in := storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "m1", Out: []bot.Outbound{
		{To: "青山村三组网格群", Kind: bot.Group, Text: "已登记 #R7"},
		{To: "王奶奶", Kind: bot.Private, Text: "您反映的事已办结。"},
	}}
	res, err := g.Commit(context.Background(), next, in)
	if res.Ref != "R7" || err != storage.ErrConflict {
		t.Errorf("Commit = %+v, %v; want the store's R7 and its error", res, err)
	}
	if next.got.Scope != in.Scope || next.got.MsgID != "m1" {
		t.Errorf("change committed in %q as %q, want %q as m1", next.got.Scope, next.got.MsgID, in.Scope)
	}
	want := []bot.Outbound{
		{To: "青山村三组网格群", Kind: bot.Group, Text: "已登记 #R7"},
		{To: "王五", Kind: bot.Private, Text: "【请转告】王奶奶不用微信，请打电话（139）或上门告诉王奶奶：\n您反映的事已办结。"},
	}
	if diff := cmp.Diff(want, next.got.Out); diff != "" {
		t.Errorf("messages committed (-want +got):\n%s", diff)
	}
}

// TestOutNotAFriend: a private message to a villager on WeChat whom the bot
// cannot write to (no friend of its account) goes to his grid worker while
// the transport can tell; to a friend, to a role holder (whose fix is the
// operator's), while it cannot tell, or with no worker to pass it on, it is
// left as it is.
func TestOutNotAFriend(t *testing.T) {
	dir := roster.NewDirectory([]village.Person{
		person("王五", "三组", true, "", village.RoleWorker),
		person("李四", "三组", true, "", village.RoleLeader),
		person("张三", "三组", true, ""),
		person("陈二", "三组", true, ""),
		person("孤老人", "四组", true, ""), // no worker in his grid
	})
	friends := map[string]bool{"陈二": true}
	known := true
	g := reach.New(dir, tmpl.Must(none, time.UTC, nil), slog.New(slog.NewTextHandler(io.Discard, nil))).
		WithFriends(func(villageName, address string) (bool, bool) {
			if villageName != "青山村" {
				t.Errorf("asked about %s of %s", address, villageName)
			}
			return friends[address], known
		})
	in := []bot.Outbound{
		{To: "张三", Kind: bot.Private, Text: "您的积分：12 分。"},
		{To: "陈二", Kind: bot.Private, Text: "b"},
		{To: "李四", Kind: bot.Private, Text: "c"},
		{To: "孤老人", Kind: bot.Private, Text: "d"},
		{To: "青山村三组网格群", Kind: bot.Group, Text: "e"},
	}
	want := append([]bot.Outbound{{To: "王五", Kind: bot.Private,
		Text: "【请转告】机器人还不是张三的微信好友，私信发不到，请打电话（139）或上门告诉张三：\n您的积分：12 分。"}}, in[1:]...)
	if diff := cmp.Diff(want, g.Out(context.Background(), in)); diff != "" {
		t.Errorf("Out (-want +got):\n%s", diff)
	}
	known = false
	if diff := cmp.Diff(in, g.Out(context.Background(), in)); diff != "" {
		t.Errorf("Out while the transport cannot tell (-want +got):\n%s", diff)
	}
}

// TestPassesOnLogsNothing: asking whom a message would go to routes no
// message, and logs none (it logged "goes to his grid worker" for every
// question); Out logs the routing.
func TestPassesOnLogsNothing(t *testing.T) {
	dir := roster.NewDirectory([]village.Person{
		person("王五", "三组", true, "", village.RoleWorker),
		person("王奶奶", "三组", false, "王五"),
		person("孤老人", "四组", false, ""),
	})
	var buf bytes.Buffer
	g := reach.New(dir, tmpl.Must(none, time.UTC, nil), slog.New(slog.NewTextHandler(&buf, nil)))
	if w, ok := g.PassesOn("王奶奶"); !ok || w.Name != "王五" {
		t.Errorf("PassesOn(王奶奶) = %q, %v; want 王五, true", w.Name, ok)
	}
	if w, ok := g.PassesOn("孤老人"); ok {
		t.Errorf("PassesOn(孤老人) = %q, true; want false", w.Name)
	}
	if buf.Len() > 0 {
		t.Errorf("PassesOn logged:\n%s", buf.String())
	}
	g.Out(t.Context(), []bot.Outbound{{To: "王奶奶", Kind: bot.Private, Text: "a"}, {To: "孤老人", Kind: bot.Private, Text: "b"}})
	if got := buf.String(); !strings.Contains(got, "level=INFO msg=\"private message to a person who uses no WeChat goes to his grid worker\" to=王奶奶 worker=王五") ||
		!strings.Contains(got, "level=WARN msg=\"private message to a person who uses no WeChat, and no grid worker on WeChat to pass it on: not sent\" to=孤老人") {
		t.Errorf("Out logged:\n%s", got)
	}
}
