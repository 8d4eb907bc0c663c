package understand

import (
	"strings"
	"testing"

	"gridbot/village"
)

// TestFestival100Read (und100): the weeks before the Spring Festival
// (dividends, banquets, winter power, e-bike charging, 年货, rides home,
// fireworks) that main misread, each read as its phenomenon says, with a
// look-alike that must stay as it was.
func TestFestival100Read(t *testing.T) {
	checkReads(t, []readCase{
		// sparks of an appliance unplugged are over; of a line, or caught, not
		{"blanket sparked, unplugged", "俺家电热毯插上就冒火星子 吓死了 赶紧拔了", noiseIn(catSupply)},
		{"sparked, unplugged, scorched", "电热毯冒火星子 赶紧拔了 褥子烧了个洞", emergencyOf(village.HazardFire, catSafety)},
		{"a socket sparking", "插座冒火花了", emergencyOf(village.HazardFire, catSafety)},
		{"a pole sparking, cut", "电线杆上冒火花 拉了闸", emergencyOf(village.HazardFire, catSafety)},
		// a fire feared of a habit is a hazard; a cry is not a fear
		{"feared of a habit", "楼道里天天有人给电动车充电 一充一整夜 着火了咋办", reportIn(catSafety)},
		{"a cry with what-then", "着火了咋办 快来人", emergencyOf(village.HazardFire, catSafety)},
		{"habit, then a fire now", "楼道里天天有人充电 这回真着火了 咋办", emergencyOf(village.HazardFire, catSafety)},
		// lists and shares that leave someone out; books asked open
		{"no share for a daughter", "俺闺女嫁到外村去了 户口还在咱村 今年分红就没她的份 这说不过去吧", reportIn(catOther)},
		{"a grandson off the list", "俺家小孙子今年三月生的 户口也上了 分红名单上咋没有他", reportIn(catOther)},
		{"the dead still listed", "分红名单上老刘家那个去世两年的还在上面 这钱谁领了", reportIn(catOther)},
		{"books asked open", "村里今年分红的账目能不能公开一下 大家心里有个数", reportIn(catOther)},
		{"whether on the list, asked", "分红名单上有没有我家", queryIn(catOther)},
		{"a share asked", "分红有我家的份吗", queryIn(catOther)},
		{"a name entered wrong", "那个 分红名单上俺媳妇的名字写错了一个字 银行不给取钱 找谁改", reportIn(catOther)},
		{"a certificate to mend stays a procedure", "土地确权证书上名字写错了 怎么改", approvalIn(catPolicy)},
		{"which of two, asked", "分红按户分还是按人分 俺家五口人", queryIn(catOther)},
		{"还是 telling", "今天还是很冷", noiseIn(catOther)},
		// banquets filed
		{"where to file a feast", "儿子腊月二十六结婚 想在村里办酒席 要到哪报备", approvalIn(catPolicy)},
		{"whether to file, and the cook's papers", "村里集体聚餐是不是要报备 厨师要健康证不", approvalIn(catPolicy)},
		{"a simple funeral filed, points asked", "俺爹的丧事简办了 报了红白理事会 没摆流水席 能加分不", reading{village.IntentClaim, "", "", ""}},
		// winter power and e-bikes
		{"a bill owed is no quarrel", "电费欠了会不会直接停电啊 俺在外地打工 家里老人不会交", queryIn(catSupply)},
		{"a debt stays a quarrel", "老王欠了我五千块不还", mediationIn(catDispute)},
		{"a bill risen", "电费咋这个月涨这么多 一个月三百多 以前才一百", reportIn(catSupply)},
		{"a bill's price asked", "电费多少钱一度", queryIn(catSupply)},
		{"a line drooping", "电线杆上的线耷拉下来了 快挨着地了 娃娃们放学从那走", reportIn(catSupply)},
		{"a lead hung to charge", "三楼那家从窗户吊根线下来给电动车充电 线就搭在过道上", reportIn(catSafety)},
		{"a line for washing", "拉根线晒衣服", noiseIn(catOther)},
		{"a charging post broken", "村委会门口的充电桩坏了 扫了码也充不上 钱还扣了", reportIn(catSupply)},
		{"a charging post asked", "充电桩咋用啊 扫码以后还要干啥", queryIn(catSupply)},
		{"on the sender's socket", "隔壁天天拉线用俺家的插座给电动车充电 一个月电费多出好几十 说他也不听", mediationIn(catDispute)},
		{"a pot borrowed", "隔壁借用了一下俺家的电饭锅", noiseIn(catOther)},
		// fireworks stocked by a flame; let off by one, no matter
		{"a stock by a stove", "村口那个小卖部偷偷卖烟花 堆在后屋 旁边就是煤炉子", reportIn(catSafety)},
		{"let off, a stove nearby", "过年放炮 炉子旁边暖和", noiseIn(catSafety)},
		// roads and food
		{"a tricycle overloaded", "赶集的三轮车装得满满的还拉了七八个人 在坡上差点翻了", reportIn(catRoad)},
		{"a tricycle with two", "三轮车拉了两个人去赶集", noiseIn(catOther)},
		{"food bought spoiled", "集上买的腊肉 回来一看里面都臭了 外面是熏过的 那个摊子人早走了", reportIn(catSafety)},
		{"a funeral's din to midnight", "隔壁办丧事 吹唢呐放哀乐放到半夜十二点 老人心脏不好受不了", reportIn(catEnv)},
		{"mahjong till midnight", "麻将打到半夜才回来", noiseIn(catOther)},
		// chat among neighbours
		{"a jam of hours, home safe", "俺儿子开车回来 在高速上堵了十几个小时 刚到家 平安", noiseIn(catOther)},
		{"riders sought", "有没有腊月二十五从深圳回来的 拼个车 还差两个人", noiseIn(catOther)},
		{"gift money asked", "吃酒随多少礼合适啊 现在都随两百了吧", noiseIn(catOther)},
		{"a feast's gifts judged", "村里收份子钱 随多少礼 这不是大操大办吗", reportIn(catOther)},
		{"a charger dropped", "俺家电动车充电器丢了 谁捡到了说一声", noiseIn(catOther)},
		{"a child lost stays an alarm", "俺家娃不见了 谁看见了说一声", emergencyOf(village.HazardMissing, catOrder)},
	})
}

// FuzzUnd100Parsers runs und100's readers over any text: none may panic.
func FuzzUnd100Parsers(f *testing.F) {
	for _, s := range []string{"俺家电热毯插上就冒火星子 赶紧拔了", "天天充电 着火了咋办", "分红名单上咋没有他", "按户分还是按人分", "还是", "冒火星", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i := range s {
			sparkUnplugged(s, i)
			if strings.HasPrefix(s[i:], "着火") {
				fearedOutcome(s, i, "着火")
			}
		}
		leftOff(s)
		parallelChoice(s)
		billRose(s)
		_ = Rules{}.Read(t.Context(), s)
	})
}
