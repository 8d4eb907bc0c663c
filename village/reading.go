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
)

// Reading is what a classifier understood from one message. Nothing in it
// grants permissions; handlers validate it before acting.
type Reading struct {
	Intent     Intent  `json:"intent"`
	Type       Type    `json:"type"`
	Category   string  `json:"category"`
	Hazard     Hazard  `json:"hazard,omitempty"`
	Confidence float64 `json:"confidence"`
	Source     string  `json:"source"` // "rules" or "llm"
}

// Categories are the report categories the bot files under.
var Categories = []string{"道路交通", "水电设施", "环境卫生", "安全隐患", "矛盾纠纷", "治安", "政策咨询", "其他"}
