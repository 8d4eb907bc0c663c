package words

import (
	"testing"
	"time"

	"gridbot/village"
)

// TestAsksTakingPart: questions of taking part in a notice's matter that
// share no word with it, and the talk and matters they are not (notice70).
func TestAsksTakingPart(t *testing.T) {
	for _, q := range []string{"我妈腿脚不好去不了 能上门打吗", "去不了怎么办", "能不能代领", "几点结束", "我家算不算",
		"我家老人已经打过了还要打吗", "我爸在外地打工回不来怎么办", "卧床的老人怎么办", "我去不了 我儿子替我去行吗",
		"不去行不行", "家里人可以代签吗", "俺娘走不动 能不能上门"} {
		if !AsksTakingPart(q) {
			t.Errorf("AsksTakingPart(%q) = false, want true", q)
		}
	}
	for _, q := range []string{"我家狗丢了怎么办", "我妈去不了医院 能帮忙叫个车吗", "他去不了吗", "路灯什么时候修",
		"周六去赶集吗", "你们谁能上门修一下水管吗", "村委会有人上班没", "吃饭了吗", "明天几点开会", "还要等多久"} {
		if AsksTakingPart(q) {
			t.Errorf("AsksTakingPart(%q) = true, want false", q)
		}
	}
}

// relaySaid is a relay that says only that: RelayAbout naming no topic.
func relaySaid(text string, names []string) (string, bool) {
	named, topic, ok := RelayAbout(text, names)
	return named, ok && len(topic) == 0
}

// TestRelaySaid: a villager saying he passed the notice on, to a person of
// the grid or to kin, and what is not that (notice70).
func TestRelaySaid(t *testing.T) {
	names := []string{"王奶奶", "石德贵", "陈二", "张明"}
	for text, want := range map[string]string{"王奶奶那边我告诉她了": "王奶奶", "我跟我妈说了": "", "已经跟石德贵说过了": "石德贵",
		"我告诉王奶奶了": "王奶奶", "跟陈二讲了一声": "陈二", "家里老人我都告诉了": ""} {
		if got, ok := relaySaid(text, names); !ok || got != want {
			t.Errorf("RelaySaid(%q) = %q, %v; want %q, true", text, got, ok, want)
		}
	}
	for _, text := range []string{"我告诉他了", "我跟我妈说了 她不想去医院", "还没跟王奶奶说", "要不要告诉王奶奶", "王奶奶知道吗",
		"我跟陈二说了 明天一起去县城", "王奶奶和石德贵我都告诉了", "他说没告诉我妈"} {
		if got, ok := relaySaid(text, names); ok {
			t.Errorf("RelaySaid(%q) = %q, true; want false", text, got)
		}
	}
}

// TestEndAskedOfNotice: 「几点结束」 is answered from a notice that says
// when it ends, and passed on from one that says only when it starts
// (notice70: the start alone was quoted as its answer).
func TestEndAskedOfNotice(t *testing.T) {
	at := time.Date(2026, 12, 5, 16, 30, 0, 0, time.FixedZone("CST", 8*3600))
	for text, told := range map[string]bool{"明天上午9点在村委会打新冠疫苗": false, "明天上午9点到11点在村委会打新冠疫苗": true,
		"明天上午在村委会打疫苗，11点前结束": true} {
		if _, got := NoticeAnswer("几点结束", village.Notice{ID: "N1", Text: text, At: at}, at); got != told {
			t.Errorf("几点结束 of %q: told %v, want %v", text, got, told)
		}
	}
}

// TestRelayAbout: a relay that names what was passed on keeps those words
// (call76), and names a notice only when every one is of its text.
func TestRelayAbout(t *testing.T) {
	names := []string{"赵六", "陈二", "石德贵"}
	const checkUp = "12月9日上午9点在村卫生室免费体检，65岁以上老人请带身份证"
	for text, want := range map[string]bool{"体检的事我跟赵六说过了": true, "免费体检我跟陈二讲过了": true, "修路的事我跟赵六说过了": false,
		"体检的事我跟赵六说过了 他不想去医院": false,
		// the 家 form (ask77): its fillers of how he told are no topic
		"体检的事赵六家我告诉他了": true, "体检的事赵六家我当面说过了": true, "体检的事石德贵家我上门说过了": true,
		"修路的事赵六家我当面说过了": false} {
		named, topic, ok := RelayAbout(text, names)
		if !ok || named == "" || len(topic) == 0 || NamesNotice(topic, checkUp) != want {
			t.Errorf("RelayAbout(%q) = %q, %q, %v; names the check-up: %v, want %v", text, named, topic, ok, NamesNotice(topic, checkUp), want)
		}
	}
	if _, topic, ok := RelayAbout("赵六那边我告诉他了", names); !ok || topic != nil || NamesNotice(topic, checkUp) {
		t.Errorf("RelayAbout of a bare relay: %q, %v", topic, ok)
	}
	if _, _, ok := RelayAbout("体检的事还没跟赵六说", names); ok {
		t.Error("RelayAbout of 还没跟赵六说: ok")
	}
}
