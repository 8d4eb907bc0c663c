package handlers_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/handlers"
	"gridbot/roster"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// Two 张三 in grid 三组 of 青山村: the example village's (household QS-301)
// and a namesake in QS-399. WeChat hands them over as "张三·QS-301" and
// "张三·QS-399" once 我是 bound them; the plain name fits both.
var (
	zhangA = "张三" + roster.HouseholdSep + "QS-301"
	zhangB = "张三" + roster.HouseholdSep + "QS-399"
)

func namesakeChat(t *testing.T) *chat {
	t.Helper()
	return namesakeIn(t, "张三", "QS-399", "三组")
}

// namesakeIn is a chat in the example village with one more villager, on
// WeChat: name, the head of household of grid.
func namesakeIn(t *testing.T, name, household, grid string) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t, village.Person{Name: name, Village: "青山村", Household: household, Relation: "户主",
		Grid: grid, UsesWeChat: true, Roles: []village.Role{village.RoleVillager}})
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir,
		Reader: understand.Rules{}, Logger: slog.New(slog.DiscardHandler)})
	return &chat{t: t, r: r, st: st, now: at}
}

// TestNamesakeIsNotTheReporter: only the 张三 who reported may confirm or
// reopen; his namesake, and the plain name that fits both, are refused.
func TestNamesakeIsNotTheReporter(t *testing.T) {
	c := namesakeChat(t)
	expect(t, "report", c.say(zhangA, "上报 村口路灯不亮了"), "已登记 #R1")
	if r := c.reports()[0]; r.ReporterKey != "青山村/QS-301/张三" || r.Reporter != zhangA {
		t.Fatalf("reporter = %q (key %q), want %q (青山村/QS-301/张三)", r.Reporter, r.ReporterKey, zhangA)
	}
	expect(t, "resolve", c.say("李四", "办结 #R1 已换灯泡"), "#R1 已办结")
	refused := "需要报告人" + zhangA + "本人来操作。请联系李四。"
	for _, step := range []struct{ name, from, text, want string }{
		{"namesake confirms", zhangB, "满意 #R1", refused},
		{"namesake reopens", zhangB, "未解决 #R1 还是不亮", refused},
		{"the ambiguous name confirms", "张三", "满意 #R1", refused},
		{"the reporter reopens", zhangA, "未解决 #R1 还是不亮", "#R1 已重新打开"},
		{"resolved again", "李四", "办结 #R1 换了线路", "#R1 已办结"},
		{"namesake confirms again", zhangB, "满意 #R1", refused},
		{"the reporter confirms", zhangA, "满意 #R1", "#R1 已完结"},
	} {
		expect(t, step.name, c.say(step.from, step.text), step.want)
	}
	c.firstStatus(village.StatusClosed)
}

// TestPrivateReportRepliesToTheReporter: what is done on a private report
// reaches its reporter by the name that fits him alone.
func TestPrivateReportRepliesToTheReporter(t *testing.T) {
	c := namesakeChat(t)
	expect(t, "private report", c.private(zhangB, "上报 我家门口水管漏了"),
		zhangB+": ", "李四: 【私信反映】"+zhangB+" 反映 #R1") // the leader is told which 张三
	expect(t, "accepted privately", c.private("李四", "确认 #R1"), "李四: #R1 已受理", zhangB+": #R1 已受理")
	// to his namesake, a private report he did not make is none at all
	expect(t, "namesake may not confirm", c.private(zhangA, "满意 #R1"), zhangA+": 没有找到 #R1")
}

// TestNamesakeFollows: a namesake repeating a report becomes its follower,
// and each 张三 answers only his own question.
func TestNamesakeFollows(t *testing.T) {
	c := namesakeChat(t)
	expect(t, "first report", c.say(zhangA, "上报 村口路灯不亮了"), "已登记 #R1")
	expect(t, "namesake offered", c.say(zhangB, "上报 村口的路灯又坏了"), "已有人反映 #R1")
	expect(t, "reporter offered", c.say(zhangA, "上报 村口路灯还是不亮"), "您已经反映过 #R1")
	expect(t, "reporter answers his own question", c.say(zhangA, "是"), "就是张三反映的这件事")
	expect(t, "namesake answers his", c.say(zhangB, "是"), "张三反映的和 #R1 是同一件事，已合并")
	expect(t, "namesake again", c.say(zhangB, "上报 村口路灯坏了"), "您已经反映过 #R1")
	expect(t, "now already his", c.say(zhangB, "是"), "就是张三反映的这件事")
	reps := c.reports()
	if len(reps) != 1 {
		t.Fatalf("%d reports, want 1", len(reps))
	}
	type follow struct{ Names, Keys []string }
	got := follow{reps[0].Followers, reps[0].FollowerKeys}
	want := follow{[]string{zhangB}, []string{"青山村/QS-399/张三"}}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("R1 followers (-got +want):\n%s", diff)
	}
}

// TestNamesakeToldOfADeduction: a deduction is told privately to the
// household it hits, by the name that reaches that 张三 alone.
func TestNamesakeToldOfADeduction(t *testing.T) {
	c := namesakeChat(t)
	got := c.say("赵六", "扣分 "+zhangB+" 乱扔垃圾 3 路口")
	var told []string
	for _, line := range got {
		if to, text, _ := strings.Cut(line, ": "); strings.Contains(text, "【积分通知】") {
			told = append(told, to)
		}
	}
	if diff := cmp.Diff(told, []string{zhangB}); diff != "" {
		t.Errorf("told privately (-got +want):\n%s\nreplies: %q", diff, got)
	}
}

// TestNamesakeIsNotTheHandler: a report assigned to one 张三 may be
// progressed by him, not by his namesake; the handler is kept by key (the
// grid leader stays one).
func TestNamesakeIsNotTheHandler(t *testing.T) {
	c := namesakeChat(t)
	expect(t, "report", c.say("王五", "上报 三组水渠堵了"), "已登记 #R1")
	expect(t, "assign", c.say("李四", "指派 #R1 "+zhangB), "#R1 已指派给"+zhangB)
	type handlers struct{ Names, Keys []string }
	got := handlers{c.reports()[0].Handlers, c.reports()[0].HandlerKeys}
	if diff := cmp.Diff(got, handlers{[]string{"李四", zhangB}, []string{"青山村/QS-303/李四", "青山村/QS-399/张三"}}); diff != "" {
		t.Errorf("R1 handlers (-got +want):\n%s", diff)
	}
	expect(t, "namesake progresses", c.say(zhangA, "进展 #R1 我去看了"), "需要网格长、网格员或负责人")
	expect(t, "handler progresses", c.say(zhangB, "进展 #R1 已经在清了"), "#R1 进展")
}

// TestLeaderNamesakeToldPrivately: a grid leader with a namesake in his
// village is told privately by the name that fits him alone, as everyone
// else is: of a private report, and of an elder to visit.
func TestLeaderNamesakeToldPrivately(t *testing.T) {
	c := namesakeIn(t, "李四", "QS-398", "一组")
	leader := "李四" + roster.HouseholdSep + "QS-303"
	expect(t, "private report", c.private("张三", "上报 我家门口水管漏了"), "张三: ", leader+": 【私信反映】张三 反映 #R1")
	expect(t, "first missed call", c.private("王五", "回访 王奶奶 没人接"), "已记录：王奶奶 未接通（第 1 次）")
	c.now = c.now.Add(24 * time.Hour) // a miss is per day
	expect(t, "second missed call", c.private("王五", "回访 王奶奶 关机"), "已记录：王奶奶 未接通（第 2 次）", leader+": 【请上门看看】王奶奶")
}

// TestWorkerNamesake: a villager who shares the grid worker 王五's name is
// not 王奶奶's 责任网格员: he may not log her calls, and is not offered her.
func TestWorkerNamesake(t *testing.T) {
	c := namesakeIn(t, "王五", "QS-398", "一组")
	namesake, worker := "王五"+roster.HouseholdSep+"QS-398", "王五"+roster.HouseholdSep+"QS-304"
	expect(t, "the namesake logs a call", c.private(namesake, "回访 王奶奶 已通 身体挺好"), "王奶奶是三组的，由"+worker+"负责打电话，这次通话没有记录")
	expect(t, "the worker logs it", c.private(worker, "回访 王奶奶 已通 身体挺好"), "已记录")
}

// TestNoticeSenderKept: a notice keeps who sent it, namesake or not, for
// the follow-up to tell him privately.
func TestNoticeSenderKept(t *testing.T) {
	c := namesakeIn(t, "李四", "QS-398", "一组")
	expect(t, "notice", c.say("李四·QS-303", "通知 明天上午停水"), "【通知】", "【通知】", "【通知】", "通知 #N1 已发到 3 个群")
	ns, err := c.st.Notices(context.Background(), storage.TownshipScope("青山镇"), storage.NoticesAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(ns) != 1 || ns[0].ByKey != "青山村/QS-303/李四" {
		t.Errorf("notices = %+v, want one sent by 青山村/QS-303/李四", ns)
	}
}

// TestElderNamesake: an elder's namesake elsewhere in the village (on
// WeChat, in another grid) does not keep her worker from logging her call
// by her name alone.
func TestElderNamesake(t *testing.T) {
	c := namesakeIn(t, "王奶奶", "QS-198", "一组")
	expect(t, "by her name", c.private("王五", "回访 王奶奶 已通 身体挺好"), "王五: 已记录：王奶奶 已通")
	calls, err := c.st.Calls(context.Background(), village3, storage.CallsAll)
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != 1 || calls[0].PersonKey != "青山村/QS-305/王奶奶" {
		t.Errorf("calls = %+v, want one to 青山村/QS-305/王奶奶", calls)
	}
}

// elderChat is a chat in the example village with more people.
func elderChat(t *testing.T, more ...village.Person) *chat {
	t.Helper()
	cfg, dir := exampleVillage(t, more...)
	st := storagetest.New(t)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir,
		Reader: understand.Rules{}, Logger: slog.New(slog.DiscardHandler)})
	return &chat{t: t, r: r, st: st, now: at}
}

// TestTwoEldersOfOneName: a name that fits two elders a worker phones
// (two 王奶奶 in his grid, or one whose nickname it is) is not "名单里没有":
// he is asked which, each told apart by her phone's last digits, and shown
// how to write her; written so, the call is logged to her.
func TestTwoEldersOfOneName(t *testing.T) {
	elder := func(name, nick, household, phone string) village.Person {
		return village.Person{Name: name, Nickname: nick, Village: "青山村", Household: household, Relation: "户主",
			Grid: "三组", Phone: phone, Care: village.CareHigh, Caretaker: "王五", Roles: []village.Role{village.RoleVillager}}
	}
	for _, tt := range []struct {
		name  string
		more  village.Person
		which []string
		write string
		key   string
	}{
		{"namesake", elder("王奶奶", "", "QS-398", "13900000098"),
			[]string{"王奶奶·QS-305（电话尾号 0001）", "王奶奶·QS-398（电话尾号 0098）"}, "回访 王奶奶·QS-398 已通", "青山村/QS-398/王奶奶"},
		{"nickname", elder("刘桂兰", "王奶奶", "QS-399", "13900000099"),
			[]string{"王奶奶·QS-305（电话尾号 0001）", "刘桂兰（电话尾号 0099）"}, "回访 刘桂兰 已通", "青山村/QS-399/刘桂兰"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := elderChat(t, tt.more)
			want := "王五: 「王奶奶」您负责打电话的有 2 位，这条还没有记。请写明是哪一位：\n" + strings.Join(tt.which, "\n") +
				"\n例如：回访 王奶奶·QS-305 已通 身体挺好。"
			expect(t, "ask which", c.private("王五", "回访 王奶奶 已通 身体挺好"), want)
			expect(t, "without 回访", c.private("王五", "王奶奶 已通 身体挺好"), "「王奶奶」您负责打电话的有 2 位")
			if calls, err := c.st.Calls(context.Background(), village3, storage.CallsAll); err != nil || len(calls) != 0 {
				t.Fatalf("calls = %+v, %v; want none yet", calls, err)
			}
			expect(t, "written apart", c.private("王五", tt.write+" 身体挺好"), "王五: 已记录：")
			calls, err := c.st.Calls(context.Background(), village3, storage.CallsAll)
			if err != nil {
				t.Fatal(err)
			}
			if len(calls) != 1 || calls[0].PersonKey != tt.key {
				t.Errorf("calls = %+v, want one to %s", calls, tt.key)
			}
		})
	}
}
