package understand

import (
	"context"
	"testing"

	"gridbot/village"
)

// TestWinter89Read (und89): winter troubles told with a question after
// them, snow nobody clears, a 煤改电 heater broken, and wages owed asked
// where to go are reports; wages asked whether paid stay questions.
func TestWinter89Read(t *testing.T) {
	for _, tc := range []struct {
		text   string
		intent village.Intent
		typ    village.Type
		cat    string
	}{
		{"水龙头拧开一滴水都不出 是不是水管冻住了", village.IntentReport, village.General, "水电设施"},
		{"家里停水了 是不是总管冻裂了", village.IntentReport, village.General, "水电设施"},
		{"巷子里的雪好几天了也没人铲 都踩成冰了", village.IntentReport, village.General, "道路交通"},
		{"村道上的雪都三天了也没人扫 车都开不了", village.IntentReport, village.General, "道路交通"},
		{"家里的电暖器坏了 开不起来 找谁修", village.IntentReport, village.General, "水电设施"},
		{"干了一年活老板不给工钱 能不能找镇上帮着要", village.IntentReport, village.Mediation, "矛盾纠纷"},
		{"包工头拖欠工资 可不可以去劳动保障所告他", village.IntentReport, village.Mediation, "矛盾纠纷"},
	} {
		got := Rules{}.Read(context.Background(), tc.text)
		if got.Intent != tc.intent || tc.intent == village.IntentReport && (got.Type != tc.typ || got.Category != tc.cat) {
			t.Errorf("%s: %s %s %s, want %s %s %s", tc.text, got.Intent, got.Type, got.Category, tc.intent, tc.typ, tc.cat)
		}
	}
	for _, text := range []string{"工资发没发", "今年冬天咋这么冷", "停水是几点到几点啊", "雪下得真大 明天扫雪去"} {
		if got := (Rules{}).Read(context.Background(), text); got.Intent == village.IntentReport {
			t.Errorf("%s: read a report (%s %s)", text, got.Type, got.Category)
		}
	}
}

// FuzzUnd89Parsers: the readers und89 changed never panic and agree with
// themselves on any text.
func FuzzUnd89Parsers(f *testing.F) {
	for _, s := range []string{"村道上的雪都三天了也没人扫", "老板不给工资 能不能找镇上帮着要", "一滴水都不出 是不是冻住了", "雪", "能不能去"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := canon(unspace(normalize(s)))
		_ = owesWages(c)
		_ = troubleAsked(c)
		_, _, _ = problem(c)
		if a, b := (Rules{}).Read(context.Background(), s), (Rules{}).Read(context.Background(), s); a.Intent != b.Intent || a.Type != b.Type || a.Category != b.Category {
			t.Fatalf("%q read twice differently: %+v %+v", s, a, b)
		}
	})
}

// TestInvitationIsNoGoing (und89): a cadre's invitation to his pig feast
// in the group is not his going to a waiting matter (王五 was asked which
// of six matters his 「都过来吃杀猪菜」 took on); his plans still are.
func TestInvitationIsNoGoing(t *testing.T) {
	for _, s := range []string{"明天俺家杀年猪 中午都过来吃杀猪菜啊", "晚上大家来喝两杯"} {
		if note, ok := PlansToGo(s); ok {
			t.Errorf("%s: read as going (%q)", s, note)
		}
	}
	for _, s := range []string{"我下午带药过去", "明天过来修"} {
		if _, ok := PlansToGo(s); !ok {
			t.Errorf("%s: not read as going", s)
		}
	}
}
