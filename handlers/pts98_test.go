package handlers_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"gridbot/storage"
	"gridbot/storage/storagetest"
	"gridbot/village"
)

// TestTotalSaysWhatWaits: 陈二's 「我家积分怎么才这么点」 parts his
// household's items into those in effect and those approved but not yet
// in effect, each of those saying when: 公示 in the group on the 1st, or
// in its 公示 window until a day (pts98). Before, all three were 已计入,
// the unpublished one 「公示期满生效」, which read as usable.
func TestTotalSaysWhatWaits(t *testing.T) {
	b := examplePointsBot(t)
	b.say("赵六", "加分 陈二 参加义务劳动 8")
	b.say("赵六", "加分 陈二 参加志愿服务 4")
	publishClaims(t, b.st, b.now, 1, 2)
	finaliseClaims(t, b.st, b.now.Add(7*24*time.Hour), 1)
	b.say("赵六", "加分 陈二 帮扶五保户 10")
	got := b.privately("陈二", "我家积分怎么才这么点")
	has(t, "parted", got, "陈二: 陈二户2026年的积分：\n已计入 22 分，其中：\n已生效 8 分：\n· #C1 陈二「参加义务劳动、集体劳动」+8分（3月2日）\n"+
		"已通过、还没生效 14 分（公示期满没有异议才生效、才能兑换）：\n"+
		"· #C3 陈二「帮助困难群众、照料孤寡老人」+10分（3月2日通过，4月1日在群里公示）\n"+
		"· #C2 陈二「参加志愿服务活动」+4分（3月2日通过，公示中，3月9日", "期满）")
	lacks(t, "parted", got, "公示期满生效）")
}

// finaliseClaims does what the 公示 job does when the window of the
// claims numbered closes with no objection: they are final at at.
func finaliseClaims(tb testing.TB, st *storage.Store, at time.Time, ns ...int) {
	tb.Helper()
	ctx := context.Background()
	for _, n := range ns {
		d := storagetest.Must(st.Doc(ctx, qs, storage.ClaimKind, n))(tb)
		c := storagetest.Must(storage.DecodeClaim(d))(tb)
		from := storagetest.Must(c.Apply(village.ClaimFinalise, "积分公示", at, ""))(tb)
		cd := storagetest.Must(storage.ClaimDoc(c, from))(tb)
		if _, err := st.Commit(ctx, storage.Change{Scope: qs, MsgID: fmt.Sprintf("final-C%d", n), Docs: []storage.Doc{cd}}); err != nil {
			tb.Fatal(err)
		}
	}
}
