package understand

import (
	"slices"
	"strings"

	"gridbot/village"
)

// A medical alarm whose person is already in a doctor's hands ("俺爹突然
// 脑溢血 送医院了", "我妈摔了 120拉走了", "已经送到医院抢救了") calls
// for no 120 and no township dispatch (alarm78): what its grid leader
// wants is to hear of it at once, to call the family and see what help
// they need while one of them lies in hospital. So it is read as a
// general matter (其他) that its leaders hear of at once, night or not
// (the handlers' filing.danger), not as an emergency. On the way there
// ("正在往镇医院送"), wanting to go ("快送医院") or waiting for 120 ("120
// 还没来") it is still an alarm; and so is any other hazard with a hurt
// taken away ("着火了 有个人烧伤送医院了": the fire burns on).

// inCareWords tell the person was taken to hospital or by an ambulance,
// done: the sentence's 了 or a place reached (送到, 送进).
var inCareWords = newLexicon("送医院了", "送到医院", "送到了医院", "送进医院", "送进了医院", "送去医院了", "送医了", "已送医", "已经送医", "送到县医院", "送到镇医院", "送到卫生院",
	"送县医院了", "送镇医院了", "送卫生院了", "拉医院了", "拉到医院", "拉去医院了", "拉走了", "接走了", "住进医院", "住进了医院")

// inCareBy tell who took him away, before 拉走了/接走了: an ambulance,
// not a thief's car ("车被拉走了").
var inCareBy = newLexicon("120", "救护车", "医生", "医院")

// notInCare tell the hospital is still to be reached: wanted, on the
// way, awaited or asked about.
var notInCare = newLexicon("快送", "赶紧送", "马上送", "要送", "得送", "正在送", "在送", "往医院送", "去医院的路上", "路上", "还没", "没送", "送不了", "没人送", "谁能送", "帮忙送", "叫120", "打120", "叫救护车", "等120", "等救护车", "吗", "？", "?")

// InCare reports whether s tells a medical alarm (emergency) whose
// person was already taken to hospital or by an ambulance (inCareWords)
// and nothing says the hospital is still to be reached (notInCare).
func InCare(s Said) bool {
	return inCareAlarm(s.Canon)
}

// inCareAlarm is InCare of canonical text t. Its words are read as no
// resolution of the alarm ("我爸中风了 已经送到医院了": 送到医院了 ends
// an alarm, see resolutions) but as where its person now is; a beating
// or a fight stays the police's (violent, beaten).
func inCareAlarm(t string) bool {
	if !inCare(t) || !containsAny(t, kinWords) || !containsAny(t, illnesses) || containsAny(t, incidents) || violent(t) || beaten(t) {
		return false
	}
	h, ok := emergency(inCareBlank.Replace(t))
	return ok && h == village.HazardMedical
}

// incidents tell more than one of a family fallen ill at home: a crash,
// a drowning, a poison drunk or a life taken in despair, a blast, a fire,
// gas, a collapse, a death or one whose life is still in danger (抢救,
// 病危, 昏迷), or several hurt.
// Its hurt in hospital, the scene may still need the police, the fire
// brigade or the township ("车祸 伤者已送医院 司机跑了", "好几个人食物
// 中毒 送了两个去医院"): an alarm as ever.
var incidents = newLexicon(slices.Concat(CrashWords, drownWords, poisonWords, []string{"想不开", "自杀", "轻生", "寻短见", "事故", "爆炸", "炸伤", "着火", "火灾", "烧伤", "触电", "电着", "中毒", "煤气", "塌", "垮", "压住", "砸",
	"死", "身亡", "遇难", "没气", "去世", "抢救", "病危", "危险", "不行了", "昏迷", "叫不醒", "多人", "几个人", "好几个", "好多人", "伤者", "伤员", "群众", "名", "村民"})...)

// inCareBlank blanks inCareWords, the longest first, to a clause's end.
var inCareBlank = func() replacer {
	ws := slices.Clone(inCareWords.words)
	slices.SortStableFunc(ws, func(a, b string) int { return len(b) - len(a) })
	var pairs []string
	for _, w := range ws {
		pairs = append(pairs, w, "，")
	}
	return newReplacer(pairs...)
}()

// inCare is InCare of canonical text t.
func inCare(t string) bool {
	if containsAny(t, notInCare) {
		return false
	}
	for _, w := range inCareWords.words {
		at := strings.Index(t, w)
		if at < 0 || isNegated(t, at, w) {
			continue
		}
		if w == "拉走了" || w == "接走了" {
			if !containsAny(clauseAt(t, at, at+len(w)), inCareBy) {
				continue
			}
		}
		return true
	}
	return false
}
