package handlers_test

import (
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"gridbot/bot"
	"gridbot/config"
	"gridbot/handlers"
	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/understand"
	"gridbot/village"
)

// BenchmarkDutyPickTwoVillages: each round a fire in 青山村三组 and a
// flood in 石桥村一组 open, 孙七 asked which his 「我马上过去」 is
// (unmeasured); his 「2」 (measured) records it on 青山村's fire, the
// question kept in the township taken with it (which75). Both are
// closed after.
func BenchmarkDutyPickTwoVillages(b *testing.B) {
	r, st := twoVillageBench(b,
		village.Person{Name: "石队长", Village: "石桥村", Grid: "一组", Household: "SQ-100", Relation: village.RelHead, UsesWeChat: true,
			Roles: []village.Role{village.RoleVillager, village.RoleLeader}},
		village.Person{Name: "石大山", Village: "石桥村", Grid: "一组", Household: "SQ-101", Relation: village.RelHead, UsesWeChat: true,
			Roles: []village.Role{village.RoleVillager}})
	benchOneOfEachOn(b, r, st, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		day := at.Add(time.Duration(i) * 49 * time.Hour)
		msg := func(k int, chat, from, text string) bot.Message {
			return bot.Message{ID: fmt.Sprintf("%d-%d", i, k), At: day.Add(time.Duration(k) * time.Minute), Chat: chat, From: from, Text: text}
		}
		ref := fmt.Sprintf("#R%d", i+1)
		before = []bot.Message{msg(0, grid3, "张三", "快来人 着火了 在村口老王家"), msg(1, sq, "石大山", "河水漫上来了 淹到路上了"),
			msg(2, dutyChat, "孙七", "我马上过去")}
		after = []bot.Message{msg(60, dutyChat, "孙七", "办结 青山村 "+ref+" 火灭了"),
			msg(61, sq, "石队长", "确认 "+ref), msg(62, sq, "石队长", "办结 "+ref+" 水退了")}
		return before, msg(3, dutyChat, "孙七", "2"), after
	})
}

// BenchmarkPickSeveral: each round eleven reports wait in 三组, 李四's
// 「好的 我下午过去」 asked which (unmeasured); his 「1 3」 (measured) is
// asked again for one number, the question kept (which75). They are
// turned down after.
func BenchmarkPickSeveral(b *testing.B) { benchPickAnswer(b, "1 3", 0) }

// benchPickAnswer: each round eleven reports wait in 三组, 李四's
// 「好的 我下午过去」 asked which (unmeasured); his answer (measured),
// late after it by late, runs nothing. They are turned down after.
func benchPickAnswer(b *testing.B, answer string, late time.Duration) {
	things := []string{"桥头下水道堵了", "后山机耕路塌了一段", "学校门口井盖丢了", "祠堂屋顶漏雨了", "水库边护栏断了",
		"晒谷场电线垂下来了", "村委会门口水管爆了", "东头垃圾站满了", "西头路灯杆歪了", "南坡水渠堵了", "村口路灯不亮了"}
	benchOneOfEach(b, func(i int) (before []bot.Message, m bot.Message, after []bot.Message) {
		msg := benchWhichRound(i, 24*time.Hour)
		for k, s := range things {
			before = append(before, msg(k, []string{"张三", "陈二", "周八"}[k%3], "上报 "+s))
		}
		before = append(before, msg(len(things), "李四", "好的 我下午过去"))
		for k := range things {
			after = append(after, msg(20+k, "李四", fmt.Sprintf("驳回 #R%d 重复", 11*i+k+1)))
		}
		m = msg(len(things)+1, "李四", answer)
		m.At = m.At.Add(late)
		return before, m, after
	})
}

// benchElevenClaims: eleven claims waiting in the village (as
// BenchmarkApprovePickEleven's), and 赵六's words (measured).
func benchElevenClaims(b *testing.B, words string) {
	benchAnswers(b, true, func(i int) (setup, measured []bot.Message) {
		msg := benchWhichRound(i, 32*24*time.Hour)
		for k, a := range []string{"清理河道", "参加普法学习", "参加义务劳动"} {
			for j, who := range []string{"张三", "陈二", "周八"} {
				setup = append(setup, msg(3*k+j, who, "申请积分 "+a+" 证明人 王五"))
			}
		}
		for k, a := range []string{"参加义务劳动", "参加普法学习"} {
			m := msg(9+k, "刘洋", "申请积分 "+a+" 证明人 马红梅")
			m.Chat = grid1
			setup = append(setup, m)
		}
		return setup, []bot.Message{msg(11, "赵六", words)}
	})
}

// BenchmarkRejectNoNumberEleven: 「驳回 重复」 with eleven claims waiting
// lists nine and says the rest (which75).
func BenchmarkRejectNoNumberEleven(b *testing.B) { benchElevenClaims(b, "驳回 重复") }

// BenchmarkApproveAllEleven: 「都同意」 with eleven claims waiting lists
// nine and says the rest (which75).
func BenchmarkApproveAllEleven(b *testing.B) { benchElevenClaims(b, "都同意") }

// sq is 石桥村's one grid group in the two-village benchmarks.
const sq = "石桥村一组网格群"

// twoVillageBench is a router on a private store over the example village
// and a second village, 石桥村, with one grid (group sq) of people.
func twoVillageBench(b *testing.B, people ...village.Person) (*handlers.Router, *storage.Store) {
	cfg, dir := exampleVillage(&testing.T{}, people...)
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: sq}}})
	st := storagetest.New(b)
	r := handlers.New(handlers.Options{Config: cfg, Store: st, People: dir, Reader: understand.Rules{},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	return r, st
}
