package words

import (
	"regexp"
	"time"
)

// OfficerTakeWords say the speaker takes a matter on himself: 「我来跟」,
// 「交给我」, 「我负责」.
var OfficerTakeWords = []string{"我来跟", "我来办", "我来处理", "我来负责", "我负责", "交给我", "我跟进", "我来协调", "我来对接",
	"我来管", "我去协调", "我去对接", "我接手", "我来接", "我去处理", "我去办"}

// NotTakingWords turn taking words round: 「我负责不了」, 「不是我负责」.
var NotTakingWords = []string{"不了", "不是我", "不归我", "没法", "别", "不用", "谁来", "谁负责", "吗", "?", "？"}

// ContactsUnit reads a contact the speaker will make: 「我找城建办联系一下」,
// 「我联系一下供电所」, 「我去跟水利站对接」; the second or third group is
// whom.
var ContactsUnit = regexp.MustCompile(`我(?:来|去|先)?(?:(?:找|跟|和|与|给)([^\s，,。、；;！!]{2,8}?)(?:联系|对接|沟通|打个?电话)|(?:联系|对接)(?:一下|下)?([^\s，,。、；;！!]{2,8}))`)

// UpWindow is how long after it went up an item is the one an officer's
// unnumbered words in the office chat are about; it spans a night's hold
// of the post till morning.
const UpWindow = 12 * time.Hour
