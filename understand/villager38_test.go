package understand

import (
	"testing"

	"gridbot/village"
)

// TestReadScams: a scam underway ("让她去银行转钱 俺现在联系不上她") is
// an alarm for 110 before the money goes; a scam told after, a suspicious
// caller and a scammer's means (刷单, 陌生号码, 验证码) are 治安 reports;
// a warning to all and a transfer named in passing are neither.
func TestReadScams(t *testing.T) {
	const order = "治安"
	checkReads(t, []readCase{
		{"told to move money now, unreachable", "俺妈接了个电话 说是公安局的 让她去银行转钱 俺现在联系不上她 急", emergencyOf(village.HazardCrime, order)},
		{"safe account, stop her", "我妈一个人在家接到电话 说她银行卡涉嫌洗钱 叫她现在转到安全账户 大家快帮我去拦一下", emergencyOf(village.HazardCrime, order)},
		{"money gone last week", "上周俺爹接了个冒充公安的电话 已经转了两万 现在咋办", reportIn(order)},
		{"fake order-brushing", "我叔在网上刷单 被人骗了三万 报警了派出所让等消息", reportIn(order)},
		{"stranger's text asking money", "有个陌生号码给俺发短信 说俺孙子出事了要打钱 吓死我了", reportIn(order)},
		{"caller after a code", "刚才有个人打电话给我 说是网格员 要我报身份证号和验证码 我没给 挂了", reportIn(order)},
		{"warning not to transfer", "大家注意 最近冒充公安打电话的骗子多 千万莫转账", noiseIn(order)},
		{"a son's transfer", "儿子说现在给我转钱 让我去银行取", noiseIn("其他")},
	})
}

// TestReadVillageNewTopics: land, care, customs, accounts, noise and
// wild animals as villagers tell them, each beside a look-alike that is
// chat or a question.
func TestReadVillageNewTopics(t *testing.T) {
	const safety, other, policy = "安全隐患", "其他", "政策咨询"
	checkReads(t, []readCase{
		{"building permit still pending", "建房审批下来没有啊 材料交上去都三个月了 一点音信都没", approvalIn(policy)},
		{"voice-typed 宅基地", "摘基地的审批表在哪领 村里有没有", approvalIn(policy)},
		{"voice-typed 医保", "今年的一保咋交啊 手机上弄不来 😭", approvalIn(policy)},
		{"built without a permit", "二组那家没批就在耕地上盖房子 都起到二楼了", reportIn(safety)},
		{"pension short", "养老金这个月咋少了一百多 也没人说一声", reportIn(policy)},
		{"neighbours compare paying", "医保交了没 我交了😂", noiseIn(other)},
		{"a payout for wild boar damage", "野猪糟蹋庄稼有没有补贴啊", approvalIn(policy)},
		{"monkeys strip the peaches", "猴子把俺家桃子摘光了 树枝也掰断了 这谁管啊", reportIn(other)},
		{"monkeys seen", "今天在山上看到猴子了 好可爱🐒", noiseIn(other)},
		{"dog bit a passing child", "老周家那条大黑狗又把过路的娃咬了一口 这是第三回了", reportIn(safety)},
		{"whose dog chases children", "谁家的狗没拴 在学校门口追娃娃 吓得娃哇哇哭", reportIn(safety)},
		{"bus wanted to the hospital", "村里能不能通个公交 老人去医院太不方便了", reportIn("道路交通")},
		{"bus cut to two a day", "镇上到村里的公交改成一天两趟了 赶不上就得走回来", reportIn("道路交通")},
		{"parcels not delivered", "快递到镇上就不送了 老人取个快递要走一个钟头", reportIn(other)},
		{"lavish feast", "二组那家娃考上大学 摆了四十桌升学宴 还收礼 村里管不管", reportIn(other)},
		{"going to a feast", "明天去老张家吃酒 你们去不去", noiseIn(other)},
		{"burning paper reaches the wood", "有人在山上乱埋坟 还烧纸 都快烧到林子里了", emergencyOf(village.HazardFire, safety)},
		{"betrothal gift kept", "俺儿子订婚给了十八万彩礼 现在女方悔婚 彩礼一分不退", mediationIn("矛盾纠纷")},
		{"betrothal gift to hand back", "彩礼给了二十万 结婚半年就要离 男方要俺家把彩礼全退了 能不能调解", mediationIn("矛盾纠纷")},
		{"betrothal gifts too dear", "侄子说媳妇 女方要三十万彩礼加一套房 家里哪拿得出", noiseIn(other)},
		{"neighbour's tricycle at the door", "老王天天把三轮车停俺家门口 挡着俺出门 说了好几回", mediationIn("矛盾纠纷")},
		{"a neighbour passes news on", "老王说村口路灯又不亮了 晚上黑黢黢的", reportIn("道路交通")},
		{"scaffold over the wall", "对面老刘家盖楼 脚手架搭到俺家院子里来了 也不打个招呼", mediationIn("矛盾纠纷")},
		{"square dance at full blast", "广场舞音响开得震天响 一直跳到十点多 老人娃都睡不着", reportIn("环境卫生")},
		{"quarry roars all day", "村口那个石料厂机器从早轰到晚 耳朵都要聋了", reportIn("环境卫生")},
		{"road money, no accounts", "修路的钱到底花了多少 村里账也不公开 大家心里都有疑问", reportIn(other)},
		{"collective pond, no one knows", "村集体那片鱼塘租给谁了 租金多少 咋没人晓得", reportIn(other)},
		{"share not handed out", "承包鱼塘的钱 村里说好年底分 到现在还没分", reportIn(other)},
		{"land contract short", "俺家地被流转了 合同上写的面积比实际少了两亩", mediationIn("矛盾纠纷")},
		{"elder answers no call", "王奶奶好几天没出门了 喊也不应 窗户里黑黢黢的", emergencyOf(village.HazardMedical, safety)},
		{"nothing to eat, no one visits", "五保户张大爷屋里没吃的了 也没人去看看", reportIn(other)},
		{"ask a visit to a father alone", "俺爹一个人在家 俺们在外地 能不能请网格员有空去看看他", reportIn(other)},
		{"voltage swings", "热水器用不了 电压忽高忽低的 灯也一闪一闪", reportIn("水电设施")},
		{"tower promised, nothing done", "移动的信号塔不是说年底建吗 咋还没动静", reportIn("水电设施")},
		{"a broken beam children climb", "村口那个废弃的老仓库 房梁都断了 小孩老往里钻", reportIn(safety)},
	})
}
