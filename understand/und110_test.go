package understand

import (
	"testing"

	"gridbot/village"
)

func init() {
	// und110: a scam's story by phone, a fee at the door, ice hung over
	// a busy place, a sign snowed over, cars left mid-road
	for name, g := range map[string]gatedRe{"cardThreatRe": cardThreatRe, "kinTroubleRe": kinTroubleRe, "officeFeeRe": officeFeeRe,
		"busyBelowRe": busyBelowRe, "signHiddenRe": signHiddenRe, "carsMidRoadRe": carsMidRoadRe} {
		gatedRegexps[name] = g
	}
}

// TestDecember110Read: round 109's leftovers (a scam by phone under way, a
// fee asked at the door, ice over a school, a light snowed over, cars
// mid-road, one overcome where coal smoke is smelt) and the walk's finds,
// each beside the look-alikes that must stay as they were.
func TestDecember110Read(t *testing.T) {
	checkReads(t, []readCase{
		// a scam under way, someone sent to the bank: the scam alarm
		{"a card to be cancelled, mother sent to the bank", "我妈刚才接了个电话 说是医保卡要注销 让她去银行", emergencyOf(village.HazardCrime, catOrder)},
		{"a card frozen, father sent to the bank", "俺爸接了个电话 说他社保卡被冻结了 要他去银行处理", emergencyOf(village.HazardCrime, catOrder)},
		{"a claim paid, the sender's card number asked", "有人打电话说我快递丢了 要给我理赔 让我报银行卡号", emergencyOf(village.HazardCrime, catOrder)},
		{"the police's (alarm rule before)", "俺妈接了个电话 说是公安局的 让她去银行转钱 俺现在联系不上她 急", emergencyOf(village.HazardCrime, catOrder)},
		// a scam's story told, nobody sent: a report with the warning
		{"a grandson in trouble", "有人打电话说我孙子在外面出事了 让赶紧打钱", reportIn(catOrder)},
		{"a grandson held, a bond", "有人给我奶奶打电话 说她外孙打架被派出所扣了 要交五千块保证金", reportIn(catOrder)},
		{"a son's crash, no medical alarm", "刚才有个电话说我儿子出车祸了 在医院 让马上转钱过去", reportIn(catOrder)},
		{"hung up on", "有人打电话说我孙子出事了 让打钱 我没理他 挂了", reportIn(catOrder)},
		{"an SMS (dev before)", "有个陌生号码给俺发短信 说俺孙子出事了要打钱 吓死我了", reportIn(catOrder)},
		{"paid, the phone dead", "我刚才给一个说是公安局的人转了三千块 现在打不通了", reportIn(catOrder)},
		{"kin's own trouble", "我孙子在外面出事了 住院了 得赶紧打钱过去交住院费", reportIn(catSafety)},
		{"a pension come, sent to the bank", "网格员说是养老金到了 让她去银行看看", noiseIn("政策咨询")},
		{"a notice of such scams", "近期我县多地发生电信诈骗案件，不法分子冒充客服以退款为由骗取钱财，请广大群众提高警惕，不要轻信陌生来电。", noiseIn(catOrder)},
		// a fee at the door
		{"a check's fee, asked whether real", "天然气公司的人来查表 要收检查费 是真的吗", reportIn(catOrder)},
		{"a safety check's fee", "燃气公司的人上门安检 说要收五十块检查费", reportIn(catOrder)},
		{"a price, asked whether real", "有人上门说是燃气公司的 要换管子 一根一百八 是真的吗", reportIn(catOrder)},
		{"the water bill collected", "自来水公司的人来收水费了", noiseIn(catSupply)},
		// ice over a busy place, a sign snowed over, cars mid-road
		{"ice on a pole over the school", "电线杆上挂了个大冰坨子 底下是学校", reportIn(catSafety)},
		{"ice in a tree over pupils", "树上挂着好大的冰疙瘩 下面天天有学生走", reportIn(catSafety)},
		{"a light snowed over", "前面路口的红绿灯被雪糊住了", reportIn(catRoad)},
		{"a bend's mirror snowed over", "拐弯那个反光镜被雪糊住了 啥也看不见", reportIn(catRoad)},
		{"a window snowed over", "窗户被雪糊住了", noiseIn(catOther)},
		{"cars mid-road on market day", "今天集上人太多 车都停到马路中间了", reportIn(catRoad)},
		// one overcome where coal smoke is smelt
		{"a father out cold, coal smoke", "俺爹晕过去了 叫也叫不醒 屋里一股煤烟味", emergencyOf(village.HazardGas, catSafety)},
		{"dizzy, coal smoke", "我妈头晕得站不稳 屋里煤烟味好大", emergencyOf(village.HazardGas, catSafety)},
		{"a child sick, coal smoke", "屋里一股煤烟味 孩子直喊头疼 想吐", emergencyOf(village.HazardGas, catSafety)},
	})
}

// TestCaution110: a scam's story and a fee at the door carry the swindle's
// warning, ice hung over a busy place the road's.
func TestCaution110(t *testing.T) {
	for _, tt := range []struct {
		text string
		want village.Hazard
	}{
		{"有人打电话说我孙子在外面出事了 让赶紧打钱", village.HazardSwindle},
		{"天然气公司的人来查表 要收检查费 是真的吗", village.HazardSwindle},
		{"我刚才给一个说是公安局的人转了三千块 现在打不通了", village.HazardSwindle},
		{"电线杆上挂了个大冰坨子 底下是学校", village.HazardRoad},
		{"自来水公司的人来收水费了", village.HazardNone},
		{"我孙子在外面出事了 住院了 得赶紧打钱过去交住院费", village.HazardNone},
	} {
		if got := Caution(Hear(tt.text)); got != tt.want {
			t.Errorf("Caution(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestScam110: a scam's story under way gets the scam alarm's steps (the
// 96110 line); kin's own trouble and a notice do not.
func TestScam110(t *testing.T) {
	for text, want := range map[string]bool{
		"我妈刚才接了个电话 说是医保卡要注销 让她去银行":  true,
		"有人打电话说我孙子在外面出事了 让赶紧打钱":     true,
		"我孙子在外面出事了 住院了 得赶紧打钱过去交住院费": false,
		"网格员说是养老金到了 让她去银行看看":        false,
	} {
		if got := Scam(Hear(text)); got != want {
			t.Errorf("Scam(%q) = %v, want %v", text, got, want)
		}
	}
}

func FuzzUnd110Parsers(f *testing.F) {
	for _, s := range []string{"我妈刚才接了个电话 说是医保卡要注销 让她去银行", "有人打电话说我孙子在外面出事了 让赶紧打钱", "天然气公司的人来查表 要收检查费",
		"电线杆上挂了个大冰坨子 底下是学校", "前面路口的红绿灯被雪糊住了", "车都停到马路中间了", "", "费", "冰"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gatedAgree(t, s)
		_ = scamCall(s) || swindleTold(s) || iciclesOverhead(s)
		_ = Caution(Said{Raw: s, Canon: s})
		_ = Rules{}.Read(t.Context(), s)
	})
}
