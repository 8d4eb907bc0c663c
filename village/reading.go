package village

// Intent is what a free-text message wants.
type Intent string

const (
	IntentReport Intent = "report"
	IntentClaim  Intent = "claim"
	IntentQuery  Intent = "query"
	IntentNoise  Intent = "noise"
)

// Hazard is the kind of danger an emergency involves; it picks the phone
// number the bot gives (119, 120, 110).
type Hazard string

const (
	HazardNone     Hazard = ""
	HazardFire     Hazard = "fire"    // 119
	HazardMedical  Hazard = "medical" // 120
	HazardCrime    Hazard = "crime"   // 110
	HazardMissing  Hazard = "missing" // 110
	HazardFlood    Hazard = "flood"   // 119 and 110
	HazardGas      Hazard = "gas"     // 119
	HazardCollapse Hazard = "collapse"
	// HazardRoad, HazardPower, HazardAnimal and HazardFumes are the dangers a general report may
	// leave in the open until fixed, none an emergency by itself (no
	// member of Hazards): a washed-out road, a missing manhole cover or a
	// broken railing, to be fenced off; a line down or a branch on it, for
	// the power company (95598).
	HazardRoad  Hazard = "road"
	HazardPower Hazard = "power"
	// HazardAnimal is a dog that chases or bites people, or a wasps'
	// nest: keep children away until the grid deals with it.
	HazardAnimal Hazard = "animal"
	// HazardFumes is a stove's flue that lets its smoke into a room
	// ("烟囱漏烟"): carbon monoxide, once the room is shut for the night.
	HazardFumes Hazard = "fumes"
	// HazardWiring is wiring inside a home bared, worn or sparking
	// ("家里电线露在外面", "插座冒火花"): the home's own switch and an
	// electrician, not the power company's line (HazardPower).
	HazardWiring Hazard = "wiring"
	// HazardCold is a home with no heat in the cold ("家里没暖气 冻得不
	// 行"): someone to look in today, and no charcoal in a shut room.
	HazardCold Hazard = "cold"
	// HazardSoaked is water in a room where appliances or sockets stand
	// in it ("水管冻裂了 屋里到处是水 电器都泡了"): the home's switch is
	// thrown from outside the water before anyone wades in (alarm100).
	HazardSoaked Hazard = "soaked"
	// HazardPenned is an animal pinned under or shut in a shed or a pen
	// that came down ("牛棚压塌了 牛还在里面压着呢"): its owner crawls in
	// after it under a roof that may fall again (alarm100).
	HazardPenned Hazard = "penned"
	// HazardSmoulder is a fire put out with its smoke still in the house
	// ("电暖器把沙发烤着了 火扑灭了 屋里都是烟"): what burnt may smoulder
	// inside, the smoke overcome those who stay (alarm101).
	HazardSmoulder Hazard = "smoulder"
	// HazardSmoulderPlug is HazardSmoulder of a plugged-in heater or
	// strip ("电暖器把沙发烤着了 火扑灭了"): its plug pulled too (alarm102;
	// any other fire's advice names no plug).
	HazardSmoulderPlug Hazard = "smoulder-plug"
	// HazardFrozen is a household's pipe, tap or meter frozen, not burst
	// ("俺家水管冻住了"): thawed slowly, never over an open flame (und104).
	HazardFrozen Hazard = "frozen"
	// HazardSnowRoof is a roof or a beam heavy with snow, sagging,
	// creaking or cracked ("下雪屋顶都压弯了", "房梁压得咯吱响"): those who
	// live under it move out before it falls in (alarm108).
	HazardSnowRoof Hazard = "snow-roof"
	// HazardIce is ice on a way that felled someone already ("后坡那段路
	// 结冰了 今早有人骑车摔了"): grit it and warn passers-by now (alarm108).
	HazardIce Hazard = "ice"
	// HazardSwindle is money asked in an office's name, at the door or on
	// the phone ("有个人说是电力局的 要上门查电表 收一百块", "冒充网格员 挨家
	// 收卫生费"): no money paid until the office's own number or 96110
	// confirms it, 110 for money already gone (und109). No danger left in
	// the open (OpenDanger): nothing to keep away from.
	HazardSwindle Hazard = "swindle"
	// HazardPhones is old phones taken in at the door for eggs or a basin
	// ("村里来了几个收旧手机的 说旧手机换鸡蛋"): their data and cards feed
	// phone frauds; none handed over, one's own wiped first, 110 told of
	// the collectors (und111). Like HazardSwindle, no danger in the open.
	HazardPhones Hazard = "phones"
	// HazardShutFire is a coal or charcoal fire lit in a room shut tight
	// ("俺娘一个人在屋里烤炭火 门窗关得严严的"): no flue to mend, as
	// HazardFumes has; a window opened and the brazier out before sleep
	// (und112: it was told 「修好前」).
	HazardShutFire Hazard = "shut-fire"
	// HazardEmbers is a sky lantern come down on straw, wood or a roof
	// ("孩子放孔明灯落在草垛上了"): someone to go now and put it out before
	// the stack catches (und112).
	HazardEmbers Hazard = "embers"
	// HazardHeater is an electric blanket or a heater running hot or
	// scorching what is near it ("电热毯开了一夜 早上起来褥子烫手"):
	// unplugged now, the bedding felt for a smoulder (und112).
	HazardHeater Hazard = "heater"
)

// Hazards lists every hazard an emergency may name.
var Hazards = []Hazard{HazardFire, HazardMedical, HazardCrime, HazardMissing, HazardFlood, HazardGas, HazardCollapse}

// Reading is what a classifier understood from one message. Nothing in it
// grants permissions; handlers validate it before acting.
type Reading struct {
	Intent Intent `json:"intent"`
	// Also is a second intent of the same message: a report that also
	// claims points ("路上的石头我搬开了，还有一块搬不动，申请积分").
	Also       Intent  `json:"also,omitempty"`
	Type       Type    `json:"type"`
	Category   string  `json:"category"`
	Hazard     Hazard  `json:"hazard,omitempty"`
	Confidence float64 `json:"confidence"`
	Source     string  `json:"source"` // "rules" or "llm"
	// Indicator is the catalogue code a points claim matches; empty when
	// no claimable indicator matched.
	Indicator string `json:"indicator,omitempty"`
	// Summary is one line saying what happened, for confirm-back; Place
	// and People are what the message names. All optional.
	Summary string   `json:"summary,omitempty"`
	Place   string   `json:"place,omitempty"`
	People  []string `json:"people,omitempty"`
	// Disputed: the rules read a report or a points claim where the
	// model read none (chatter, a question). The rules' reading stands,
	// but the bot asks the sender (confirm-back) rather than filing it
	// unasked: a model may not silence a report, nor file one alone.
	Disputed bool `json:"disputed,omitempty"`
	// Chases: an approval question from one who has applied already and
	// asks how far it got ("都交材料一个月了 什么时候能批下来"): the
	// leader is to ask the office for him, not to be told how to apply.
	Chases bool `json:"chases,omitempty"`
}

// Claims reports whether the reading holds a points claim, as its main or
// its second intent.
func (r Reading) Claims() bool { return r.Intent == IntentClaim || r.Also == IntentClaim }

// Handling is what the bot does with a free-text message.
type Handling int

const (
	HandleIgnore   Handling = iota // stay silent
	HandleConfirm                  // ask the sender first (confirm-back)
	HandleRegister                 // register at once
)

// Thresholds are the confidences at which the bot asks (Confirm) and
// registers without asking (Register).
type Thresholds struct {
	Confirm, Register float64
}

// Handling decides what the bot does with the reading of a message that is
// not a command. Emergencies are registered whatever the confidence; a
// report is registered when confident, confirmed back when less so, and
// left alone below that unless the sender addressed the bot, which lowers
// each step by one. Points claims are never filed unasked: at best the
// sender is asked. A disputed reading (see Reading.Disputed) is at most
// asked about.
func (r Reading) Handling(addressed bool, t Thresholds) Handling {
	if r.Type == Emergency {
		return HandleRegister
	}
	step := HandleIgnore
	switch {
	case r.Confidence >= t.Register:
		step = HandleRegister
	case r.Confidence >= t.Confirm:
		step = HandleConfirm
	}
	if addressed && step < HandleRegister {
		step++
	}
	if r.Disputed {
		step = min(step, HandleConfirm)
	}
	switch {
	case r.Intent == IntentReport:
		return step
	case r.Intent == IntentClaim:
		return min(step, HandleConfirm)
	}
	return HandleIgnore
}

// DefaultMaxRunes is the longest free text the bot reads whole unless
// configured otherwise.
const DefaultMaxRunes = 2000

// Head is the part of free text the bot reads: its first max runes
// (DefaultMaxRunes when max is 0). long says text was longer.
func Head(text string, max int) (head string, long bool) {
	if max <= 0 {
		max = DefaultMaxRunes
	}
	n := 0
	for i := range text { // no copy of a long text's runes: its head is a slice of it
		if n == max {
			return text[:i], true
		}
		n++
	}
	return text, false
}

// LongHandling decides what the bot does with free text longer than it
// reads whole, whose head (see Head) reads as r. A forwarded article
// arrives in WeChat as a link card, not as text: a long text in a grid
// group is a villager's own letter or a notice someone pasted. An
// emergency is registered, as ever. A report is asked back, never
// registered unasked: the sender checks that the bot's one line is what
// his letter is about. From someone who tends the grid or from a
// township officer (cadre), long text is a notice he pasted, left alone
// unless he addressed the bot. Anything else is left alone.
func (r Reading) LongHandling(addressed, cadre bool, t Thresholds) Handling {
	switch {
	case r.Type == Emergency:
		return HandleRegister
	case r.Intent != IntentReport || cadre && !addressed:
		return HandleIgnore
	case r.Confidence >= t.Confirm || addressed:
		return HandleConfirm
	}
	return HandleIgnore
}

// Categories are the report categories the bot files under.
var Categories = []string{"道路交通", "水电设施", "环境卫生", "安全隐患", "矛盾纠纷", "治安", "政策咨询", "其他"}
