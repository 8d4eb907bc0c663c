package handlers_test

import "testing"

// BenchmarkOwnRedeem: 张三's own 「兑换 洗衣液」 in the group (shop94):
// answered as 「我想用积分换…」, short of points, what they buy and when
// more is redeemable privately, with the group's reply.
func BenchmarkOwnRedeem(b *testing.B) {
	benchSaid(b, "QS-301", 10, "张三", "兑换 洗衣液")
}

// BenchmarkRejectedStatus: 查 #C1 of a rejected claim (shop94), its next
// step in the reply.
func BenchmarkRejectedStatus(b *testing.B) {
	pb := examplePointsBot(b)
	pb.say("张三", "申请积分 拾金不昧 捡到钱包交还失主")
	pb.say("赵六", "驳回 #C1 没有证明人")
	benchSaidOn(b, pb, "张三", "查 #C1")
}
