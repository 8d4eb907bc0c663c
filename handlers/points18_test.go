package handlers_test

import (
	"testing"

	"gridbot/bot"
	"gridbot/storage/storagetest"
	"gridbot/understand"
)

// TestClaimWordsInAnyOrder: a claim that tells the item's words the other
// way round ("河道清理" for 清理河道, "垃圾清理" for 清理垃圾) is filed for
// that item, not answered with a list to resend from.
func TestClaimWordsInAnyOrder(t *testing.T) {
	b := catalogueBot(t)
	has(t, "river", b.say("张三", "申请积分 参加村里组织的河道清理"), "已登记积分申请 #C1：张三户·张三「参加村庄环境卫生整治」")
	has(t, "rubbish", b.say("陈二", "申请积分 周末参加了村口的垃圾清理"), "已登记积分申请 #C2：陈二户·陈二「参加村庄环境卫生整治」")
}

// TestWitnessWhileClaimAskedAfterRestart: a witness named while a claim
// waits for the villager's 「1」 is kept with it by a bot restarted since
// it asked (no copy of the question in memory): in one read and one
// commit, and the claim his 「1」 files carries it.
func TestWitnessWhileClaimAskedAfterRestart(t *testing.T) {
	srv := storagetest.NeedServer(t)
	cfg, _ := exampleVillage(t)
	reader := understand.Rules{Catalogue: cfg.Points.Indicators()}
	before := newChatOn(t, reader, storagetest.Open(t, srv.URL))
	has(t, "asked", before.say("陈二", "我帮村里扫了三天马路咋没人给俺记分呢😂"), "回复「1」提交给评分小组")
	after := newChatOn(t, reader, storagetest.Open(t, srv.URL))
	after.now, after.n = before.now, 1000
	// the new process's first reads: of the village, of him, of a witness
	after.say("陈二", "积分帮助")
	after.say("张三", "王五也看见了")
	n, got := after.counted(bot.Message{Chat: grid3, From: "陈二", Text: "王五也看见了"})
	has(t, "witness noted", got, "已记下证明人王五", "回复「1」提交")
	if n != 2 {
		t.Errorf("witness after a restart: %d round trips, want 2 (one read, one commit)", n)
	}
	has(t, "then 1", after.say("陈二", "1"), "已登记积分申请 #C1：陈二户·陈二", "已写：证明人 王五")
}
