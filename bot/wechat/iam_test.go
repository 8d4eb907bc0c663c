package wechat_test

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/bot/wechat"
	"gridbot/bot/wechat/wechattest"
	"gridbot/storage"
	"gridbot/storage/storagetest"
)

// TestIAmConfirmedByLeader: a member whose group name the roster does not
// know says 我是 陈二; only the grid leader (by remark name) can confirm it;
// from then on the member speaks as 陈二 (the binding is kept in Redis and
// loaded at every login). A role
// holder's name cannot be claimed this way.
func TestIAmConfirmedByLeader(t *testing.T) {
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	f.AddPerson(wechattest.Person{Key: "xz", Nick: "小张"})
	f.AddPerson(wechattest.Person{Key: "zhangsan", Nick: "三哥"})
	f.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true})
	members := []wechattest.Member{{Key: "xz", Display: "小张"}, {Key: "zhangsan", Display: "张三"}, {Key: "lisi", Display: "李四"}}
	addSavedGroups(f, members)
	r := start(t, f, "")
	r.online()

	steps := []struct {
		from, text, want string
	}{
		{"xz", "我是 李四", "干部的身份只认机器人微信里的备注名"},
		// one character off a name of the grid: a typo (a name nobody
		// has is a newcomer, welcomed and his leader told: handlers)
		{"xz", "我是 石德桂", "名单里没有「石德桂」"},
		{"xz", "我是 陈二 QS-999", "名单里的「陈二」户号不是「QS-999」"},
		{"xz", "我是 陈二 QS-302", "@李四\u2005群里「小张」说自己是陈二（QS-302户）"},
		{"zhangsan", "确认身份 小张", "只有本网格的网格长能确认身份"},
		{"lisi", "确认身份 小张", "已确认：「小张」就是陈二"},
		{"xz", "上报 我家门口的水沟堵了", "已登记 #R1"},
	}
	defer func() {
		// Someone new joins: welcomed, and asked who they are when the
		// roster does not know the name.
		f.Join("g3", "zhangsan", "小王", "陈二")
		got := r.sent(len(steps) + 1)[len(steps)]
		contains(t, got, group3, "欢迎小王、陈二")
		contains(t, got, group3, "小王：群昵称和花名册对不上，请发「我是 姓名」")
		if strings.Contains(got.Text, "陈二：") {
			t.Errorf("陈二 is in the roster but was asked who he is: %q", got.Text)
		}
	}()
	for i, s := range steps {
		f.GroupText("g3", s.from, s.text)
		contains(t, r.sent(i + 1)[i], group3, s.want)
	}
	rep, err := r.app.Store.Report(context.Background(), storage.VillageScope("青山村"), "R1")
	if err != nil {
		t.Fatal(err)
	}
	if rep.Reporter != "陈二" {
		t.Errorf("R1 reporter = %q, want 陈二 (declared and confirmed)", rep.Reporter)
	}
	ids, err := r.app.Store.Asked(context.Background(), storage.VillageScope("青山村"), "ids")
	if err != nil || string(ids) != "小张\t陈二\t三组\t@self1/@xz_1\t小张" {
		t.Errorf("kept identities = %q (%v), want only 小张 → 陈二, in 三组, for his account (nickname 小张)", ids, err)
	}
	if strings.Contains(f.Sent()[0].Text, "已确认") {
		t.Error("a role holder's name was confirmed")
	}
	// 小张 is removed from the group: the binding goes, so that someone
	// new showing the name 小张 is not taken for 陈二.
	f.Remove("g3", "小张")
	forgotten := func() bool {
		_, err := r.app.Store.Asked(context.Background(), storage.VillageScope("青山村"), "ids")
		return errors.Is(err, storage.ErrNotFound)
	}
	if !f.Wait(forgotten, 5*time.Second) {
		t.Error("the identity of a member removed from the group is still kept")
	}
}

// TestIAmForOneKnownByRemark: someone who is not 张三 types 我是 张三 while
// 张三 himself is the bot's friend under the remark name 张三. The leader
// is warned that this may be someone else and asked to phone first; the
// claimant, like anyone who says who he is, is told he waits for the
// leader and what works meanwhile.
func TestIAmForOneKnownByRemark(t *testing.T) {
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	f.AddPerson(wechattest.Person{Key: "xz", Nick: "快乐每一天"})
	f.AddPerson(wechattest.Person{Key: "zhangsan", Nick: "三哥", Remark: "张三", Friend: true})
	f.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true})
	addSavedGroups(f, []wechattest.Member{{Key: "xz", Display: "快乐每一天"}, {Key: "zhangsan", Display: "三哥"}, {Key: "lisi", Display: "李四"}})
	r := start(t, f, "")
	r.online()

	f.GroupText("g3", "xz", "我是 张三")
	got := r.sent(1)[0]
	contains(t, got, group3, "@李四\u2005群里「快乐每一天」说自己是张三（QS-301户）。注意：张三本人的微信已经是机器人的好友（按备注名认得），「快乐每一天」可能是别人，请先打电话核实。")
	contains(t, got, group3, "「快乐每一天」请等网格长确认：确认前您反映的事照样登记，确认后都记到张三名下；积分等确认后再申请或查询。")
	f.GroupText("g3", "xz", "我是 陈二")
	got = r.sent(2)[1]
	contains(t, got, group3, "群里「快乐每一天」说自己是陈二（QS-302户）。网格长请回复「确认身份 快乐每一天」")
	if strings.Contains(got.Text, "注意") {
		t.Errorf("陈二 is no friend of the bot, yet the leader was warned: %q", got.Text)
	}
}

// TestIAmWrittenTogether: villagers type 我是 and the name without the
// space the welcome shows ("我是陈二。"); that is a 我是 too when the name is
// on the roster, while "我是新来的" is no name (no "名单里没有「新来的」"):
// the newcomer is welcomed and asked his name (kind64).
func TestIAmWrittenTogether(t *testing.T) {
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	f.AddPerson(wechattest.Person{Key: "xz", Nick: "小张"})
	f.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true})
	addSavedGroups(f, []wechattest.Member{{Key: "xz", Display: "小张"}, {Key: "lisi", Display: "李四"}})
	r := start(t, f, "")
	r.online()

	f.GroupText("g3", "xz", "我是新来的")
	contains(t, r.sent(1)[0], group3, "欢迎「小张」！请发「我是 您的名字」")
	f.GroupText("g3", "xz", "我是陈二。")
	contains(t, r.sent(2)[1], group3, "@李四\u2005群里「小张」说自己是陈二（QS-302户）")
	f.GroupText("g3", "xz", "我是李四")
	contains(t, r.sent(3)[2], group3, "干部的身份只认机器人微信里的备注名")
}

func TestLeftNames(t *testing.T) {
	for _, tt := range []struct {
		content string
		want    []string
	}{
		{`你将"李四"、"王五"移出了群聊`, []string{"李四", "王五"}},
		{`"张三"退出了群聊`, []string{"张三"}},
		{`你将“小 王”移出了群聊`, []string{"小 王"}},
		{`"张三"邀请"李四"加入了群聊`, nil},
		{`移出了群聊`, nil},
	} {
		if got := wechat.LeftNames(tt.content); !slices.Equal(got, tt.want) {
			t.Errorf("LeftNames(%q) = %q, want %q", tt.content, got, tt.want)
		}
	}
}

func TestJoinedNames(t *testing.T) {
	tests := []struct {
		name, content string
		want          []string
	}{
		{"invited one", `"张三"邀请"李四"加入了群聊`, []string{"李四"}},
		{"invited several", `"张三"邀请"李四"、"王五"加入了群聊`, []string{"李四", "王五"}},
		{"curly quotes", `“张三”邀请“小张”加入了群聊`, []string{"小张"}},
		{"by QR code", `"小张"通过扫描"张三"分享的二维码加入群聊`, []string{"小张"}},
		{"not a join", `"张三"修改群名为"新群"`, nil},
		{"unterminated", `"张三"邀请"李四加入了群聊`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wechat.JoinedNames(tt.content)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("joinedNames(%q) = %q, want %q", tt.content, got, tt.want)
			}
		})
	}
}

// FuzzMemberNames: the join and leave parsers only return non-empty names
// found in the text, whatever WeChat sends.
func FuzzMemberNames(f *testing.F) {
	f.Add(`"张三"邀请"李四"、"王五"加入了群聊`)
	f.Add(`“小张”通过扫描“张三”分享的二维码加入群聊`)
	f.Add(`你将"李四"、"王五"移出了群聊`)
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range append(wechat.JoinedNames(s), wechat.LeftNames(s)...) {
			if n == "" || !strings.Contains(s, n) {
				t.Fatalf("name %q not taken from %q", n, s)
			}
		}
	})
}

// TestNamesakeIsAskedWhoTheyAre: a member whose group name fits two
// villagers is asked, once, which household they are; after 我是 with the
// household and the leader's confirmation, they speak as that person.
func TestNamesakeIsAskedWhoTheyAre(t *testing.T) {
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	f.AddPerson(wechattest.Person{Key: "chen", Nick: "老陈"})
	f.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true})
	members := []wechattest.Member{{Key: "chen", Display: "陈二"}, {Key: "lisi", Display: "李四"}}
	addSavedGroups(f, members)
	r := startWith(t, f, "", "bot/wechat/testdata/roster_namesakes.csv")
	r.online()

	f.GroupText("g3", "chen", "上报 水渠堵了")
	got := r.sent(2)
	contains(t, got[0], group3, "「陈二」，花名册上有几位同名的，您是哪一户的？")
	contains(t, got[1], group3, "已登记 #R1")
	f.GroupText("g3", "chen", "上报 路灯坏了") // asked once, not at every message
	contains(t, r.sent(3)[2], group3, "已登记 #R2")

	f.GroupText("g3", "chen", "我是 陈二 QS-302")
	contains(t, r.sent(4)[3], group3, "说自己是陈二（QS-302户）")
	f.GroupText("g3", "lisi", "确认身份 陈二")
	contains(t, r.sent(5)[4], group3, "已确认")
	f.GroupText("g3", "chen", "上报 桥栏杆断了")
	contains(t, r.sent(6)[5], group3, "已登记 #R3")

	ctx := context.Background()
	// The confirmed namesake is shown with his household, on what he
	// filed before the confirmation too.
	for ref, want := range map[string]string{"R1": "陈二·QS-302", "R2": "陈二·QS-302", "R3": "陈二·QS-302"} {
		rep, err := r.app.Store.Report(ctx, storage.VillageScope("青山村"), ref)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Reporter != want {
			t.Errorf("%s reporter = %q, want %q", ref, rep.Reporter, want)
		}
	}
}

// TestPrivateToANamesake: the handlers write to one of two 陈二 as
// "陈二·QS-399"; once he has written to the bot, that name reaches him,
// and the bare name — which could mean the other 陈二 — does not.
func TestPrivateToANamesake(t *testing.T) {
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	f.AddPerson(wechattest.Person{Key: "chen399", Nick: "老陈", Remark: "陈二·QS-399", Friend: true})
	f.AddPerson(wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四·QS-303", Friend: true}) // a remark may carry the household
	addSavedGroups(f, nil)
	r := startWith(t, f, "", "bot/wechat/testdata/roster_namesakes.csv")
	r.online()
	f.PrivateText("chen399", "帮助")
	if got := r.sent(1)[0]; got.To != "chen399" {
		t.Fatalf("answer to 陈二·QS-399 went to %s", got.To)
	}
	if missing := r.term.String(); strings.Contains(missing, "李四") || !strings.Contains(missing, "王五") {
		t.Errorf("role holders listed without a remark name:\n%s\nwant 王五 listed, not 李四 (remark 李四·QS-303)", missing)
	}
	ctx := context.Background()
	for i, to := range []string{"陈二", "陈二·QS-399"} {
		o := bot.Outbound{To: to, Kind: bot.Private, Priority: bot.Normal, Text: "回访提醒 " + to}
		if _, err := r.app.Store.Commit(ctx, storage.Change{Scope: storage.VillageScope("青山村"), MsgID: "t" + strconv.Itoa(i), Out: []bot.Outbound{o}}); err != nil {
			t.Fatal(err)
		}
	}
	// Messages leave in order: when the second has gone, the first was dealt with.
	got := r.sent(2)
	contains(t, got[1], "chen399", "回访提醒 陈二·QS-399")
	if n := len(f.Sent()); n != 2 {
		t.Errorf("sent %q; the bare name 陈二 must not reach 陈二·QS-399", f.Sent())
	}
}

// addSavedGroups adds the example township's five groups, all saved to
// contacts, with members.
func addSavedGroups(f *wechattest.Server, members []wechattest.Member) {
	for _, g := range []wechattest.Group{
		{Key: "g3", Name: group3}, {Key: "g1", Name: group1}, {Key: "g2", Name: "青山村二组网格群"},
		{Key: "office", Name: office}, {Key: "duty", Name: duty},
	} {
		g.Saved, g.Members = true, members
		f.AddGroup(g)
	}
}

// TestConfirmedNameIsNotTheCopys: 小张 is confirmed as 陈二; another
// member who shows the same name 小张 (he renamed himself to it) is not
// 陈二: his 我的积分 is answered as a stranger's, politely, and his own
// 我是 warns the leader that another account now shows the name.
func TestConfirmedNameIsNotTheCopys(t *testing.T) {
	f, r := groupRig(t, []wechattest.Person{{Key: "xz", Nick: "小张"}, {Key: "copy", Nick: "路人甲"}, leaderLisi},
		[]wechattest.Member{{Key: "xz", Display: "小张"}, {Key: "lisi", Display: "李四"}})

	steps := []struct {
		from, text, want string
	}{
		{"xz", "我是 陈二", "群里「小张」说自己是陈二"},
		{"lisi", "确认身份 小张", "已确认：「小张」就是陈二"},
		{"xz", "我的积分", "陈二户"},
		{"copy", "我的积分", "我还认不出您是花名册上的哪一位"},
		{"copy", "我是 陈二", "注意：群昵称「小张」已经确认过是陈二，这次说话的却是另一个微信号"},
	}
	for i, s := range steps {
		if s.from == "copy" && i == 3 {
			f.AddMember("g3", wechattest.Member{Key: "copy", Display: "小张"})
		}
		f.GroupText("g3", s.from, s.text)
		got := r.sent(i + 1)[i]
		contains(t, got, group3, s.want)
		if s.from == "copy" && strings.Contains(got.Text, "陈二户") {
			t.Errorf("the copy of 小张 was shown 陈二's points: %q", got.Text)
		}
	}
}

// TestMentionsShowGroupNames: the handlers @ people by their roster names
// (李四, 张三, 陈二); WeChat notifies a member only when the @ shows his name
// in the group. Once a member has spoken, his @s show it: the leader by
// remark name shown as 四哥, 张三 known by his nickname 三哥, the 小张 a
// leader confirmed as 陈二. Someone not heard yet keeps his roster name.
func TestMentionsShowGroupNames(t *testing.T) {
	f, r := groupRig(t, []wechattest.Person{{Key: "zhangsan", Nick: "三哥"}, {Key: "xz", Nick: "小张"}, leaderLisi},
		[]wechattest.Member{{Key: "zhangsan", Display: ""}, {Key: "xz", Display: "小张"}, {Key: "lisi", Display: "四哥"}})

	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	got := r.sent(1)[0]
	contains(t, got, group3, "@李四\u2005请网格长受理") // 李四 has not spoken yet
	f.GroupText("g3", "lisi", "办结 #R1 换了灯泡")
	contains(t, r.sent(2)[1], group3, "@三哥\u2005请确认")
	f.GroupText("g3", "xz", "我是 陈二")
	contains(t, r.sent(3)[2], group3, "@四哥\u2005群里「小张」说自己是陈二")
	f.GroupText("g3", "lisi", "确认身份 小张")
	r.sent(4)
	f.GroupText("g3", "xz", "上报 水渠堵了")
	f.GroupText("g3", "lisi", "办结 #R2 已疏通")
	contains(t, r.sent(6)[5], group3, "@小张\u2005请确认")
	for _, s := range f.Sent() {
		if strings.Contains(s.Text, "@张三\u2005") || strings.Contains(s.Text, "@陈二\u2005") {
			t.Errorf("@ by roster name of a member who showed another: %q", s.Text)
		}
	}
}

// leaderLisi is 李四, the grid's leader, the bot's friend by remark name.
var leaderLisi = wechattest.Person{Key: "lisi", Nick: "青山李四", Remark: "李四", Friend: true}

// groupRig is a rig online with people, and members in the saved groups.
func groupRig(t *testing.T, people []wechattest.Person, members []wechattest.Member) (*wechattest.Server, *rig) {
	t.Helper()
	f, _, r := redisGroupRig(t, people, members)
	return f, r
}

// redisGroupRig is groupRig, and the URL of its Redis, which outlives the
// rig (relogin).
func redisGroupRig(t *testing.T, people []wechattest.Person, members []wechattest.Member) (*wechattest.Server, string, *rig) {
	t.Helper()
	f := wechattest.New(1234567, botNick)
	t.Cleanup(f.Close)
	for _, p := range people {
		f.AddPerson(p)
	}
	addSavedGroups(f, members)
	url := storagetest.NeedServer(t).URL
	r := start(t, f, url)
	r.online()
	return f, url, r
}

// relogin stops r and starts a new process on the Redis at url, logged in
// by a new scan: WeChat gives every member a new UserName.
func (r *rig) relogin(url string) *rig {
	r.t.Helper()
	r.stop()
	r.fake.ForceLogout()
	again := start(r.t, r.fake, url)
	again.online()
	return again
}

// TestConfirmedNameFoundAgainAfterNewLogin: WeChat gives every member a
// new UserName at each scan login. 张家小子 (nickname 小张) was confirmed
// as 陈二; after a restart and a new scan, someone else who took on the
// group name 张家小子 is still a stranger (his nickname is not 小张), and
// 陈二's own first message re-attaches the binding to his new account,
// without a new 我是: the copy stays a stranger after it too.
func TestConfirmedNameFoundAgainAfterNewLogin(t *testing.T) {
	f, url, r := redisGroupRig(t, []wechattest.Person{{Key: "xz", Nick: "小张"}, {Key: "copy", Nick: "路人甲"}, leaderLisi},
		[]wechattest.Member{{Key: "xz", Display: "张家小子"}, {Key: "lisi", Display: "李四"}})
	f.GroupText("g3", "xz", "我是 陈二")
	contains(t, r.sent(1)[0], group3, "群里「张家小子」说自己是陈二")
	f.GroupText("g3", "lisi", "确认身份 张家小子")
	contains(t, r.sent(2)[1], group3, "已确认：「张家小子」就是陈二")

	r = r.relogin(url)
	f.AddMember("g3", wechattest.Member{Key: "copy", Display: "张家小子"})
	steps := []struct{ from, want, not string }{
		{"copy", "我还认不出您是花名册上的哪一位", "陈二户"},
		{"xz", "陈二户", ""},
		{"copy", "我还认不出您是花名册上的哪一位", "陈二户"},
	}
	for i, s := range steps {
		f.GroupText("g3", s.from, "我的积分")
		got := r.sent(3 + i)[2+i]
		contains(t, got, group3, s.want)
		if s.not != "" && strings.Contains(got.Text, s.not) {
			t.Errorf("%s was answered %q", s.from, got.Text)
		}
	}
	ids, err := r.app.Store.Asked(context.Background(), storage.VillageScope("青山村"), "ids")
	if err != nil || string(ids) != "张家小子\t陈二\t三组\t@self2/@xz_2\t小张" {
		t.Errorf("kept identities = %q (%v), want 张家小子 → 陈二 re-attached to his new account", ids, err)
	}
}

// TestShownNamesKeptAcrossRestart: the leader 李四 shows 四哥 in the
// group; after a restart (and a new scan) the bot still @s him as 四哥
// before he speaks again (WeChat notifies him only so).
func TestShownNamesKeptAcrossRestart(t *testing.T) {
	f, url, r := redisGroupRig(t, []wechattest.Person{{Key: "zhangsan", Nick: "三哥"}, leaderLisi},
		[]wechattest.Member{{Key: "zhangsan", Display: "张三"}, {Key: "lisi", Display: "四哥"}})
	f.GroupText("g3", "lisi", "待办")
	r.sent(1)
	r = r.relogin(url)
	f.GroupText("g3", "zhangsan", "上报 村口路灯不亮了")
	contains(t, r.sent(2)[1], group3, "@四哥\u2005请网格长受理")
}
