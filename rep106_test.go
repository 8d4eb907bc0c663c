package main

import (
	"strings"
	"testing"
)

// TestReplayLeaderLeavePrivately: 李四, 三组's only leader, says privately
// 「我家里有事 请假三天 12号回来」; it was offered as a report to register
// (callAway heard privately only who phones elders), so a private
// quarrel the next day went to him alone. Now he is away: 王五 hears he
// covers, the private report goes to 王五 and says why, and 王五's
// 「确认」 takes it on (rep106).
func TestReplayLeaderLeavePrivately(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:30:00+08:00","kind":"private","from":"李四","text":"我家里有事 请假三天 12号回来"}`,
			`{"at":"2026-12-09T09:00:00+08:00","kind":"private","from":"张三","text":"陈二家盖猪圈占了我家的地 跟他说了不听 想请村里调解一下 别在群里说"}`,
			`{"at":"2026-12-09T09:10:00+08:00","kind":"private","from":"王五","text":"确认 #R1"}`,
			`{"at":"2026-12-11T09:00:00+08:00","kind":"private","from":"李四","text":"我回来了"}`,
		},
		want: []string{
			"12-08T09:30 王五 | 【代管事项】李四到12月11日不在",
			"12-08T09:30 李四 | 李四，您先忙。",
			"已私下转给王五和调解员郑十",
			"12-09T09:00 王五 | 【私信反映】张三 反映 #R1",
			"李四到12月11日不在，李四的事项由王五代管。",
			"12-09T09:10 王五 | #R1 已受理",
			"12-11T09:00 李四 | ",
		},
		never: []string{"我理解为", "12-09T09:00 李四 | 【私信反映】", "已私下转给网格长王五", "家里有事"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
	for _, l := range got {
		if strings.HasPrefix(l, "12-11T09:00 李四 | ") && !strings.Contains(l, "回来") {
			t.Errorf("「我回来了」 not read as back: %q", l)
		}
	}
}

// TestReplayLeaderAwayMediationApproval: with 李四 away (「有事找王五」),
// a quarrel and a procedure question in the group @'d him: now 王五 is
// asked, with why, and 王五's 「确认」 takes each on (rep106).
func TestReplayLeaderAwayMediationApproval(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-08T09:30:00+08:00","chat":"青山村三组网格群","from":"李四","text":"明天起我去县里培训一周 这事我办不了 有事找王五"}`,
			`{"at":"2026-12-09T09:20:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"我家和张三家中间那条水沟冻住了 化雪的水都流到我家院子里了 跟他说了他不管 请网格长来评评理"}`,
			`{"at":"2026-12-09T09:25:00+08:00","chat":"青山村三组网格群","from":"王五","text":"确认 #R1"}`,
			`{"at":"2026-12-09T09:40:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"我家想申请低保 老伴今年住院花了好多钱 低保一个月能领多少"}`,
			`{"at":"2026-12-09T09:45:00+08:00","chat":"青山村三组网格群","from":"王五","text":"确认 #R2"}`,
			`{"at":"2026-12-10T09:02:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"张三家的鸡天天跑我家菜地里刨 说了几次不听 麻烦给调解一下"}`,
		},
		want: []string{
			"请回复「确认 #R1」受理。李四到12月15日不在，李四的事项由王五代管。",
			"12-09T09:25 青山村三组网格群 | #R1 已受理",
			"在群里答复您。李四到12月15日不在",
			"12-09T09:45 青山村三组网格群 | #R2 已受理",
			"12-10T09:02 王五 | 【同两家又起纠纷】",
		},
		never: []string{"@李四", "12-10T09:02 李四 | 【同两家又起纠纷】", "请李四发「指派"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayEmergencyKeptSecret: 张三 tells privately that 陈二's wall is
// about to fall 「别说是我说的」; the group's alarm said 「张三报告：… 别说
// 是我说的」. Now the group hears the danger from 「有村民」, and he hears
// he was not named; the duty chat keeps his name and number (rep106).
func TestReplayEmergencyKeptSecret(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-10T09:02:00+08:00","kind":"private","from":"张三","text":"陈二家院墙快被雪压塌了 朝着路那边歪 我怕砸着人 别说是我说的"}`,
		},
		want: []string{
			"有村民报告：陈二家院墙快被雪压塌了 朝着路那边歪 我怕砸着人",
			"群里没有提您的名字",
			"报告人：张三（13900000003）",
		},
		never: []string{"张三报告"},
	}
	got, _ := rc.check(t)
	for _, l := range got {
		if strings.Contains(l, "青山村三组网格群 |") && (strings.Contains(l, "张三") || strings.Contains(l, "别说是我")) {
			t.Errorf("the group hears who told it: %q", l)
		}
	}
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}

// TestReplayEmergencyPressed: 陈二's alarm of a line down under snow,
// taken on; three hours later his 「电线那个咋还没人来 都半天了」 was
// offered as a new item to register. Now it is his alarm pressed: he
// hears how it stands and its handler his words (rep106).
func TestReplayEmergencyPressed(t *testing.T) {
	rc := replayCase{
		lines: []string{
			`{"at":"2026-12-15T09:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"我家屋后那根电线被雪压得快垂到地上了 娃娃放学要从那过"}`,
			`{"at":"2026-12-15T09:01:00+08:00","chat":"青山村三组网格群","from":"李四","text":"收到 我马上给供电所打电话"}`,
			`{"at":"2026-12-15T12:00:00+08:00","chat":"青山村三组网格群","from":"陈二","text":"电线那个咋还没人来 都半天了"}`,
		},
		want:  []string{"12-15T12:00 青山村三组网格群 | ", "#R1", "12-15T12:00 李四 | "},
		never: []string{"我理解为"},
	}
	got, _ := rc.check(t)
	if testing.Verbose() {
		t.Log(strings.Join(got, "\n"))
	}
}
