package wechat_test

import (
	"context"
	"strings"
	"testing"

	"gridbot/bot/wechat/wechattest"
	"gridbot/storage"
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
	for _, g := range []wechattest.Group{
		{Key: "g3", Name: group3, Saved: true, Members: members},
		{Key: "g1", Name: group1, Saved: true, Members: members},
		{Key: "g2", Name: "青山村二组网格群", Saved: true, Members: members},
		{Key: "office", Name: office, Saved: true, Members: members},
		{Key: "duty", Name: duty, Saved: true, Members: members},
	} {
		f.AddGroup(g)
	}
	r := start(t, f, "")
	r.online()

	steps := []struct {
		from, text, want string
	}{
		{"xz", "我是 李四", "干部的身份只认机器人微信里的备注名"},
		{"xz", "我是 王小明", "名单里没有「王小明」"},
		{"xz", "我是 陈二", "@李四\u2005群里「小张」说自己是陈二（QS-302户）"},
		{"zhangsan", "确认身份 小张", "只有本网格的网格长能确认身份"},
		{"lisi", "确认身份 小张", "已确认：「小张」就是陈二"},
		{"xz", "上报 我家门口的水沟堵了", "已登记 #R1"},
	}
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
	ids, err := r.app.Store.WeChat("default").Identities(context.Background())
	if err != nil || ids["小张"] != "陈二" || len(ids) != 1 {
		t.Errorf("kept identities = %v (%v), want only 小张 → 陈二", ids, err)
	}
	if strings.Contains(f.Sent()[0].Text, "已确认") {
		t.Error("a role holder's name was confirmed")
	}
}
