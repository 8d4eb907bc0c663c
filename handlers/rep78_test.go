package handlers_test

import (
	"context"
	"testing"

	"gridbot/bot"
	"gridbot/storage"
	"gridbot/understand"
)

// rep78: a points claim among the offers one 「1」 answers is joined into
// the one reply and the one commit; the night danger line of a joined
// reply says which items went to the leader at once.

// TestOneAnswerClaimAmongOffersOneReply: one 「1」 to two general items and
// a points claim between them says one reply in one round trip: the
// claim's lines where it was asked, naming the scorer and its #C, the
// general ones asked once after the last. Its ledger entry names the
// claim (not the first item), and the scorer's 同意 #C1 approves it.
func TestOneAnswerClaimAmongOffersOneReply(t *testing.T) {
	c := newChat(t, pendingReader())
	has(t, "first", c.say("陈二", "东头那条路有个坑"), "回复「1」登记")
	has(t, "claim", c.say("陈二", "今天出义务工修了一上午的路"), "回复「1」提交给评分小组")
	has(t, "third", c.say("陈二", "后山水渠好像堵了"), "回复「1」登记")
	// one commit; a fresh process's first read of the household's
	// claims (1), as the claim's 「1」 alone costs (below; the pipeline
	// pool's HELLO is gone, rep101)
	got := c.costs(t, 2, "1", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	expect(t, "1", got, grid3+": 已登记 #R1（一般事项·道路交通）：东头那条路有个坑\n"+
		"已登记积分申请 #C1：陈二户·陈二「参加义务劳动、集体劳动」（社会公德），5–10分。\n"+
		"此项需要证明人，请接着发证明人的名字，如：证明人 王五。\n"+
		"@赵六\u2005请评分小组审核：回复「同意 #C1 分数」或「驳回 #C1 理由」。\n"+
		"已登记 #R2（一般事项·水利）：后山水渠好像堵了\n"+
		"@李四\u2005请网格长受理：回复「确认 #R1 #R2」。\n陈二，可随时发「查 #R1 #R2」看进度。")
	c.wantReports(2, "both items filed")
	ledgerNames(t, c, "C1")
	c.say("陈二", "证明人 王五")
	has(t, "同意", c.say("赵六", "同意 #C1 5"), "#C1 已通过")
	has(t, "查 #R2", c.say("陈二", "查 #R2"), "后山水渠好像堵了")

	c = newChat(t, pendingReader())
	c.say("陈二", "今天出义务工修了一上午的路")
	c.costs(t, 2, "a claim alone", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
}

// TestOneAnswerClaimFirstAtNight: at night a claim offered first and a
// general item after it are filed by one 「1」 in one commit with one
// reply; the scorer's note and the leader's wait for the morning, each
// about its own item (the claim's, withdrawn alone when it is taken back
// overnight).
func TestOneAnswerClaimFirstAtNight(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("陈二", "我昨天帮王奶奶挑水了 能加分吗")
	has(t, "second", c.say("陈二", "村口的路灯坏了，晚上黑乎乎的"), "回复「1」")
	// one commit and the claims' first read (rep101: no pipeline-pool HELLO)
	got := c.costs(t, 2, "1", bot.Message{Chat: grid3, From: "陈二", Text: "1"})
	expect(t, "1 at night", got, grid3+": 已登记积分申请 #C1：陈二户·陈二「帮助困难群众、照料孤寡老人」（社会公德），10分。\n"+
		"此项需要证明人，请接着发证明人的名字，如：证明人 王五。\n"+
		"已私信转给评分小组审核（现在是夜里，明天早上7点再发过去），审核后发「查 #C1」可看结果；还没审核时写错了可以「撤回 #C1」。\n"+
		"已登记 #R1（一般事项·道路交通）：村口的路灯坏了，晚上黑乎乎的\n"+
		"现在是夜里，先不打扰网格长：李四早上看到后回复「确认 #R1」受理。事情急的话，请直接打电话给网格长。\n"+
		"陈二，可随时发「查 #R1」看进度。")
	c.wantReports(1, "the item filed")
	ledgerNames(t, c, "C1")
	has(t, "撤回", c.say("陈二", "撤回 #C1"), "#C1")
	c.now = clock(c.now, 1, 7, 0)
	got = c.flush()
	has(t, "the morning", got, "李四: 【夜里反映】陈二在群里反映 #R1（一般事项）")
	lacks(t, "the morning", got, "赵六: ")
}

// TestOneAnswerOffersAtNightAllDanger: when every item one 「1」 files at
// night went to the leader at once, the danger line says so of all.
func TestOneAnswerOffersAtNightAllDanger(t *testing.T) {
	c := newChat(t, understand.Rules{})
	c.now = clock(c.now, 0, 22, 30)
	c.say("陈二", "村口那棵大树好像要倒了 下面老有人走")
	has(t, "second", c.say("陈二", "学校边上那堵墙快塌了 孩子天天从下面过"), "回复「1」登记这两件")
	got := c.say("陈二", "1")
	has(t, "1 at night", got, "这关系到人身安全，虽是夜里，已马上私信告诉网格长李四，受理请回复「确认 #R1 #R2」。")
	lacks(t, "1 at night", got, "等早上再告诉")
}

// ledgerNames fails t unless the chat's village ledger holds exactly one
// entry, of claim ref.
func ledgerNames(t *testing.T, c *chat, ref string) {
	t.Helper()
	entries, err := storage.Ledger(context.Background(), c.st, village3)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 || entries[0].Claim != ref {
		t.Fatalf("ledger %+v, want one entry of %s", entries, ref)
	}
}
