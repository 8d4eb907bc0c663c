package handlers_test

import (
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/understand"
)

// account is 张三's account of his quarrel with 陈二, read under the
// filing threshold (it waits for his 「1」), and the retort of 陈二.
const (
	account = "陈二家盖猪圈把墙往我家宅基地这边挪了半米 说了好几次也不听 太欺负人了"
	retort  = "张三你自己去看看界桩在哪 别血口喷人"
)

// TestAccountFiledAsBefore: the reporter's 「1」 joins his offered account
// onto the retort's item only when the other side filed it after he was
// asked (med87); each other case files his account as before, #R2 along
// #R1.
func TestAccountFiledAsBefore(t *testing.T) {
	t.Run("item filed before he was asked", func(t *testing.T) {
		c := newChat(t, understand.Rules{})
		has(t, "the retort filed", c.say("陈二", retort), "已登记 #R1")
		c.now = c.now.Add(2 * time.Hour)
		has(t, "offered", c.say("张三", account), "回复「1」登记")
		c.now = c.now.Add(3 * time.Minute)
		has(t, "his 1", c.say("张三", "1"), "已登记 #R2")
		c.wantReports(2, "(#R1 and his #R2)")
	})
	t.Run("item of his own household", func(t *testing.T) {
		c := newChat(t, understand.Rules{})
		has(t, "offered", c.say("张三", account), "回复「1」登记")
		c.now = c.now.Add(3 * time.Minute)
		has(t, "his wife files", c.say("刘芳", "上报 调解 陈二家盖猪圈占了我家宅基地半米 说了也不听"), "已登记 #R1")
		c.now = c.now.Add(3 * time.Minute)
		got := c.say("张三", "1")
		has(t, "his 1: asked as before whether it is her item", got, "已有人反映 #R1", "是同一件事吗")
		lacks(t, "not joined", got, "已记在 #R1 上")
		c.wantReports(1, "(her #R1; his account waits for his answer)")
	})
	t.Run("private account", func(t *testing.T) {
		// told privately, his account is filed at once (nothing waits for
		// a 「1」), and the retort after it is an item of its own as before
		c := newChat(t, understand.Rules{})
		has(t, "filed privately", c.private("张三", "陈二家盖猪圈把墙往我家这边挪了"), "张三: 已登记 #R1（调解事项）", "已私下转给网格长李四")
		c.now = c.now.Add(3 * time.Minute)
		got := c.say("陈二", retort)
		has(t, "the retort filed", got, "已登记 #R2")
		lacks(t, "the private item not named in the group", got, "#R1")
		c.wantReports(2, "(his private #R1 and the retort #R2)")
	})
}

// TestJoinedAccountKeepsPhotos: photos sent with the offered account are
// carried onto the retort's item it joins.
func TestJoinedAccountKeepsPhotos(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "offered", c.send(bot.Message{Chat: grid3, From: "张三", Text: account, Images: []string{"img1", "img2"}}), "回复「1」登记")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "the retort filed", c.say("陈二", retort), "已登记 #R1")
	c.now = c.now.Add(3 * time.Minute)
	has(t, "his 1", c.say("张三", "1"), "现在 #R1 按您说的记，2 张照片也附上了", "和张三先说的是同一件纠纷：「陈二家盖猪圈", "附照片 2 张")
	c.wantReports(1, "(his account is on #R1)")
	if got := c.reports()[0].Images; len(got) != 2 {
		t.Errorf("#R1 photos %q, want his two", got)
	}
}
