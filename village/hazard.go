package village

import "strings"

// hazardTexts are, per kind of emergency, what those told of it are told
// to do (hint) and what the grid leader is asked to do at once, up to the
// 「确认」 he answers with (duty): a missing person is searched for, not a
// scene to guard. The zero Hazard holds the texts for any other kind of
// emergency. HazardRoad, HazardPower, HazardAnimal and HazardFumes give general reports
// their safety hint (report.general, understand.confirm). Every package's
// texts read them here (Hint, Duty), so that an alarm and its re-posts say
// the same.
var hazardTexts = map[Hazard]struct{ hint, duty string }{
	HazardNone:     {"需要时请拨打110、119、120。", "请网格长立即赶到现场、保护好现场，到场后回复"},
	HazardFire:     {"火情请立即拨打119，先疏散人员，不要冒险扑救。", evacuate},
	HazardGas:      {gasLeak + coalFumes, evacuate},
	HazardMedical:  {"有人受伤或病危请立即拨打120，" + medicalSpot[SpotUnsaid], "请网格长立即赶到现场协助救护，到场后回复"},
	HazardCrime:    {"治安情况请立即拨打110，有人受伤同时拨打120，注意自身安全。", "请网格长立即赶到现场，注意自身安全，到场后回复"},
	HazardMissing:  {"找人请立即拨打110，并把最后见到的时间、地点、衣着发到群里。", "请网格长立即组织人手分头寻找，开始找后回复"},
	HazardFlood:    {flee, evacuate},
	HazardCollapse: {"请立即远离危险区域，防止再塌；有人被压被困拨打119，有人受伤拨打120。", evacuate},
	// the dangers of general reports: a hint to the group, no duty
	HazardRoad:         {"请先在旁边放个警示，提醒过往的人绕行。", ""},
	HazardPower:        {"别靠近，打95598（供电）报修；电线落地或打火花请远离并拨打119。", ""},
	HazardAnimal:       {"请先看好孩子，绕开走，别去招惹；被咬伤或蜇伤请尽快去卫生院处理。", ""},
	HazardWiring:       {"家里电线有隐患：先别用手碰，把家里的电闸拉下来，请电工来修；打火花、冒烟请拨打119。", ""},
	HazardCold:         {"天冷屋里没暖和：老人独居的请网格员今天上门看看，帮着添衣盖被保暖；别在门窗紧闭的屋里烧炭火取暖，防煤气中毒。", ""},
	HazardSoaked:       {"屋里进水、电器泡在水里，人先别踩水进去，也别用手拔泡水的插头：先在干的地方把家里的电闸拉下来断电，再关总水阀。", ""},
	HazardPenned:       {"牲口压在塌了的棚子里：人先别钻进去救，棚顶还可能再塌；多叫几个人，先用木杆把棚顶撑住，再从外面扒开。有人被压请马上拨打119。", ""},
	HazardSmoulder:     {smoulder + "又冒烟起火马上打119。", ""},
	HazardSmoulderPlug: {smoulder + "着过火的电器拔掉插头，请电工看过再用；又冒烟起火马上打119。", ""},
	HazardFrozen:       {"水管冻住了别用明火烤（容易烤裂管子、引着火），也别直接浇开水：先打开水龙头，用热毛巾裹住或浇温水慢慢化开；化开后用旧衣服、稻草把露在外面的管子包好。", ""},
	HazardSnowRoof:     {"屋顶、棚顶被雪压得有塌的危险：里面的人先出来，住人的先搬到结实的屋子去住，别在下面待、睡觉、烤火；别一个人爬上房顶扫雪，要扫请多叫几个人、系好绳子，站在屋檐边往外推着扫；听到咯吱响、看到房梁裂了，人马上出来。", ""},
	HazardIce:          {"结冰的地方已经摔了人：先撒些炉灰、沙土或草木灰，旁边放个显眼的警示，提醒走路骑车的绕开或下车推着走；摔了的人头疼、腰背疼、起不来的，先别扶，马上打120。", ""},
	HazardSwindle:      {"上门或打电话要钱的，先别给钱、别转账、别说验证码：说是哪个单位的，打这个单位对外公开的电话核实；说家里人出了事的，先给家里人本人打个电话；拿不准就打反诈专线 96110。已经给了钱的，马上打110，收据、聊天和转账记录都留着。", ""},
	HazardPhones:       {"上门收旧手机、拿鸡蛋换旧手机的，手机常被拿去搞诈骗：旧手机、旧手机卡先别给他们；自己要处理的，先退出微信、支付宝和银行软件，拔出手机卡，再恢复出厂设置。看到这伙人请记下车牌，打110。", ""},
	HazardFumes:        {"炉子漏烟容易煤气（一氧化碳）中毒：修好前屋里别封炉过夜，开窗留缝通风；有人头晕、恶心请马上把人移到通风处，拨打120。", ""},
	HazardShutFire:     {"门窗关严的屋里烧炭火、生炉子容易煤气（一氧化碳）中毒：马上把窗户开条缝通风，睡前把炭盆端到屋外，炉子别封着过夜；屋里的人头晕、恶心请马上到屋外透气，拨打120。", ""},
	HazardEmbers:       {"孔明灯落在柴草上容易引火：请附近的人马上过去把灯取下来、用水浇灭，柴草垛上也泼点水，过后再看一眼有没有冒烟；已经冒烟着火的马上打119。", ""},
	HazardHeater:       {"电热毯、取暖器发烫或烤焦东西的，先拔掉插头别再用，摸摸被褥里面有没有烧焦、发烫的地方；请懂电的人看过再用，取暖器离被子、衣服远一点，电热毯睡前预热、睡觉时关掉。冒烟起火马上打119。", ""},
}

const (
	gasLeak   = "燃气泄漏：立即关阀门、开窗，不要开关电器、不要在屋里打电话，人员撤离到屋外后打燃气公司抢修电话或119。"
	coalFumes = "煤炉、炭火的烟会让人一氧化碳中毒：马上开窗通风，屋里的人先出到屋外，熏倒的人抬到屋外；有人头晕、恶心或叫不醒请拨打120。"
	evacuate  = "请网格长立即赶到现场、组织疏散，到场后回复"
	// smoulder opens the advice after a fire put out (HazardSmoulder)
	smoulder = "火灭了也别大意：烧过的沙发、被褥、柴草里面可能还在阴燃，用水浇透或搬到屋外；开门开窗通风，人先到屋外，有人头晕、恶心、咳得厉害的拨打120；"
	flee     = "请立即远离危险区域，有人被困拨打119，需要时拨打110。"
	// scamDuty is the grid leader's at a scam under way (understand.Scam):
	// the money is stopped by reaching the one sending it, not at a scene
	scamDuty = "请网格长马上给被骗的人打电话或上门找到他，让他停止转账，联系上后回复"
)

func (h Hazard) texts() struct{ hint, duty string } {
	if x, ok := hazardTexts[h]; ok {
		return x
	}
	return hazardTexts[HazardNone]
}

// Hint is what those told of an emergency of hazard h are told to do
// first: 119 a fire, 120 the hurt, 110 a crime.
func (h Hazard) Hint() string { return h.texts().hint }

// HintOf is Hint, with coal (understand.Scene.Coal: a gas alarm told by a
// stove's or a chimney's words, no pipeline gas) the coal-fumes line
// alone: no valve to shut where a stove overcame one; and for the hurt
// or ill, the place 120 is told as spot (understand.Scene.Spot) puts
// them: a home's 门牌号, a road's 路口 (alarm111: a fall at home was told
// to name a 路口).
func (h Hazard) HintOf(coal bool, spot Spot) string {
	switch {
	case coal && h == HazardGas:
		return coalFumes
	case h == HazardMedical:
		return "有人受伤或病危请立即拨打120，" + medicalSpot[spot]
	}
	return h.Hint()
}

// Spot is where an alarm's words put the hurt or ill (understand.Scene.Spot).
type Spot int

const (
	// SpotUnsaid: no place said ("我妈晕倒了 叫不醒").
	SpotUnsaid Spot = iota
	// SpotHome: in a home, its yard or doorway ("在家里摔了一跤", "院子里").
	SpotHome
	// SpotOut: on a road, a field, the water ("村口", "地里", a crash).
	SpotOut
)

// medicalSpot is how a 120 call places the hurt, by Spot: an ambulance
// finds a home by its 门牌号 (and someone sent to the road to wave it in),
// a road by its 路口.
var medicalSpot = map[Spot]string{
	SpotUnsaid: "说清村名和具体在哪（在家的说门牌号，在外面的说路口）。",
	SpotHome:   "说清村名、组和门牌号，能的话让人到路口接一下救护车。",
	SpotOut:    "说清村名和路口。",
}

// Duty is what the grid leader of an emergency of hazard h is asked to do
// at once, up to the 「确认」 he answers with; with scam (a scam under way)
// to stop the transfer, unless its target was hurt (a medical alarm).
func (h Hazard) Duty(scam bool) string {
	if scam && h == HazardCrime {
		return scamDuty
	}
	return h.texts().duty
}

// Go is Duty without the 「确认」 he would answer with: nothing was
// registered to 确认 (the store is down).
func (h Hazard) Go(scam bool) string {
	d := h.Duty(scam)
	if i := strings.LastIndex(d, "，"); i >= 0 {
		d = d[:i]
	}
	return d
}
