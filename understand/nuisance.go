package understand

import (
	"regexp"
	"strings"
)

// This file tells a neighbour's nuisance complained of by the one it
// harms ("刘洋家的狗天天晚上叫 吵得睡不着", "对门天天烧东西 熏得我家没法
// 开窗", "张三家的鸡天天跑到我家菜地里") from talk of a neighbour's doings
// ("张三家的狗生小狗了 谁要") and one-off mishaps ("他家狗叫得好凶 吓我一
// 跳"). Three things must be told: a household other than the sender's
// (see nuisanceHousehold), a nuisance (see nuisances), and a harm to the
// sender that goes on (see sufferedNuisance). Such a complaint is a quarrel
// to mediate (see dispute); a nuisance no household makes ("村口的广场舞太
// 吵了") is the village's environment (see din and problem).

// neighbourNuisance reports whether t complains of a nuisance a neighbour
// household makes that harms the sender, and goes on. Burning rubbish or
// straw in the open ("隔壁天天烧塑料 呛死人了") is a 禁烧 matter for the
// village whoever does it (see burnOffs), and so is a nuisance a business
// makes ("楼下小卖部天天放大喇叭 吵死人") or one that harms a whole group
// ("锣鼓敲到半夜 吵得整个组睡不着"): no quarrel. Praise ("李大姐家的腊肉
// 熏得真香") tells of no nuisance at all.
func neighbourNuisance(t string) bool {
	return householdNuisance(t) && sufferedNuisance(t)
}

// HouseholdNuisance reports whether s tells of a nuisance a neighbour
// household makes, the harm to the sender told or not ("老刘家的狗天天
// 叫"): said after a quarrel's account, whose harm it goes on from, it is
// another household's quarrel; told alone it needs the harm
// (neighbourNuisance).
func HouseholdNuisance(s Said) bool { return householdNuisance(s.Canon) }

// householdNuisance is neighbourNuisance without the harm to the sender.
func householdNuisance(t string) bool {
	if containsAny(t, burnOffs) || containsAny(t, bannedBurnings) || containsAny(t, businesses) || containsAny(t, manyHarmed) || containsAny(t, pleased) {
		return false
	}
	return nuisanceHousehold(t) && (containsAny(t, nuisances) || roamsIn(t) || strings.Contains(t, "狗") && barkRe.MatchString(t))
}

// nuisanceHousehold reports whether t names a household other than the
// sender's: a neighbour (neighbours, nuisanceMakers: "对门", "那家"), one
// named by its head ("刘洋家", "老王家", "王五家"), or one otherHousehold
// finds.
func nuisanceHousehold(t string) bool {
	if containsAny(t, neighbours) || containsAny(t, nuisanceMakers) || otherHousehold(t) {
		return true
	}
	for _, m := range namedHouseRe.FindAllStringSubmatchIndex(t, -1) {
		if !hasAnyPrefix(t[m[1]:], placeEnds) {
			return true
		}
	}
	return false
}

var (
	// nuisanceMakers are households named without a name.
	nuisanceMakers = newLexicon("他家", "她家", "他们家", "她们家", "那家", "那户", "那一家", "楼下", "前院", "后院", "隔壁家")
	// namedHouseRe: a household named by its head as villagers do: a
	// surname and a given name, or 老/小 and a surname, then 家 ("刘洋家",
	// "王五家", "老王家", "小李家").
	namedHouseRe = regexp.MustCompile(`(?:(?:老|小)` + surnames + `|` + surnames + `\p{Han}{1,2})家()`)
	// placeEnds after a name and 家 make it a place ("王家村", "李家庄").
	placeEnds = newLexicon("村", "庄", "湾", "坪", "沟", "坝", "岭", "营", "屯", "寨", "堡", "洼", "河", "镇", "店", "口", "组", "塘", "院子里", "族")
)

// surnames are common surnames, as elderNamedRe knows them.
const surnames = `[王张李刘陈杨赵周吴徐孙胡朱林何郭罗梁宋郑谢韩唐冯董程曹袁邓许沈曾彭吕苏卢蒋蔡贾丁魏薛叶潘杜戴钟汪姜范姚廖邹熊陆郝孔崔康邱秦顾侯邵雷田黄马高石白]`

// businesses make a nuisance as trade, not as neighbours.
var businesses = newLexicon("小卖部", "超市", "商店", "店", "厂", "工地", "公司", "饭馆", "餐馆", "烧烤", "歌厅", "ktv", "养殖场", "猪场", "鸡场", "作坊", "门面", "铺子", "加工")

// manyHarmed say a nuisance harms a whole group or village, not one home.
var manyHarmed = newLexicon("整个组", "全组", "一组人", "全村", "整个村", "整村", "半个村", "一村人", "整条街", "大家都", "家家户户", "一片的人")

// bannedBurnings burn what gives off poison smoke, banned like burnOffs.
var bannedBurnings = newLexicon("烧塑料", "烧轮胎", "烧橡胶", "烧电线", "烧油毡", "烧泡沫")

// nuisances are what a household does that bothers the next: noise,
// smell and smoke, water and dirt let onto another's, a way blocked.
var nuisances = newLexicon(
	// noise
	"吵", "闹", "噪音", "放音乐", "放歌", "音响", "喇叭", "打麻将", "打牌", "搓麻将", "唱歌", "装修", "电钻", "敲敲打打", "叮叮当当", "狗叫", "鸡叫", "鹅叫", "打鸣",
	// smell, smoke
	"臭", "熏", "烧东西", "烧柴", "冒烟", "烟", "异味", "味道", "粪",
	// a din told by its sound: "天天早上五点就剁肉 咚咚的"
	"咚咚", "哐哐", "砰砰", "轰轰", "嗡嗡",
	// water, dirt
	"倒水", "洗衣水", "洗碗水", "往我家门口倒", "往我家院子", "泼水", "泼脏水", "倒垃圾", "扔垃圾", "丢垃圾", "脏水", "污水", "粪水", "臭水", "流到我家", "排到我家", "淌到我家",
	// a way or light blocked
	"堵", "占", "挡", "停在我家")

// roamsIn reports whether t tells of a household's animals let onto the
// sender's ground: "张三家的鸡天天跑到我家菜地里".
func roamsIn(t string) bool { return roamRe.MatchString(t) }

var roamRe = regexp.MustCompile(`[狗猫` + strayAnimals + `][^。!?！？]{0,8}?(?:跑|钻|飞|窜|拱|进)[^。!?！？]{0,3}?(?:我家|我们家|俺家|我地|我的地)`)

// sufferedNuisance reports whether t tells a harm to the sender that goes
// on: it keeps him from sleep or rest ("睡不着", "受不了", "没法开窗"), he
// complained to no avail ("说了好几次也不管"), or it lands on his own again
// and again ("天天跑到我家菜地里"), or dirt got onto it ("粪水流到我家
// 院子里了"). A fright once ("吓我一跳") is none.
func sufferedNuisance(t string) bool {
	if containsAny(t, disturbed) || containsAny(t, nuisanceHarms) || containsAny(t, unheeded) || containsAny(t, intrusions) {
		return true
	}
	return containsAny(t, mine) && containsAny(t, recurring)
}

var (
	// nuisanceHarms say a nuisance is more than one can bear.
	nuisanceHarms = newLexicon("没法", "没办法", "吵死", "臭死", "熏死", "烦死", "吵得", "不敢开窗", "开不了窗", "出不去", "进不去", "过不去", "晒不了", "呛得", "呛死")
	// intrusions say dirt got onto the sender's own: harm once is enough.
	intrusions = newLexicon("流到我家", "流进我家", "排到我家", "淌到我家", "漏到我家", "渗到我家", "渗进我家", "漫到我家")
	// pleased say a neighbour's doing pleases: no nuisance.
	pleased = newLexicon("真香", "好香", "好吃", "好听", "真好", "热闹", "羡慕")
	// unheeded say the sender asked the household to stop, in vain.
	unheeded = newLexicon("说了好几次", "说了几次", "说了多少次", "说了也不", "说过好几次", "说过几次", "也不管", "也不听", "不听劝", "讲了也不", "打过招呼也")
	// recurring say a thing happens again and again.
	recurring = newLexicon("天天", "每天", "经常", "老是", "总是", "一直", "三天两头", "隔三差五", "每晚", "天天晚上", "整晚", "整夜")
)
