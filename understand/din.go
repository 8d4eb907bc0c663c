package understand

import (
	"regexp"
	"strings"
)

// This file tells a din complained of ("隔壁打麻将到凌晨两点 洗牌声哗啦哗
// 啦的", "工地晚上十点还在打桩 咚咚咚的", "楼下烧烤店天天吵到后半夜") from
// talk of the same pastimes ("昨晚打麻将到两点 手气真背"): the din keeps
// someone from sleep or rest, or comes from others. A neighbour's din is
// a quarrel to mediate (see dispute); any other one a nuisance to the
// village's environment (see problem).

// din reports whether t complains of a din: a din-maker (see dinMakers)
// at an hour people sleep (see sleepHours), told by one it disturbs (see
// disturbed) or of others making it (see dinners); or a din told by its
// loudness (see loudness) or by a public din-maker complained of (see
// publicDins).
func din(t string) bool {
	if containsAny(t, loudness) || containsAny(t, publicDins) && containsAny(t, dinComplaints) {
		return true
	}
	makes := containsAny(t, dinMakers) || strings.Contains(t, "狗") && barkRe.MatchString(t)
	late := containsAny(t, sleepHours)
	return makes && late && (containsAny(t, disturbed) || containsAny(t, dinners)) || late && containsAny(t, drinkings) && containsAny(t, dinners)
}

// barkRe finds a dog that barks: "对门家的狗一到半夜就叫".
var barkRe = regexp.MustCompile(`狗[^,。!?;:\s]{0,6}(?:叫|吠|汪)`)

var (
	// dinMakers are what makes a din: pastimes, music, building work.
	dinMakers = newLexicon("麻将", "打牌", "洗牌", "唱歌", "唱", "放歌", "放音乐", "音乐", "音响", "喇叭", "电视", "打桩", "施工", "装修", "电钻", "切割", "放炮", "鞭炮", "划拳", "ktv", "卡拉ok", "广场舞", "机器", "吵", "闹", "狗叫")
	// drinkings are a drinking party and its bottles smashed: a din of
	// others (dinners) only, one's own late drink ("喝到两点 今天头疼") is
	// none (und103)
	drinkings = newLexicon("喝酒", "喝到", "摔酒瓶", "摔瓶子", "砸瓶子")
	// sleepHours are when people sleep or have just got up.
	sleepHours = newLexicon("半夜", "凌晨", "深夜", "三更", "后半夜", "十一点", "十二点", "晚上十点", "夜里十点", "一大早", "天不亮", "早上五点", "早上四点", "一晚上", "一整晚", "通宵", "一宿", "整宿", "一整夜", "整夜",
		// the small hours told by the clock: "又喝到两点" (und103)
		"到一点", "到两点", "到三点", "到四点", "一两点", "两三点")
	// disturbed tell of those a din keeps from sleep or rest.
	disturbed = newLexicon("睡不着", "睡不好", "睡不踏实", "睡不安稳", "睡不了", "没法睡", "困不着", "吵醒", "吓醒", "受不了", "烦死", "烦人", "让不让人睡", "头都炸", "头疼", "头痛", "考试", "吓得直哭", "哭")
	// dinners are those a din comes from, not the sender.
	dinners = newLexicon("隔壁", "邻居", "楼上", "楼下", "对门", "对面", "那家", "他家", "人家", "工地", "店", "厂", "场")
	// publicDins make a din for all who live near, no one household's:
	// "村口的广场舞太吵了" is the village's to settle (环境卫生).
	publicDins = newLexicon("广场舞", "大喇叭", "高音喇叭", "喇叭", "广播", "工地", "烧烤摊", "歌厅", "舞厅", "ktv", "卡拉ok")
	// loudspeakers are the village's own din-makers: a 其他 thing when
	// broken, a din when too loud (see problem).
	loudspeakers = newLexicon("喇叭", "广播")
	// dinComplaints say a din is too loud to bear.
	dinComplaints = newLexicon("太吵", "好吵", "很吵", "吵死", "吵得", "扰民", "噪音太大", "受不了", "睡不着")
	// loudness tells a din by how loud it is.
	loudness = newLexicon("开到最大", "开得老大", "开老大", "声音老大", "声音好大", "声音太大", "声音开那么大", "大得窗户", "窗户都在震", "玻璃都在抖", "玻璃都在震", "咚咚咚", "哗啦哗啦", "轰隆隆", "轰轰轰", "吵死人", "吵得要命",
		// the din told as 动静 (und108): "打麻将动静太大"
		"动静太大", "动静好大", "动静老大", "动静很大", "动静特别大", "动静大得", "动静也太大")
	// homePastimes make a din in someone's home: the household's, a
	// quarrel to mediate whoever tells it (und108: "村里打麻将的动静太大
	// 半夜都不停"), as a neighbour's din is.
	homePastimes = newLexicon("麻将", "打牌", "洗牌", "划拳", "喝酒")
)

// dutyRe is the sender's own next-day duty, a reason a din or a fault
// hurts, no plan of the village's: "孩子明天要考试", "明天还要上班".
var dutyRe = regexp.MustCompile(`(?:明天|明早|明儿|后天)(?:一早|早上)?(?:还|都)?(?:要|得)?(?:考试|上学|上课|上班|中考|高考|早起|干活|出工|赶集)`)
