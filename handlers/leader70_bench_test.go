package handlers_test

import (
	"context"
	"io"
	"log/slog"
	"testing"

	"gridbot/bot"
	"gridbot/handlers"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// BenchmarkLeaderNamesItemAndWorker: while 张三's lamp and 陈二's
// confirm-back wait, 李四's 「路灯的事让王五去弄」 takes the lamp on and
// gives it to 王五 (confirmsMeant, takeFreshFor).
func BenchmarkLeaderNamesItemAndWorker(b *testing.B) {
	benchWord68(b, 1, 2, village.StatusRejected,
		"张三", "上报 村口路灯又不亮了", "陈二", "王奶奶家水管冻裂了 在漏水",
		"李四", "路灯的事让王五去弄",
		"陈二", "2", "李四", "驳回 %R0 测试")
}

// BenchmarkLeaderAckSendsWorker: 李四's 「收到 让王五去」 to the one fresh
// report takes it on and gives it to 王五 (leaderSends, assignFresh).
func BenchmarkLeaderAckSendsWorker(b *testing.B) {
	benchWord68(b, 1, 1, village.StatusRejected,
		"张三", "上报 村口路灯又不亮了", "李四", "收到 让王五去",
		"李四", "驳回 %R0 测试")
}

// BenchmarkOnTheRoadToAlarm: 李四's 「我在去的路上」 takes on the one
// alarm waiting (onTheWay's headingThere).
func BenchmarkOnTheRoadToAlarm(b *testing.B) {
	benchWord68(b, 1, 1, village.StatusResolved,
		"陈二", emg54Fire, "李四", "我在去的路上",
		"李四", "办结 %R0 火灭了")
}

// BenchmarkMediatorVisitPlan: 李四's 「你们俩别吵了 明天我和郑十上门调解」
// takes on the quarrel (goesToMediate's mediationPlan).
func BenchmarkMediatorVisitPlan(b *testing.B) {
	benchWord68(b, 1, 2, village.StatusClosed,
		"陈二", "张三家的狗又咬了我家的鸡 这都第三回了", "张三", "你家鸡自己跑到我家院子里的 关我啥事",
		"李四", "你们俩别吵了 明天我和郑十上门调解",
		"李四", "办结 %R0 测试", "陈二", "满意 %R0")
}

// BenchmarkMediatorsWorkNoClaim: 李四's 「今天我调解了陈二家和张三家的矛盾」
// on the quarrel he took on, which a reader of claims takes for his points
// claim, is its 进展 (dutyNotClaim).
func BenchmarkMediatorsWorkNoClaim(b *testing.B) {
	cfg, dir := exampleVillage(&testing.T{})
	st := storagetest.New(b)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{Catalogue: cfg.Points.Indicators()},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	n := benchOneOfEachOn(b, r, st, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		return word68Round(i, 1, 2, "陈二", "张三家的狗又咬了我家的鸡 这都第三回了", "李四", "确认 %R0",
			"李四", "今天我调解了陈二家和张三家的矛盾",
			"李四", "办结 %R0 测试", "陈二", "满意 %R0")
	})
	if reps, err := st.Reports(context.Background(), village3); err != nil || len(reps) != n ||
		reps[n-1].History[2].Action != village.ActProgress {
		b.Fatalf("%d reports (%v), want %d, each with its 进展", len(reps), err, n)
	}
}

// BenchmarkLeaderSendsTwoWorkers: 刘建国's 「让马红梅和何志强去看看」 to the
// one fresh report takes it on and gives it to both (sentTogether).
func BenchmarkLeaderSendsTwoWorkers(b *testing.B) {
	benchWord68In(b, grid1, 1, 1, village.StatusRejected,
		"谢明", "上报 村东头路灯不亮了", "刘建国", "让马红梅和何志强去看看",
		"刘建国", "驳回 %R0 测试")
}

// BenchmarkLeaderSendsAgain: 黄永红's 「收到 朱大勇你去看一下」 again right
// after it gave the pipe to 朱大勇 is told it is his already (sentAlready).
func BenchmarkLeaderSendsAgain(b *testing.B) {
	benchWord68In(b, grid2, 1, 2, village.StatusRejected,
		"田卫东", "上报 二组路口的水管漏水了", "黄永红", "收到 朱大勇你去看一下",
		"黄永红", "收到 朱大勇你去看一下", "黄永红", "驳回 %R0 测试")
}
