package understand

import "strings"

// A villager's complaint about a village or grid cadre's conduct — favours
// to relatives, money taken, a rude refusal — is no matter for the grid
// leader, who may be the one complained of or work beside him: the
// handlers send it to the township, privately (see handlers).

// cadreTitles name a cadre of the village or grid. 村委会 alone is a
// place ("村委会旁边的监控坏了"), not a person.
var cadreTitles = newLexicon("村主任", "村长", "村支书", "支书", "村书记", "村干部", "村委干部", "村会计", "会计", "网格长", "网格员",
	"组长", "小组长", "干部")

// cadreWrongs tell of a cadre's misconduct, or say a complaint is made
// about him.
var cadreWrongs = newLexicon("亲戚", "关系户", "人情", "优亲厚友", "贪", "私吞", "挪用", "克扣", "扣了我", "回扣", "好处费", "收钱",
	"收了钱", "要钱", "红包", "送礼", "吃拿卡要", "暗箱", "作假", "造假", "虚报", "冒领", "不公平", "不公正", "偏心", "走后门",
	"打人", "骂人", "态度恶劣", "态度很差", "态度差", "投诉", "举报")

// AccusesCadre reports whether text complains of a village or grid cadre's
// conduct: it names one and a wrong ("村主任把低保给了他亲戚", "我要投诉
// 村干部 态度恶劣"); not a cadre named for anything else ("村长说可以申请
// 见义勇为", "网格员你好 路灯不亮了").
func AccusesCadre(text string) bool {
	if !strings.ContainsAny(text, "村书计网组干") {
		return false // names no cadre: most messages, at the cost of a scan
	}
	s := Canon(text)
	return containsAny(s, cadreTitles) && containsAny(s, cadreWrongs)
}
