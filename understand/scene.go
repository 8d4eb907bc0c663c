package understand

import (
	"cmp"
	"regexp"
	"slices"
	"strings"

	"gridbot/village"
)

// Scene is what an emergency's words tell its scene needs beside its
// hazard's hint (village.Hazard.Hint): every text that tells people what to
// do at an emergency — its first alarm, a call note's alarm, the watchdog's
// re-posts, the duty chat's posts — reads it here, so that they all give
// the same steps.
type Scene struct {
	// Power: a power line or pole down ("电线杆倒了", an emergency of no
	// hazard whose caution is HazardPower): keep away, 95598.
	Power bool
	// WireFire: a fire in power lines ("电线着火了"): no water, 95598.
	WireFire bool
	// HomeWire: a fire or sparks in a home's own wiring ("屋里的电线老化
	// 了 插座冒火花", Caution HazardWiring) or in a plugged-in appliance
	// ("取暖器着火了", "电热毯冒烟了", alarm87), and no line outside: no
	// water, the home's own switch pulled; the power company is no use
	// inside.
	HomeWire bool
	// EBike: an electric bike, tricycle or its battery on fire ("楼道里
	// 的电动车着了", "电瓶充电冒烟了", alarm89): a battery fire flares and
	// water does not put it out; the power is cut, people get out and
	// away from its smoke, 119; the bike is charged outdoors after. It
	// takes the place of HomeWire's line.
	EBike bool
	// Burn: someone burnt or scalded, or his hair or clothes on fire
	// ("头发被炉子燎着了", "手烧伤了", "开水烫伤了", alarm89): put out by
	// rolling or covering, cooled under running water, nothing smeared
	// on, clothes stuck to the skin left, 120 (a sudden harm with first
	// steps of its own: Ill).
	Burn bool
	// Eye: someone's eye hit by a firecracker's blast or pierced ("孩子玩
	// 摔炮 把眼睛崩到了", "眼睛被树枝扎了", alarm102): not rubbed, not
	// rinsed, nothing pulled out, both eyes covered lightly, to a
	// hospital's eye clinic at once. It takes the place of Burn's line
	// when only the blast tells a burn (cool water is no eye's aid).
	Eye bool
	// Pit: someone down a vegetable cellar or a biogas pit who does not
	// come up ("俺爹下菜窖拿白菜 半天没上来", alarm102): no air there;
	// nobody goes down after him unroped, air is fanned in, 119 beside 120.
	Pit bool
	// Crash: a road crash, for the traffic police (122) beside 120.
	Crash bool
	// Drown: someone in the water, for 110 beside 120, and no rescuer
	// who cannot swim going in after him.
	Drown bool
	// Ice: someone through the ice ("冰裂了 掉下去了", "掉冰窟窿里了"), a
	// drowning: nobody walks out on the ice after him; lie flat, hand a
	// pole or a rope from the bank, warm him once out. It takes the place
	// of Drown's line (alarm101).
	Ice bool
	// CarIn: someone in a vehicle gone off the road or into water ("面包
	// 车滑到沟里去了 司机还在车里", "三轮车翻到河里了"): 120 beside the
	// traffic police, 119 to cut him out, nobody pulling him out by force
	// (alarm101).
	CarIn bool
	// Scam: a scam under way ("我妈正在给骗子转账", Scam): stop the money
	// going, 96110, the bank, the records; the leader reaches the victim
	// rather than a scene. Of a medical alarm, its target hurt after the
	// ask ("…让她转钱 她急得晕过去了", und111): the steps beside 120's.
	Scam bool
	// NoBreath: someone hurt or ill who does not breathe ("捞上来了 没气
	// 了"): chest compressions now, as 120's operator guides, until the
	// doctor comes.
	NoBreath bool
	// Fall: someone fallen or fallen from a height ("王奶奶摔倒了",
	// "从房顶摔下来了"), no road crash: not lifted in haste, not moved at
	// all with his neck or back hurt, bleeding pressed, kept warm.
	Fall bool
	// Machine: someone caught in a machine ("王五的手被机器绞了", "手卷进
	// 脱粒机了"): stop it and cut its power first, nobody pulls the limb
	// out; the duty chat may need 119 to cut him free (alarm75).
	Machine bool
	// Heart, Stroke, Fit, Poison, Faint, Fever, Bleed: a sudden illness
	// or a bleeding, each with its own first steps until 120 comes
	// (alarm76): a heart attack sits still, a stroke is laid on its side
	// and its hour noted, a fit is not held down nor anything put in the
	// mouth, a poisoning takes its bottle along, one who will not wake
	// is laid on his side, a child's fever is cooled, a bleeding pressed.
	Heart, Stroke, Fit, Poison, Faint, Fever, Bleed bool
	// Pressure, Sugar, Allergy: blood pressure flaring, low blood sugar,
	// an allergy that swells or chokes (alarm78): sit still and no extra
	// pills, sugar while awake, sit up and nothing more of what set it off.
	Pressure, Sugar, Allergy bool
	// Chill: one drunk asleep or lying out of doors in the cold ("我家老头
	// 喝了酒 大冷天躺在路边睡着了", und111): got in and warmed, laid on
	// his side lest he choke, 120 if he will not wake or is cold through.
	Chill bool
	// Lost: an elder found out of doors who cannot say where he lives
	// ("有个老人在村口转悠 问他家在哪也说不清 冻得直哆嗦", und112): taken
	// into a warm room and kept there, his likeness shown round, 110 to
	// find his family. Warmed as Cold says when he is frozen stiff too.
	Lost bool
	// Inside: a fire with someone still in the house ("他家着火了 老人还在
	// 屋里", "屋里还有人没出来", lost97): 119 told that people are inside,
	// nobody running in after them, 120 for those got out. It is a fire's
	// rescue, no search for a missing person (PeopleInside).
	Inside bool
	// Coal: a gas alarm told by a stove's, a charcoal fire's or a
	// chimney's words and none of pipeline or bottled gas ("烤炭火晕倒在屋
	// 里了", "烟囱漏烟 她说头晕"): carbon monoxide, so the hint is the
	// coal-fumes line alone (village.Hazard.HintOf). So is one poisoned
	// with no such gas named ("煤气中毒了 人已经晕了": overcome).
	Coal bool
	// Cold: someone lying in the snow or on the ice, or frozen stiff
	// ("有人喝多了躺在雪地里 叫不醒", "老人在外面冻僵了"): moved out of the
	// cold and warmed slowly, no fire, no rubbing with snow, no drink
	// (alarm111: he was told only to be laid on his side with his collar
	// loosened, in the snow).
	Cold bool
	// Dizzy: one suddenly dizzy and unsteady on his feet ("天太冷了 俺爹出
	// 去一趟回来就说头晕 站不稳", alarm112): sat or laid down, not walked,
	// kept warm, and looked at for a stroke's face, arm and speech with the
	// hour noted. Its line gives way to Stroke's and Pressure's.
	Dizzy bool
	// Child: a missing-person alarm of a child ("俺家小孙子出去玩到现在还
	// 没回来"): the duty chat hears it is a child, reported to 110 at once,
	// and searched for first where winter water and cellars are (alarm111).
	// 孩子他爹 is the husband.
	Child bool
	// Count is how many its words tell are hurt or in danger when more
	// than one (InDanger: "两人", "三人", "多人"), of no crime: the duty
	// chat tells 120 and 119 how many to send for (alarm105).
	Count string
	// One is the one of several singled out as hurt or in danger ("几个娃
	// 在滑冰 冰裂了 有个娃掉下去了": "一个孩子") when no count is (Count):
	// the duty chat hears it is one, and a child (alarm111).
	One string
	// Spot is where a medical alarm's words put the hurt or ill (a home,
	// a road or field), for the place the 120 line asks to be told
	// (village.Hazard.HintOf, alarm111).
	Spot village.Spot
}

// SceneOf is the scene s, an emergency of hazard h, tells of.
func SceneOf(s Said, h village.Hazard) Scene {
	has := func(words []string) bool {
		return slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s.Canon, w) })
	}
	ebike := h == village.HazardFire && has(EBikeWords) && !has(outdoorLines)
	homeWire := h == village.HazardFire && (Caution(s) == village.HazardWiring || has(homeAppliances)) && !has(outdoorLines) && !ebike
	// a vehicle gone into water: its people may be under it (alarm101)
	carSunk := h == village.HazardMedical && has(intoWater.words) && has(vehicles.words)
	// one of the skaters gone down ("去水库滑冰 有一个掉下去了", alarm112:
	// it had a fall's lines, none of the ice's)
	through := h == village.HazardMedical && has(wentUnder) && has(brokenIce.words)
	drown := h == village.HazardMedical && (has(drownWords) || wetAfter(s.Canon)) || carSunk || through
	eye := h == village.HazardMedical && has(eyeWords) && has(eyeHarms)
	// a 摔炮 thrown down to go off is no fall (alarm102)
	fell := slices.ContainsFunc(fallWords, func(w string) bool { return strings.Contains(strings.ReplaceAll(s.Canon, "摔炮", ""), w) })
	// a scam's story ("说我弟出车祸了 让她马上转钱") tells the caller's
	// crash, no road's (und111)
	scam := (h == village.HazardCrime || h == village.HazardMedical) && Scam(s)
	crash := CrashTold(s) && !(scam && scamStory(s.Canon))
	return Scene{
		Power:    h == village.HazardNone && Caution(s) == village.HazardPower,
		WireFire: h == village.HazardFire && has(liveWires) && !homeWire && !ebike,
		HomeWire: homeWire,
		EBike:    ebike,
		Burn:     (h == village.HazardFire || h == village.HazardMedical) && (has(burnWords) && !(eye && !has(flameBurnWords)) || h == village.HazardFire && (has(hairWords) || wornAlight(s.Canon))),
		Eye:      eye,
		Pit:      h == village.HazardMedical && (has(pitWords) || downAfter(s.Canon)),
		Crash:    h == village.HazardMedical && (crash || (has(motorRidden) || has(coaches.words)) && (fell || has(overturned)) || vehicleHitRe.MatchString(s.Canon)),
		Drown:    drown,
		Ice:      drown && has(iceWords),
		CarIn:    h == village.HazardMedical && (carSunk || has(carHeld) || has(vehicles.words) && has(stillIn)),
		Scam:     scam,
		NoBreath: h == village.HazardMedical && has(noBreath),
		Fall:     h == village.HazardMedical && fell && !crash && !drown,
		Machine:  h == village.HazardMedical && has(machineWords),
		Coal:     h == village.HazardGas && (has(coalWords) || has(overcome)) && !has(pipedGas),
		Inside:   h == village.HazardFire && PeopleInside(s),
		Heart:    h == village.HazardMedical && has(heartWords),
		Stroke:   h == village.HazardMedical && has(strokeWords),
		Fit:      h == village.HazardMedical && has(fitWords),
		Poison:   h == village.HazardMedical && has(poisonWords),
		Faint:    h == village.HazardMedical && has(faintWords) && !has(noBreath) && !has(sugarWords),
		Pressure: h == village.HazardMedical && has(pressureWords),
		Sugar:    h == village.HazardMedical && has(sugarWords),
		Allergy:  h == village.HazardMedical && has(allergyWords),
		Chill:    h == village.HazardMedical && has(drunk.words) && has(lyingOut.words),
		Lost:     h == village.HazardMedical && lostElder(s.Canon),
		Fever:    h == village.HazardMedical && has(feverHigh.words),
		Bleed:    h == village.HazardMedical && has(bleedsOn.words) && has(bloodWords) && !has(fallWords) && !has(machineWords),
		Child:    h == village.HazardMissing && containsAny(childParents.Replace(s.Canon), children),
		Dizzy:    h == village.HazardMedical && containsAny(s.Canon, dizzyWords) && containsAny(s.Canon, unsteady),
		Cold:     h == village.HazardMedical && (containsAny(s.Canon, lyingInSnow) || containsAny(s.Canon, frozenStiff) || containsAny(s.Canon, coldShakes) && containsAny(s.Canon, coldDazed)),
		Count:    peopleCount(s, h),
		One:      oneCount(s, h),
		Spot:     spotOf(s.Canon, h, crash || drown || carSunk),
	}
}

// spotOf is Scene.Spot of canonical text t, an alarm of hazard h; out
// when its scene is a road's or the water's whatever place is said.
func spotOf(t string, h village.Hazard, out bool) village.Spot {
	switch {
	case h != village.HazardMedical:
		return village.SpotUnsaid
	case out || containsAny(t, awaySpots):
		return village.SpotOut // "俺爹从家里出来 在路上摔了": where he lies
	case containsAny(t, homeSpots) || containsAny(t, cameHome):
		return village.SpotHome
	}
	return village.SpotUnsaid
}

// homeSpots are a home's rooms, yard and doorway; awaySpots a road, a
// field, the water or the town, where 120 is told a 路口 (spotOf).
var (
	homeSpots = newLexicon("在家", "家里", "家中", "屋里", "屋内", "房里", "房间", "院里", "院子", "院坝", "炕上", "床上", "厕所", "茅房", "茅厕", "卧室", "厨房", "灶屋", "灶房", "堂屋", "家门口", "院门口", "房顶", "屋顶", "房上", "楼梯", "菜窖", "猪圈", "牛棚", "羊圈", "柴房")
	awaySpots = newLexicon("路上", "路边", "路口", "路面", "马路", "公路", "村道", "村口", "桥", "河", "塘", "水库", "地里", "田里", "山上", "后山", "山里", "坡上", "街上", "集上", "镇上", "县城", "城里", "广场", "学校", "村委", "工地", "厂里", "沟里", "冰上", "冰面", "外面", "外头", "半路", "车站",
		// a driver or rider who came upon him ("开车撞见一个老太太摔倒了")
		"开车", "骑车")
)

// cameHome tell the hurt or ill is back home now ("出去一趟回来就说头晕",
// alarm112): 120 comes to the house.
var cameHome = newLexicon("回来就", "回来后", "回来以后", "回到家", "回家就", "回家后", "进屋就", "进屋后", "一进屋")

// Or is the scene either s or o tells: a flare-up or a question of an
// alarm reads the steps of both its first words and its own.
func (s Scene) Or(o Scene) Scene {
	return Scene{Power: s.Power || o.Power, WireFire: s.WireFire || o.WireFire, HomeWire: s.HomeWire || o.HomeWire, EBike: s.EBike || o.EBike,
		Burn: s.Burn || o.Burn, Eye: s.Eye || o.Eye, Pit: s.Pit || o.Pit, Crash: s.Crash || o.Crash,
		Drown: s.Drown || o.Drown, Ice: s.Ice || o.Ice, CarIn: s.CarIn || o.CarIn, Scam: s.Scam || o.Scam, NoBreath: s.NoBreath || o.NoBreath, Fall: s.Fall || o.Fall,
		Machine: s.Machine || o.Machine, Heart: s.Heart || o.Heart, Stroke: s.Stroke || o.Stroke, Fit: s.Fit || o.Fit,
		Poison: s.Poison || o.Poison, Faint: s.Faint || o.Faint, Fever: s.Fever || o.Fever, Bleed: s.Bleed || o.Bleed, Coal: s.Coal || o.Coal,
		Pressure: s.Pressure || o.Pressure, Sugar: s.Sugar || o.Sugar, Allergy: s.Allergy || o.Allergy, Chill: s.Chill || o.Chill, Inside: s.Inside || o.Inside, Cold: s.Cold || o.Cold, Dizzy: s.Dizzy || o.Dizzy, Lost: s.Lost || o.Lost, Child: s.Child || o.Child,
		Count: moreOf(s.Count, o.Count), One: cmp.Or(s.One, o.One), Spot: max(s.Spot, o.Spot)}
}

// Besides is s without what told, another hazard's scene said just
// before it, said already: the lines two hazards may both give (Burn, of
// a fire and of the hurt). Every other line is one hazard's.
func (s Scene) Besides(told Scene) Scene {
	s.Burn = s.Burn && !told.Burn
	return s
}

// Ill reports whether s tells a sudden illness or a bleeding with first
// steps of its own (emergency.ill): the duty chat passes them on when it
// phones the family (alarm78).
func (s Scene) Ill() bool {
	return s.Heart || s.Stroke || s.Fit || s.Poison || s.Faint || s.Fever || s.Bleed || s.Pressure || s.Sugar || s.Allergy || s.Burn || s.Eye || s.Cold || s.Chill || s.Dizzy || s.Lost
}

// childParents are a child's parent, named by the child ("孩子他爹还没回
// 来"): no child missing (Scene.Child).
var childParents = newReplacer("孩子他爹", "丈夫", "孩子他爸", "丈夫", "孩子她妈", "妻子", "孩子他妈", "妻子", "孩子她娘", "妻子", "孩子他娘", "妻子")

// lyingInSnow are someone down in the snow or on the ice, out in the
// cold (und107: an alarm with a person; Scene.Cold); frozenStiff someone
// the cold has overcome.
var (
	lyingInSnow = newLexicon("躺在雪地", "躺雪地", "躺在雪里", "躺雪里", "躺在冰上", "趴在雪地", "趴雪地", "趴在雪里", "倒在雪地", "倒雪地", "倒在雪里",
		// sitting in it and not getting up (und112)
		"坐在雪地", "坐雪地里", "坐在雪里")
	frozenStiff = newLexicon("冻僵", "冻晕", "冻昏", "冻得不省人事", "冻得叫不醒", "冻得说不出话", "冻得不会说话", "冻得没知觉")
)

// burnWords tell someone burnt or scalded, or on fire himself (alarm89),
// or hurt by a blast (blastBurns).
var burnWords = slices.Concat(flameBurnWords, blastBurns)

// blastBurns: a firecracker's blast burns too (alarm101): "放鞭炮把孩子手
// 炸伤了".
var blastBurns = []string{"炸伤", "崩伤"}

// flameBurnWords are burnWords of a flame or a scald, no blast's.
var flameBurnWords = []string{"烧伤", "烫伤", "被烫", "开水烫", "烧到人", "烧着人", "烧到了人", "燎伤", "身上着", "身上的衣服", "穿的衣服", "衣服上着", "手烧", "脸烧", "腿烧", "胳膊烧", "皮都烧", "烫起泡", "烧起泡", "起泡了"}

// pitWords are a vegetable cellar or a pit whose air a man cannot
// breathe (Scene.Pit): "菜窖", "红薯窖", "沼气池". Not 冰窖, the cold of
// a room ("冷得跟冰窖一样"). One gone down a well ("下井修水泵", alarm104)
// as well: its air or the pump's fumes overcome him the same way.
var pitWords = []string{"菜窖", "红薯窖", "地瓜窖", "白薯窖", "土豆窖", "山药窖", "萝卜窖", "白菜窖", "地窖", "窖洞", "下窖", "窖口", "沼气池", "化粪池", "粪池", "下井", "下到井"}

// pits are pitWords to look up (the alarm of someone down one).
var pits = newLexicon(pitWords...)

// eyeWords and eyeHarms tell an eye hit or pierced (Scene.Eye): a
// firecracker's blast (the alarm's words), or a thing in it.
var (
	eyeWords = []string{"眼睛", "眼珠", "眼皮", "眼球"}
	eyeHarms = []string{"炸伤", "崩伤", "炸瞎", "崩瞎", "崩到", "崩着", "崩了", "崩进", "崩破", "炸到", "炸着", "炸破", "蹦到", "扎到", "扎伤", "扎了", "扎进", "戳到", "戳伤", "戳了", "戳进"}
)

// wornAlight reports whether t tells clothes on fire that someone may
// wear: a clothes word the subject of a fire word ("孩子衣服着了", "衣服
// 着火了", "奶奶的棉袄被炉子烤着了", alarm91), not clothes told laid,
// hung or kept somewhere (clothesLaid: "炉子边上的衣服烤着火了", "晾的衣
// 服着了", "柜子里的衣服烧着了"). Bare clothes count: the burn line says
// what to do if someone is in them, which costs nothing if nobody is.
func wornAlight(t string) bool {
	for _, m := range clothesAlightRe.FindAllStringIndex(t, -1) {
		before := strings.ReplaceAll(t[clauseStart(t, m[0]):m[0]], "身上", "")
		if !containsAny(before, clothesLaid) {
			return true
		}
	}
	return false
}

// clothesAlightRe is clothes, then what set them alight, then a fire
// word: "衣服着了", "棉袄被炉子烤着了", "裤子上着火了".
var clothesAlightRe = regexp.MustCompile(`(?:衣服|衣裳|棉袄|棉衣|棉裤|裤子|外套|袖子|裙子|褂子|毛衣|羽绒服)(?:上|上面)?(?:也|都|突然|一下)?(?:被\p{Han}{0,4}?)?(?:烤|燎|点|引|烧)?(?:着火|着了|起火|烧起来|着起来|燃起来)`)

// clothesLaid before clothes tell them laid, hung or kept somewhere, no
// one in them: drying, by a stove, in a cupboard, on a bed, in a shop.
var clothesLaid = newLexicon("晾", "挂", "放", "堆", "烤的", "烘", "里", "边", "旁", "上的", "床", "柜", "箱", "炉", "火盆", "炕", "店", "铺", "仓", "摊", "洗")

// pressureWords, sugarWords, allergyWords tell high blood pressure, low
// blood sugar and an allergy (alarm78).
var (
	pressureWords = []string{"高血压", "血压高", "血压升"}
	sugarWords    = []string{"低血糖"}
	allergyWords  = []string{"过敏"}
)

// heartWords tell a heart attack: chest pain, a heart illness struck.
var heartWords = []string{"心脏病", "心绞痛", "心梗", "心肌梗", "胸口疼", "胸口痛", "心口疼", "心口痛", "胸闷", "心脏不舒服"}

// strokeWords tell a stroke: its name, a face fallen to one side.
var strokeWords = []string{"中风", "脑梗", "脑溢血", "脑出血", "嘴歪", "嘴斜", "嘴巴歪", "嘴巴斜", "口眼歪斜", "半边", "舌头发硬", "口齿不清", "说话也说不清", "话都说不清", "说话不利索", "说话都不利索"}

// fitWords tell a fit; not 抽筋, a cramp ("游泳腿抽筋了").
var fitWords = []string{"抽搐", "抽风", "抽起来", "抽过去", "抽了过去", "癫痫", "羊角风", "羊癫疯", "吐白沫"}

// poisonWords tell a poison drunk or eaten: a pesticide, rat poison.
var poisonWords = []string{"农药", "喝药", "喝了药", "老鼠药", "敌敌畏", "百草枯", "除草剂", "杀虫剂"}

// faintWords tell one fallen senseless who will not wake.
var faintWords = []string{"晕倒", "晕过去", "昏倒", "昏过去", "昏迷", "不省人事", "叫不醒", "喊不醒", "叫不应", "喊不应", "没知觉", "没意识"}

// bloodWords tell a bleeding.
var bloodWords = []string{"血"}

// coalWords tell a gas alarm of a stove's fumes: the stoves but gas
// cookers, a chimney, smoke let in. 煤气 is left out: it is also what
// villagers call the fumes themselves ("煤气中毒"), so neither side.
//
// Coal smoke smelt in a room is a stove's too ("屋里有烟味" on a call,
// call110; "一股煤烟味" by someone overcome, und110).
var coalWords = slices.DeleteFunc(slices.Concat(stoves.words, chimneys.words, fumeLeaks.words, roomSmoked.words, coalSmells.words, []string{"烟味", "有烟"}),
	func(w string) bool { return w == "煤气" || w == "燃气" })

// overcome tell of someone already poisoned ("王婶家煤气中毒了 人已经晕
// 了"): with no pipeline or bottled gas named, the 煤气 of a village
// house is a coal stove's, and the coal-fumes line (get them out, 120) is
// what helps, not the valve's (lead102: it led with the gas-leak line).
var overcome = []string{"中毒", "熏倒", "熏晕"}

// pipedGas tell of pipeline or bottled gas: a valve to shut, a leak.
var pipedGas = []string{"燃气", "天然气", "液化气", "气罐", "罐子", "热水器", "煤气灶", "燃气灶", "漏气", "泄漏", "煤气味", "燃气味", "臭鸡蛋", "阀门", "嘶嘶"}

// machineWords tell someone caught in a machine: a farm or a workshop's
// machine named, or a limb wound or drawn into one ("绞了", "卷进"); not
// 绞 alone, which is also a pain ("心绞痛", "肚子绞着疼").
var machineWords = []string{"机器", "收割机", "脱粒机", "粉碎机", "搅拌机", "旋耕机", "铡草机", "绞了", "绞住", "绞伤", "绞断", "绞掉", "绞烂", "绞进", "卷进", "卷住"}

// noBreath tell someone does not breathe, or his heart stopped.
var noBreath = []string{"没气了", "没有气了", "没呼吸", "没有呼吸", "不呼吸", "不喘气", "没心跳", "没有心跳", "心跳停", "心脏骤停", "心跳骤停"}

// fallWords tell someone fell: over, or from a height.
//
// "一跤" is a fall however it came ("冰上滑了一跤 不能动": the alarm had no
// fall lines, alarm107).
var fallWords = []string{"摔", "跌倒", "跌下", "跌伤", "绊倒", "滑倒", "掉下来", "掉下去", "滚下", "栽下", "坠落", "一跤", "跌跤"}

// liveWires are what carries power, which no water may touch and only
// the power company can cut off: "电线着火了", "变压器冒火".
var liveWires = []string{"电线", "电杆", "电线杆", "变压器", "电表", "电箱", "配电", "高压线"}

// outdoorLines are the power company's lines and poles, outside any home.
var outdoorLines = []string{"电杆", "电线杆", "线杆", "变压器", "高压线", "电缆"}

// homeAppliances are a home's plugged-in heaters and strips: one on
// fire is an electric fire, its power cut before anything else (alarm87).
var homeAppliances = []string{"取暖器", "电暖器", "电暖气", "小太阳", "暖风机", "电热毯", "电褥子", "电热炉", "电火炉", "电烤炉", "电炉子", "插线板", "接线板", "插排"}

// CrashWords tell a road crash, for the traffic police (122) beside 120.
var CrashWords = []string{"车祸", "车撞", "撞车", "被车", "撞人", "被撞", "撞倒", "撞伤", "相撞", "追尾", "侧翻", "翻车", "轧", "在车里", "车里出不来",
	// a vehicle off the road (alarm100: "一辆车滑到沟里了 人还在里面")
	"滑到沟", "翻到沟", "冲到沟", "栽到沟", "滑进沟", "翻进沟", "冲进沟", "栽进沟", "翻到河", "冲进河", "栽到河", "冲进水库", "翻进水库",
	// with 到 unsaid (alarm110: "有辆车翻沟里了" had no 122 line)
	"翻沟里", "滑沟里", "冲沟里", "栽沟里", "翻河里", "冲河里", "栽河里"}

// CrashTold reports whether s tells a road crash by CrashWords, after
// 撞见 (met by chance: "开车撞见王奶奶倒在路边", alarm110) is taken out:
// its 车撞 is no vehicle that hit anyone.
func CrashTold(s Said) bool {
	return containsAny(Unmet(s.Canon), crashWords)
}

// Unmet is canonical text t without 撞见 (met by chance: "开车撞见王奶奶
// 摔倒了"), whose 车撞 is no crash: what CrashWords and the ways of harm
// are read in (CrashTold; words.HarmsApart, alarm111).
func Unmet(t string) string {
	return strings.ReplaceAll(t, "撞见", "")
}

// crashWords are CrashWords as a lexicon.
var crashWords = newLexicon(CrashWords...)

// vehicleHitRe is a vehicle that hit someone or something, told with 把
// or after it ("村口大货车把骑电动车的撞了", "拖拉机撞了个老太太"): a road
// crash, though no CrashWords word is said (alarm109: its alarm had no
// 122 line). Not 撞见 (met by chance).
var vehicleHitRe = regexp.MustCompile(`(?:车|摩托|电驴|三轮|拖拉机)[^，。,.!！?？ ]{0,12}?(?:撞|碾)(?:了|到|飞|翻|死|伤|上|得|在)`)

// motorRidden tell a motor vehicle ridden or driven: a rider fallen off it
// or turned over with it on the road ("俺爹骑摩托车在冰上摔了 躺着不动",
// alarm103) is a road accident of one vehicle, for the traffic police
// (122) beside 120, though nothing hit him. Not a bicycle: no 122 for
// a fall off one with nobody else in it.
var motorRidden = []string{"摩托", "电动车", "电瓶车", "电驴", "三轮", "拖拉机", "农用车", "面包车", "小轿车", "货车"}

// overturned tell a vehicle turned over ("三轮车在坡上翻了").
var overturned = []string{"翻了", "翻倒", "翻到", "翻进", "侧翻", "翻车"}

// drownWords tell someone in the water, for 110 beside 120 and no
// rescuer who cannot swim going in after him.
var drownWords = []string{"落水", "溺水", "淹死", "掉河里", "掉水里", "掉进河", "掉进水", "掉到河", "掉到水", "掉池塘", "掉到池塘", "掉进池塘",
	"掉塘里", "掉进塘", "掉井里", "掉进井", "掉水库", "掉进水库", "冰窟", "掉冰里", "掉进冰里", "冰裂", "冰面裂", "冰破", "冰面破", "冰塌", "冰面塌"}

// wentUnder tell one gone down through something (with brokenIce: the
// ice, Scene.Ice).
var wentUnder = []string{"掉下去", "掉进去", "陷下去", "漏下去", "沉下去"}

// iceWords tell someone through the ice (Scene.Ice): the ice broke, or a
// hole in it.
var iceWords = slices.Concat(brokenIce.words, []string{"掉冰里", "掉进冰里", "掉到冰里"})

// carHeld tell someone held in a vehicle gone off the road (Scene.CarIn);
// stillIn, with a vehicle named, the same of "里面" ("一辆车滑到沟里了 人
// 还在里面").
var (
	carHeld = []string{"还在车里", "困在车里", "卡在车里", "被困车里", "被困在车里", "车里出不来", "在车里出不来", "压在车里", "压在车下", "被车压"}
	stillIn = []string{"人还在里面", "人还在里头", "人在里面", "人在里头", "还在里面", "还在里头", "人出不来", "没爬出来", "爬不出来"}
)

// PeopleInside reports whether s, a fire's words (an alarm, a witness's
// news), tells someone still inside the burning house ("老人还在屋里",
// "屋里还有人", "孩子没跑出来", lost97): for the firemen (119) to be told and
// 120 to stand by, never a missing person's search. Not when told got out
// ("人都出来了": no inside word holds it) or asked ("屋里还有人吗").
func PeopleInside(s Said) bool {
	t := s.Canon
	for _, w := range insideWords.words {
		if eachAt(t, w, func(at int) bool {
			return !negatedCue(t, at) && !hasAnyPrefix(t[at+len(w):], askedAfter) && !asked(clauseAt(t, at, at+len(w))) && !StockSubject(t, at)
		}) {
			return true
		}
	}
	return false
}

// insideWords tell someone still in a burning house (PeopleInside).
var insideWords = newLexicon("还在屋里", "还在里面", "还在里头", "还在房里", "还在家里", "人在屋里", "人在里面", "屋里还有人", "里面还有人", "里头还有人", "房里还有人", "屋里有人",
	"里面有人", "里头有人", "困在", "被困", "关在屋", "锁在屋", "没出来",
	// asleep or kept in an inner room (alarm101): "孩子在里屋睡觉"
	"在里屋", "在屋里睡", "在里间", "没跑出来", "出不来", "跑不出来", "没逃出来", "逃不出来", "没救出来",
	// upstairs over the fire (alarm103): "楼道里电动车着火了 楼上还有人"
	"楼上还有人", "楼上有人", "还有人没下来", "没下来", "下不来")

// PeopleTrapped reports whether s, a collapse alarm's words, tells
// someone under or inside what fell ("房子塌了 下面压着人", peopleUnder; a cry alone is not): a
// search (搜, 搜救) in the duty chat may be of it as of a missing person
// (alarm93).
func PeopleTrapped(s Said) bool {
	return containsAny(s.Canon, peopleUnder)
}
