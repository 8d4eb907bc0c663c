package handlers_test

import (
	"testing"
	"time"

	"gridbot/understand"
)

// TestClaimResentOnceMoreOneComma: a claim resent with 「又一次」 between
// two commas offers the line to send without it, with one comma.
func TestClaimResentOnceMoreOneComma(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "claim", c.say("张三", "申请积分 帮王奶奶挑水，又一次，她腿脚不便"), "已登记积分申请 #C1")
	c.now = c.now.Add(24 * time.Hour)
	got := c.say("张三", "申请积分 帮王奶奶挑水，又一次，她腿脚不便")
	has(t, "resent", got, "申请积分 帮王奶奶挑水，她腿脚不便 又一次")
	lacks(t, "resent", got, "，，", "， ，")
	has(t, "declined", c.say("张三", "2"), "好的，这条没有登记，原来那条申请照旧")
}

// TestClaimConfirmDeclinedSaysNextStep: a 「2」 to a claim confirm-back
// says it was not submitted and how to claim.
func TestClaimConfirmDeclinedSaysNextStep(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "asked", c.say("陈二", "我今天帮王奶奶挑了水，能加分吗"), "回复「1」")
	got := c.say("陈二", "2")
	has(t, "declined", got, "不登记，没有交给评分小组", "申请积分 做了什么")
}

// TestClaimDitchAndFirePatrol: clearing a ditch and a fire patrol are
// items of the catalogue, not claims left unplaced.
func TestClaimDitchAndFirePatrol(t *testing.T) {
	c := newChat(t, understand.Rules{})
	has(t, "ditch", c.say("张三", "申请积分 清水渠"), "#C1", "参加村庄环境卫生整治")
	has(t, "patrol", c.say("陈二", "申请积分 昨晚参加防火巡查"), "#C2", "参加治安巡防")
	cfg, _ := exampleVillage(t)
	read := newChat(t, understand.Rules{Catalogue: cfg.Points.Indicators()})
	has(t, "free text", read.say("陈二", "我今天清理了水渠，能加分吗"), "参加村庄环境卫生整治", "回复「1」提交给评分小组")
}
