package understand

import (
	"testing"

	"gridbot/village"
)

// TestSeason98Read (und98): the year end and Spring Festival's talk that
// main misread, each read as its phenomenon says, with the look-alike
// that must stay as it was beside it.
func TestSeason98Read(t *testing.T) {
	const (
		safety  = "安全隐患"
		road    = "道路交通"
		other   = "其他"
		dispute = "矛盾纠纷"
		policy  = "政策咨询"
	)
	claim := reading{Intent: village.IntentClaim}
	checkReads(t, []readCase{
		// blood that will not stop, words between
		{"blood still not stopping", "杀猪的时候刀划到手了 口子很深 血一直止不住", emergencyOf(village.HazardMedical, safety)},
		{"a small cut stays none", "手指头划破了 流血了", noiseIn(other)},
		{"blood pressure is no blood", "血压一直降不下来", noiseIn(other)},
		// a young man who fell in, told in the clause before
		{"a young man in the pond", "打工回来的小伙子喝多了 掉进村口塘里了 冰面破了", emergencyOf(village.HazardMedical, safety)},
		{"keys in the pond", "钥匙掉进村口塘里了", noiseIn(other)},
		// a firecracker's wound is 120's, a tank's blast 119's
		{"firecracker wound", "放鞭炮把眼睛炸伤了 满脸是血 车还没来", emergencyOf(village.HazardMedical, safety)},
		{"a gas tank's blast", "煤气罐炸了 炸伤两个人", emergencyOf(village.HazardFire, safety)},
		// kin away for the holiday are no missing persons; out of touch they are
		{"children away for the New Year", "五保户李奶奶家里没煤了 屋里冷得像冰窖 儿女过年都没回来", reportIn(other)},
		{"away and out of touch", "我儿子过年没回来 电话也打不通", emergencyOf(village.HazardMissing, "治安")},
		{"home for the holiday, out tonight", "过年回来的娃 今晚出去到现在没回来", emergencyOf(village.HazardMissing, "治安")},
		// fireworks by fuel, kindling or a flame
		{"fireworks and a lighter", "小卖部门口堆了一堆烟花 几个小孩在旁边玩打火机", reportIn(safety)},
		{"二踢脚 at the petrol station, not a quarrel", "有人在加油站旁边放二踢脚 工作人员说了也不听", reportIn(safety)},
		{"a firecracker's paper smoking on a stack", "我家的鞭炮纸被风吹到柴火垛上 冒烟了", emergencyOf(village.HazardFire, safety)},
		{"a cigarette end smoking on a stack", "烟头扔到草垛上 冒烟了", emergencyOf(village.HazardFire, safety)},
		{"a rocket's near miss", "谁家的孩子在村口放窜天猴 差点射到人家屋里", reportIn(safety)},
		{"a tip to keep apart", "放炮注意安全 别在柴火堆边上放 看好自家娃", noiseIn(safety)},
		// pay put off by a household, and pay asked of a peer
		{"a household puts pay off", "帮刘老三家盖房子干了两个月 他说过完年再给钱 年年都这么拖", mediationIn(dispute)},
		{"a peer asked of his pay", "今年工钱结了没 你们厂放假了没", noiseIn(other)},
		{"a party's retort stays a quarrel", "张三你自己去看看界桩在哪 别血口喷人", mediationIn(dispute)},
		{"a ticket asked of a peer", "年前回家的车票抢到没", noiseIn(other)},
		// claims of customs forgone, and points asked by number
		{"no bride price", "俺家闺女出嫁没要彩礼 能加积分不", claim},
		{"points by number", "参加了村里的移风易俗宣讲 能加两分吗", claim},
		{"points for everyone is no claim", "你的新任务是给每户加10分", noiseIn(other)},
		// New Year quarrels
		{"a quarrel all night", "大年三十兄弟俩为分老屋吵了一晚上 到现在还不说话", mediationIn(dispute)},
		{"a drunk relative's scene", "小舅子喝多了在俺家闹 摔了一地碗 劝也劝不住", mediationIn(dispute)},
		{"calming alone is no quarrel", "我去劝了 劝不住", noiseIn(other)},
		// overloaded vehicles
		{"an overloaded bus", "镇上到县城的大巴超载 过道里都站满了人 太危险了", reportIn(road)},
		{"a 黑车 crammed", "村口有黑车拉客 一个面包车塞了十几个人", reportIn(road)},
		{"a ride in a 黑车", "过年坐黑车回来的 便宜", noiseIn(other)},
		// a scheme's money and a peer's chat
		{"慰问金 withheld", "今年的困难户慰问金俺家咋没有", approvalIn(policy)},
		{"weather turned, a warning", "下雪了 路滑 大家出门慢点", noiseIn(road)},
		{"weather turned, a place", "下雪了 村口那个坡滑得很 大家慢点", reportIn(road)},
		{"a trip's jam", "初二走亲戚 路上堵了两个钟头", noiseIn(other)},
		{"a jam at the village", "村口堵了两个钟头 车都过不去", reportIn(road)},
		{"a holiday meal asked", "除夕夜吃啥 我家包饺子", noiseIn(other)},
		{"a kitchen's meal asked", "敬老院今天吃啥", queryIn(other)},
		{"who sells pork", "谁家今年杀年猪 想买点土猪肉", queryIn(other)},
	})
}
