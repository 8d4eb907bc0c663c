package understand

import (
	"regexp"
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
	if awayInCare(t) {
		return true
	}
	if !inCare(t) || !containsAny(t, kinWords) && !containsAny(t, grownKin) || !containsAny(t, illnesses) || containsAny(t, incidents) || violent(t) || beaten(t) {
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

// HurtAway reports whether s tells kin hurt or taken ill far from the
// village and in hospital there ("俺儿子在高速上追尾了 人在医院", alarm112):
// an InCare matter whose scene is another place's police and doctors',
// so its reply and the leader's message speak of the family's needs
// (a trip to the hospital, the crash's claims), never of a scene.
func HurtAway(s Said) bool {
	return awayInCare(s.Canon)
}

// awayInCare is HurtAway of canonical text t: a far place (awayPlaces),
// kin, a stay in hospital told (inCare, or hospitalNow: "人在医院",
// "住院了"), nothing of one still to be taken there or dead, and a
// medical alarm: any, a crash as well (incidents are kept alarms only
// where the village may still be needed at the scene).
func awayInCare(t string) bool {
	if !containsAny(t, awayPlaces) || !containsAny(t, kinWords) && !containsAny(t, grownKin) || containsAny(t, awayNotInCare) || containsAny(t, lostLives) {
		return false
	}
	if !inCare(strings.ReplaceAll(t, "路上", "")) && !hospitalNowRe.MatchString(t) {
		return false
	}
	if containsAny(t, befell) {
		return true
	}
	// the far place itself reads as news of elsewhere, the stay as the
	// alarm's end: both blanked
	h, ok := emergency(hospitalNowRe.ReplaceAllString(inCareBlank.Replace(awayBlank.Replace(t)), "，"))
	return ok && h == village.HazardMedical
}

// grownKin are the grown children and in-laws who work or travel away,
// beside kinWords ("俺闺女开车回来过年…").
var grownKin = newLexicon("闺女", "小子", "女婿", "姑爷", "儿媳", "侄子", "侄女", "外甥", "孙女婿")

// befell tell something befell him, unsaid what: away and in hospital,
// a harm ("在高速上出事了 住院了").
var befell = newLexicon("出事", "出了事", "出车祸", "出了车祸", "车祸")

// awayBlank blanks awayPlaces (awayInCare).
var awayBlank = func() replacer {
	var pairs []string
	for _, w := range awayPlaces.words {
		pairs = append(pairs, w, "")
	}
	return newReplacer(pairs...)
}()

// awayPlaces are where a villager away works or travels (farPlaces and
// the road and towns he travels to): a scene none of the village will
// reach (awayInCare); the township's seat has its own police and
// hospital. 在外面 is no far place (a lane outside the house).
var awayPlaces = newLexicon(slices.Concat(farPlaces.words, []string{"高速", "外地", "在外打工", "出门打工", "打工", "省城", "市里", "城里", "县城", "镇上", "镇里", "北京", "上海", "广州", "深圳", "杭州", "东莞", "苏州", "天津"})...)

// awayNotInCare are notInCare but 路上 ("开车回来的路上出了车祸 人在医院":
// the crash's road, not the way to a hospital).
var awayNotInCare = newLexicon(slices.DeleteFunc(slices.Clone(notInCare.words), func(w string) bool { return w == "路上" })...)

// lostLives tell a life lost: a death to mourn, no stay (awayInCare).
var lostLives = newLexicon("死了", "没了", "去世", "身亡", "遇难", "走了", "没救过来", "没抢救过来")

// hospitalNowRe is someone in a hospital now: "人在医院", "在县医院呢",
// "住院了", "住进ICU" (awayInCare).
var hospitalNowRe = regexp.MustCompile(`(?:^|[^不没])在[^，。！？!?\s]{0,4}?(?:医院|卫生院|ICU|icu|重症)|住院了|住上院|住着院|住进`)
