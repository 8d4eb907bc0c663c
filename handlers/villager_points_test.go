package handlers_test

import (
	"io"
	"log/slog"
	"strings"
	"testing"

	"gridbot/handlers"
	"gridbot/understand"
)

// catalogueBot is examplePointsBot reading free text against the points
// catalogue, as the sandbox and production do.
func catalogueBot(t *testing.T) *pointsBot {
	t.Helper()
	cfg, dir := exampleVillage(t)
	b := newPointsBot(t, cfg, dir)
	b.r = handlers.New(handlers.Options{Config: cfg, Store: b.st, People: dir, Reader: understand.Rules{Catalogue: cfg.Points.Indicators()},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return b
}

// TestVillagerClaimsAsWritten: claims as elderly villagers write them.
// "给他申请" names nobody: whom it is for is asked, never the sender
// credited with his husband's deed; a kin word two children fit is
// settled by the given name the message says ("小龙" of 陈小龙); "好的好的
// 1" answers the question it was asked.
func TestVillagerClaimsAsWritten(t *testing.T) {
	b := catalogueBot(t)
	has(t, "asked", b.say("陈二", "我帮村里扫了三天马路咋没人给俺记分呢😂"), "回复「1」提交给评分小组")
	has(t, "assent, then 1", b.say("陈二", "好的好的 1"), "已登记积分申请 #C1：陈二户·陈二")
	b.say("刘芳", "俺家老张上礼拜去敬老院帮忙 给他申请个积分")
	got := b.say("刘芳", "1")
	has(t, "for him, unnamed", got, "是给家里哪一位申请？还没有登记", "您家名单上有：张三、刘芳、张明")
	for _, line := range got {
		if strings.Contains(line, "已登记") || strings.Contains(line, "刘芳「") {
			t.Errorf("the claim was taken for the sender: %s", line)
		}
	}
	b.say("陈二", "给我儿子申请积分 小龙上个月献血了")
	has(t, "kin and given name", b.say("陈二", "1"), "已登记积分申请 #C2：陈二户·陈小龙")
	b.say("陈二", "给我闺女申请积分 参加义务劳动")
	has(t, "kin, no name", b.say("陈二", "1"), "可能是：陈小龙、陈小凤")
}

// TestAskingAfterANeighboursPoints: a villager asking how many points
// another household has, however he words it, hears that villagers see
// only their own, not the menu nor an offer to register a report.
func TestAskingAfterANeighboursPoints(t *testing.T) {
	b := examplePointsBot(t)
	for _, text := range []string{"张三有多少分啊", "俺想知道张三的积分", "张三家现在多少分了", "张三得了几分"} {
		has(t, text, b.say("陈二", text), "村民只能查本户的积分")
	}
	has(t, "his own", b.say("张三", "张三有多少分啊"), "张三户")
	lacks(t, "a test", b.say("陈二", "孩子考了多少分了"), "村民只能查本户的积分")
}
