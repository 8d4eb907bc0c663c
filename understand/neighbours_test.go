package understand

import (
	"testing"

	"gridbot/internal/fuzzseed"
	"gridbot/village"
)

// TestReadFallenObjects: a tree, a pole, roofing or a sign fallen or
// blown onto a house, a road or a line is a report (a road's a traffic
// matter, the rest a safety hazard); someone pinned under it, a wire
// lying on the ground, or one it broke (alarm74) is an emergency; leaves, a tree felled on purpose
// and a pole only about to fall are not fallen objects.
func TestReadFallenObjects(t *testing.T) {
	const safety, road = "安全隐患", "道路交通"
	noise := noiseIn("其他")
	checkReads(t, []readCase{
		{"tree on the roof", "树倒了压在我家房顶上", reportIn(safety)},
		{"roofing blown onto the road", "大风把彩钢瓦刮到路上了", reportIn(road)},
		{"tree across the road", "风把后面那棵杨树刮倒了 横在马路上", reportIn(road)},
		{"branch on the village road", "一根大树枝掉在村道上了", reportIn(road)},
		{"sign on a car", "招牌被风吹下来了 砸在楼下的车上", reportIn(safety)},
		{"bamboo on the pigsty", "竹子倒了 压在猪圈上", reportIn(safety)},
		{"tree down, landing unsaid", "学校门口那棵大树倒了", reportIn(safety)},
		{"tree on a line", "大树倒在电线上了", reportIn(safety)},
		// alarm74: a line a tree fell on, still up, is a report
		// registered at once (TestLiveLineRegistered); broken by a blow
		// or sparking it is an alarm
		{"tree blown onto a line", "俺家门口那棵树被风刮倒了 压着电线了", reportIn(safety)},
		{"tree onto a line, not a collapse", "路边的树被风吹倒了 砸到电线了", reportIn(safety)},
		{"line broken by the wind", "电线被风刮断了", emergencyOf(village.HazardNone, safety)},
		{"line broken by a tree", "树倒了 把电线压断了", emergencyOf(village.HazardNone, safety)},
		{"line sparking", "村口电线杆上的线在打火", emergencyOf(village.HazardFire, safety)},
		{"line broken, someone hurt", "树倒了 把人砸伤了 电线也压断了", emergencyOf(village.HazardCollapse, safety)},
		{"line broken by the wind, power out", "电线被风刮断了 我们这一片都停电了", reportIn("水电设施")},
		{"someone pinned", "树倒下来了 压住了一个人 快来人", emergencyOf(village.HazardCollapse, safety)},
		{"wire on the ground", "树把电线压断了 电线拖在地上", emergencyOf(village.HazardNone, safety)},
		{"pole down, wire on the road", "电线杆倒了 电线横在路上", emergencyOf(village.HazardNone, safety)},
		{"wire broken, power out", "电线断了 我们这一片都没电了", reportIn("水电设施")},
		{"power cut off from the wire", "电线断了掉在地上 供电所已经拉闸了", reportIn("水电设施")},
		{"leaves", "一夜大风 树叶落了一地", noise},
		{"felled on purpose", "把门口那棵树砍倒了 晚上烧火用", noise},
		{"pole only leaning", "电线杆快倒了 在路边", reportIn("水电设施")},
	})
}

// TestReadNeighboursAsking: a question one villager puts to another about
// himself or to ask him along is chat; a question about a service, news
// or a procedure, put the same way, asks for information.
func TestReadNeighboursAsking(t *testing.T) {
	noise, query := noiseIn("其他"), queryIn("其他")
	checkReads(t, []readCase{
		{"eaten yet", "你吃饭了没", noise},
		{"going to market", "今天去赶集不", noise},
		{"cards tonight", "晚上打牌不", noise},
		{"going to town", "明天去不去镇上", noise},
		{"errands in town", "明天去镇上办事不", noise},
		{"errands in the county", "你后天进城办点事吗", noise},
		{"child home", "你家娃回来没", noise},
		{"asked along", "下午去镇上不 一起", noise},
		{"a drink", "喝两杯不 我请", noise},
		{"home yet", "到家了没", noise},
		{"his name", "你叫什么名字", noise},
		{"rain over there", "你那边下雨了没", noise},
		{"market on today", "今天镇上赶场不", query},
		{"film tonight", "今晚放电影不", query},
		{"post office open", "邮政所周六开门不", query},
		{"what he knows", "恁知道不 镇上那个集市挪到哪了", query},
		{"what the bot can do", "网格小助手 你能查天气吗", query},
		{"the way", "去镇政府怎么走", query},
		{"what an errand needs", "去镇上办事要带身份证不", approvalIn("政策咨询")},
		{"the service hall open", "镇上办事大厅明天开门不", query},
		{"dance still on", "广场舞今晚还跳不跳", query},
		{"fishing allowed", "河边那片现在还让钓鱼吗", query},
		{"power over there", "你们那边停电了没", queryIn("水电设施")},
		{"complaint put to him", "你家的狗咋老是半夜叫 能不能管管", reportIn("其他")},
	})
}

// TestAsksCadres: who the grid's cadres are and how to reach them is
// asked (and read as a question); a matter told with it, a villager's
// phone, a call told of and praise are not such a question.
func TestAsksCadres(t *testing.T) {
	for _, text := range []string{"网格员的电话是多少", "我们组网格长是谁", "有事找谁", "有事该联系谁", "网格长电话有吗", "网格员的电话是多少 有事找不到人", "谁知道网格员的手机号"} {
		if !AsksCadres(Hear(text)) {
			t.Errorf("AsksCadres(%q) = false; want true", text)
		}
		if r := read(t, text); r.Intent != village.IntentQuery {
			t.Errorf("Read(%q).Intent = %s; want query", text, r.Intent)
		}
	}
	for _, text := range []string{"路灯坏了找谁", "医院门口的路塌了一块 找谁", "网格员打电话来了吗", "网格员辛苦了", "张三的电话是多少", "你电话多少", "谁是网格员 真负责 点个赞"} {
		if AsksCadres(Hear(text)) {
			t.Errorf("AsksCadres(%q) = true; want false", text)
		}
	}
}

// FuzzAsksNeighbourAndCadres: a question put to a neighbour about himself
// is not one about the grid's cadres, and neither is one once a matter
// is told after it ("路灯坏了找谁" reports the lamp); a space or an emoji
// after it changes neither. (An alarm told after it is the reader's:
// it reads an emergency first, and the handlers answer no question of
// one.)
func FuzzAsksNeighbourAndCadres(f *testing.F) {
	for _, s := range []string{"你吃饭了没", "晚上打牌不", "网格员的电话是多少", "有事找谁", "你 去 不 去", "", "不", "没没没", "去不去你们谁知道网格长", "\xff你不",
		"网格长电话有吗", "你知道网格员是谁不", "明天去不去镇上 网格员电话多少", "有事该联系谁[", "网格员的电话是多少 不是"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, text string) {
		s := Hear(text)
		n, c := AsksNeighbour(s), AsksCadres(s)
		if n && c {
			t.Errorf("%q asks a neighbour about himself and about the cadres", text)
		}
		for _, matter := range []string{"。村口路灯坏了好几天了", "。村里自来水停了三天了"} {
			if m := Hear(text + matter); AsksNeighbour(m) || AsksCadres(m) {
				t.Errorf("%q tells a matter, yet reads as a question to a neighbour (%v) or about the cadres (%v)", text+matter, AsksNeighbour(m), AsksCadres(m))
			}
		}
		for _, noise := range []string{" ", "\u3000", "\n", "👍", "😂", "[强]"} {
			if m := Hear(text + noise); AsksNeighbour(m) != n || AsksCadres(m) != c {
				t.Errorf("%q reads %v, %v; with %q after it %v, %v", text, n, c, noise, AsksNeighbour(m), AsksCadres(m))
			}
		}
	})
}
