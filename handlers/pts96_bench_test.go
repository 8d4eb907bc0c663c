package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkRejectPhotoAwaited: 赵六's 「驳回 #C1 没有照片」 while the claim
// still takes its photos is asked (pts96): the question and its reply,
// one commit. Reported: round trips per message.
func BenchmarkRejectPhotoAwaited(b *testing.B) {
	pb := examplePointsBot(b)
	pb.say("张三", "申请积分 打扫院子 有照片")
	benchSaidOn(b, pb, "赵六", "驳回 #C1 没有照片")
}

// BenchmarkCappedStatus: 查 #C4 of a claim rejected for its full yearly
// cap says the cap from the claim alone (pts96). Reported: round trips
// per message.
func BenchmarkCappedStatus(b *testing.B) {
	pb := cappedRejection(b)
	if c := pb.claim("C4"); c.CapFull != "year" {
		b.Fatalf("C4 cap %q, want year", c.CapFull)
	}
	benchSaidOn(b, pb, "张三", "查 #C4")
}

// cappedRejection is the points bot after 张三's fourth 拾金不昧 claim of
// the year, #C4, was rejected for the full yearly cap (three approved).
func cappedRejection(b *testing.B) *pointsBot {
	b.Helper()
	pb := examplePointsBot(b)
	pb.now = time.Date(2027, 1, 3, 10, 0, 0, 0, pb.now.Location())
	for _, deed := range []string{"捡到钱包交还失主", "捡到手机还给了失主", "捡到一袋化肥送回给老李家", "捡到身份证交到村委会"} {
		pb.now = pb.now.Add(24 * time.Hour)
		pb.say("张三", "申请积分 拾金不昧 "+deed+" 证明人 王五")
	}
	for _, id := range []string{"#C1", "#C2", "#C3"} {
		pb.say("赵六", "同意 "+id+" 10")
	}
	pb.say("赵六", "驳回 #C4 已达上限")
	return pb
}
