package handlers_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/village"
)

// benchRep74 is benchWord68 (in chat) with a photo sent with the measured
// message; the last report must be in status want and hold the photo when
// photo says so.
func benchRep74(b *testing.B, chat string, photo bool, items, measured int, want village.Status, msgs ...string) {
	st, n := benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		before, m, after := word68RoundIn(chat, i, items, measured, msgs...)
		if photo {
			m.Images = []string{"p.jpg"}
		}
		return before, m, after
	})
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != items*n || items > 0 && (reps[len(reps)-1].Status != want || photo && len(reps[len(reps)-1].Images) != 1) {
		b.Fatalf("%d reports (%v), want %d, the last %s with the photo", len(reps), err, items*n, want)
	}
}

// BenchmarkPlainFixedWithPhoto: 陈二's 「灯好了」 with a photo of his lamp
// being worked on: his words and the photo kept on it (saysFixed, rep74).
func BenchmarkPlainFixedWithPhoto(b *testing.B) {
	benchRep74(b, grid3, true, 1, 2, village.StatusClosed,
		"陈二", "上报 村口的路灯坏了 晚上黑乎乎的", "李四", "确认 %R0",
		"陈二", "灯好了", "李四", "办结 %R0")
}

// BenchmarkLeaderDoneHintWithPhoto: 李四's 「路灯修好了」 with a photo of 陈二's
// lamp nobody took on: told the 办结 to send, the photo the item's
// (hintDone, rep74).
func BenchmarkLeaderDoneHintWithPhoto(b *testing.B) {
	benchRep74(b, grid3, true, 1, 1, village.StatusRejected,
		"陈二", "上报 村口的路灯坏了 晚上黑乎乎的", "李四", "路灯修好了", "李四", "驳回 %R0 测试")
}

// BenchmarkBareNotYetAfterAnotherQuestion: 张三's bare 「还没」 after the
// bot asked him, since his lamp's 办结, whether his drain is 陈二's: the
// question asked last shown, nothing reopened (notYetLater, rep74).
func BenchmarkBareNotYetAfterAnotherQuestion(b *testing.B) {
	benchRep74(b, grid3, false, 3, 5, village.StatusRejected,
		"陈二", "上报 村口下水道堵了 一直往外冒水", "张三", "上报 村口的路灯坏了", "李四", "确认 %R1", "李四", "办结 %R1 换了灯泡",
		"张三", "村口下水道堵了 臭死了", "张三", "还没", "张三", "不是",
		"张三", "满意 %R1", "李四", "驳回 %R0 测试", "李四", "驳回 %R2 测试")
}

// BenchmarkReopenOfferPrivate: 张三's 「还是不亮」 said privately the day
// after his lamp's 满意: offered as #R1 reopened (reopenOffer, rep74), as
// BenchmarkReopenOfferGroup in the group.
func BenchmarkReopenOfferPrivate(b *testing.B) {
	benchReopenOffer(b, true)
}

// BenchmarkReopenOfferGroup: the same words in the group.
func BenchmarkReopenOfferGroup(b *testing.B) {
	benchReopenOffer(b, false)
}

func benchReopenOffer(b *testing.B, private bool) {
	st, n := benchOneOfEach(b, func(i int) ([]bot.Message, bot.Message, []bot.Message) {
		before, m, after := word68Round(i, 1, 4,
			"张三", "上报 村口的路灯不亮了", "李四", "确认 %R0", "李四", "办结 %R0 换了灯泡", "张三", "满意 %R0",
			"张三", "还是不亮", "张三", "是", "李四", "驳回 %R0 测试")
		m.At = m.At.Add(24 * time.Hour)
		for k := range after {
			after[k].At = after[k].At.Add(24 * time.Hour)
			after[k].Private = private && after[k].From == "张三"
		}
		if private {
			m.Chat, m.Private = "", true
			after[0].Chat = ""
		}
		return before, m, after
	})
	reps, err := st.Reports(context.Background(), village3)
	if err != nil || len(reps) != n || reps[len(reps)-1].Status != village.StatusRejected {
		b.Fatalf("%d reports (%v), want %d, the last rejected after its reopen", len(reps), err, n)
	}
}

// BenchmarkLooseYieldAfterStep: right after 李四's 进展 proposing 50 yuan,
// 陈二's loose 「算了」: of something else (「算了 明天再去镇上买吧」) not
// kept on the quarrel, bare (「唉 那就算了吧」) kept and passed on
// (yieldsOn, words.YieldsBare, rep74).
func BenchmarkLooseYieldAfterStep(b *testing.B) {
	for _, tc := range []struct {
		name, text string
		kept       bool
	}{
		{"other thing", "算了 明天再去镇上买吧", false},
		{"bare", "唉 那就算了吧", true},
	} {
		b.Run(tc.name, func(b *testing.B) {
			st, n := benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
				msg, quarrel, before := benchQuarrel(i, false)
				before = append(before, msg(4, "李四", "进展 "+quarrel+" 建议张三家赔50块"))
				return before, msg(5, "陈二", tc.text), []bot.Message{msg(60, "李四", "办结 "+quarrel+" 张三赔了50"), msg(61, "陈二", "满意 "+quarrel)}
			})
			reps, err := st.Reports(context.Background(), village3)
			if err != nil || len(reps) != n {
				b.Fatalf("%d reports (%v), want %d", len(reps), err, n)
			}
			for _, rep := range reps {
				if kept := slices.ContainsFunc(rep.History, func(e village.Entry) bool { return e.Action == village.ActSaid && e.By == "陈二" }); kept != tc.kept {
					b.Fatalf("%s: his words kept %v, want %v", rep.ID, kept, tc.kept)
				}
			}
		})
	}
}

// BenchmarkOneAnswerTwoOffers: 陈二's 「1」 to two confirm-backs: both filed
// in one commit, one reply asking once (fileTogether, askedOnce, rep74).
func BenchmarkOneAnswerTwoOffers(b *testing.B) {
	benchRep74(b, grid3, false, 2, 2, village.StatusRejected,
		"陈二", "村口的路灯坏了，晚上黑乎乎的", "陈二", "还有水渠堵了 水漫到路上了", "陈二", "1",
		"李四", "驳回 %R0 测试", "李四", "驳回 %R1 测试")
}

// BenchmarkWorkerLampLitHint: 王五, assigned 张三's lamp, says with a photo
// 「村口路灯换了个灯泡 现在亮了」: the 办结 to send, the photo the item's
// (hintDone via WorksAgain, walk79).
func BenchmarkWorkerLampLitHint(b *testing.B) {
	benchRep74(b, grid3, true, 1, 3, village.StatusRejected,
		"张三", "上报 村口的路灯坏了 晚上黑乎乎的", "李四", "确认 %R0", "李四", "指派 %R0 王五",
		"王五", "村口路灯换了个灯泡 现在亮了", "李四", "驳回 %R0 测试")
}

// BenchmarkLampNotLitAsked: 陈二's 「村口路灯不亮了 谁管管」 after 张三's
// broken lamp: asked whether it is that one (duplicate, walk79).
func BenchmarkLampNotLitAsked(b *testing.B) {
	benchRep74(b, grid3, false, 1, 1, village.StatusRejected,
		"张三", "村口那个路灯坏了好几天了 晚上黑咕隆咚的", "陈二", "村口路灯不亮了 谁管管", "陈二", "是", "李四", "驳回 %R0 测试")
}
