package understand

import (
	"iter"
	"regexp"
	"strings"
	"unicode/utf8"

	"gridbot/village"
)

// matchIndicator finds the claimable indicator of the catalogue that text
// describes best. Each keyword, and each part of the indicator's name,
// scores its length in runes when it occurs in text, or a little less
// when its characters occur in order with a few others between ("垃圾都
// 分类了" for 垃圾分类, "扑灭了山火" for 灭火). The indicator with the
// highest total wins; catalogue order breaks ties. An explicit code in the
// text ("HJ01") wins outright.
//
// What was given names the deed before whom it went to: when text tells a
// thing given to someone ("我把旧衣服捐给了困难户", see givenTo), the
// text without the recipient is matched first, and the whole only when
// that matches nothing ("把米送给了五保户").
func matchIndicator(cat village.Catalogue, text string) (string, bool) {
	// "在外打工的儿子…捐了500块": the job says who he is, not the deed
	text = replaceAll(workerDescribed, text, "$1")
	if giver, ok := givenTo(text); ok {
		if code, ok := matchText(cat, giver); ok {
			return code, true
		}
	}
	return matchText(cat, text)
}

// matchText is matchIndicator's score of text as it stands.
func matchText(cat village.Catalogue, text string) (string, bool) {
	if len(cat) == 0 {
		return "", false
	}
	upper := strings.ToUpper(text)
	// Every phrase is scored against the same text: its runes and their set
	// are taken once, not for each phrase.
	tr, set := []rune(text), runesOf(text)
	best, bestScore := "", 0.0
	for _, ind := range cat {
		if !ind.Claimable() {
			continue
		}
		if village.ContainsCode(upper, strings.ToUpper(ind.Code), village.HyphenEnds) {
			return ind.Code, true
		}
		score := 0.0
		for k := range phrases(ind) {
			if sc := phraseScore(text, tr, set, k); sc > 0 {
				score += sc / float64(sharedBy(cat, k))
			}
		}
		if score > bestScore {
			best, bestScore = ind.Code, score
		}
	}
	return best, bestScore >= 1
}

// workerDescribed is a person told by his work ("在外打工的儿子", "在县城上
// 班的女儿"): the person stays, the work is no deed of the claim (pts102:
// 「给在外打工的儿子申请积分 他捐了500块修路」 was read as 稳定就业).
var workerDescribed = regexp.MustCompile(`(?:在外面?|外出|在外地|在[\p{Han}]{1,4})?(?:打工|务工|上班|工作)的(儿子|女儿|孩子|娃|闺女|老公|丈夫|媳妇|老婆|爱人|哥哥|弟弟|姐姐|妹妹|父亲|母亲|爸爸|妈妈|家人|侄子|孙子|孙女)`)

// givenTo is text without the recipient of a thing given ("我把旧衣服捐
// 给了困难户" → "我把旧衣服捐给了"), and whether it had one: what was
// given names the deed, whom it went to only how it was done (a needy
// household is helped by old clothes, but the deed is the clothes'
// donation). The recipient runs from the giving verb to the clause's end.
func givenTo(text string) (string, bool) {
	at, w := -1, ""
	for _, g := range givingVerbs.words {
		if k := strings.Index(text, g); k >= 0 && (at < 0 || k < at) {
			at, w = k, g
		}
	}
	if at < 0 {
		return text, false
	}
	from := at + len(w)
	from += len(text[from:]) - len(strings.TrimPrefix(text[from:], "了"))
	end := len(text)
	if k := strings.IndexFunc(text[from:], isBreak); k >= 0 {
		end = from + k
	}
	return text[:from] + text[end:], true
}

// givingVerbs hand a thing to someone: "捐给", "送给", "赠给".
var givingVerbs = newLexicon("捐给", "捐赠给", "赠给", "赠送给", "送给")

// sharedBy is how many claimable indicators of cat are known by a phrase
// holding k (at least one): a word several items share says less about
// which one is meant ("回收" of 废旧物品回收 and of 农膜等包装回收) than
// one of a single item (地膜), and counts that much less.
func sharedBy(cat village.Catalogue, k string) int {
	n := 0
	for _, ind := range cat {
		if !ind.Claimable() {
			continue
		}
		for p := range phrases(ind) {
			if strings.Contains(p, k) {
				n++
				break
			}
		}
	}
	return max(n, 1)
}

// phrases yields the words an indicator is known by: its keywords and the
// parts of its name ("参加义务劳动、集体劳动" → 参加义务劳动, 集体劳动).
func phrases(ind village.Indicator) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, k := range ind.Keywords {
			if !yield(k) {
				return
			}
		}
		for p := range strings.FieldsFuncSeq(ind.Name, nameBreak) {
			if n := utf8.RuneCountInString(p); n >= 2 && n <= 8 && !yield(p) {
				return
			}
		}
	}
}

// nameBreak reports whether r separates the parts of an indicator's name:
// one of "、，,（）()；;：: ".
func nameBreak(r rune) bool {
	switch r {
	case '、', '，', ',', '（', '）', '(', ')', '；', ';', '：', ':', ' ':
		return true
	}
	return false
}

// phraseScore is the rune length of k when it occurs in text; when its
// runes occur in order within a window of len(k)+3 runes, the length less
// one half and a quarter per rune skipped; a phrase of two two-rune words
// told the other way round ("河道清理" for 清理河道, "院子打扫干净" for
// 打扫院子), the same window holding its second word before its first,
// the length less one and a quarter per rune skipped; otherwise 0. tr are
// the runes of text, set their set: a phrase with a rune text lacks
// scores 0 without a search (one that is no valid UTF-8 might still occur
// byte by byte, and is searched).
func phraseScore(text string, tr []rune, set runeSet, k string) float64 {
	n := utf8.RuneCountInString(k)
	if n < 2 || !set.mayHold(runesOf(k)) && utf8.ValidString(k) {
		return 0
	}
	if strings.Contains(text, k) {
		return float64(n)
	}
	kr := []rune(k)
	if gap := leastGap(tr, kr); gap >= 0 {
		return max(float64(n)-0.5-0.25*float64(gap), 0)
	}
	if n == 4 {
		if gap := leastGap(tr, append(kr[2:4:4], kr[:2]...)); gap >= 0 {
			return max(float64(n)-1-0.25*float64(gap), 0)
		}
	}
	if n == 2 && disposed(text, string(kr[1])+string(kr[0])) {
		return float64(n) - 0.5
	}
	return 0
}

// disposed reports whether ov, a verb's object and the verb (雪铲 of 铲
// 雪), occurs in text as the 把 construction tells a thing done: the
// object after 把 and the verb ending it ("把路上的雪铲了", "把款捐完了").
func disposed(text, ov string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], ov)
		if k < 0 {
			return false
		}
		i += k
		if strings.Contains(text[clauseStart(text, i):i], "把") && hasAnyPrefix(text[i+len(ov):], doneEnds) {
			return true
		}
		i += len(ov)
	}
}

// doneEnds end a verb told done: "了", "掉", "完", "干净", "好".
var doneEnds = newLexicon("了", "掉", "完", "干净", "好")

// leastGap is the fewest runes skipped where the runes of kr occur in tr
// in order within a window of len(kr)+3 runes, or -1 when they do not.
func leastGap(tr, kr []rune) int {
	best := -1
	for start := range tr {
		if tr[start] != kr[0] {
			continue
		}
		j, gap := 1, 0
		for i := start + 1; i < len(tr) && j < len(kr) && i-start < len(kr)+3; i++ {
			if tr[i] == kr[j] {
				j++
			} else {
				gap++
			}
		}
		if j == len(kr) && (best < 0 || gap < best) {
			best = gap
		}
	}
	return best
}

// deedNames name common good deeds in the plan's own words, which points
// catalogues use (拾金不昧, 照料孤寡老人, 捐款, 清理垃圾, 见义勇为, 灭火), each with
// the plain words villagers tell it in: "捡的钱包交到村委会了", "帮隔壁王
// 奶奶挑了一个月的水", "扶王奶奶过马路", "捐了200块", "去河边捞了好多垃圾", "把村道扫干净
// 了", "扑灭了柴房的火". A clean-up is told done (了, 干净, 完, 走, 好):
// "门口的垃圾没人清理" is no deed. See indicatorOf.
var deedNames = []struct {
	name string
	said *regexp.Regexp
	// forOther marks a deed done for someone of another household: an
	// item of one's own household ("帮李奶奶把院子扫了" is no 庭院整洁 of
	// the sender's) is no reading of it.
	forOther bool
	// asked marks a deed anyone does in passing ("把石头搬开了"): named
	// only when points are asked for it, never offered for unasked.
	asked bool
	// custom marks a deed that a festival's visit also tells ("给老人拜年
	// 去了 送了两箱牛奶": family and neighbours calling with gifts): named
	// for such a visit only when points are asked.
	custom bool
}{
	{"拾金不昧", regexp.MustCompile(`失主|物归原主|拾到|捡(?:的|了|着|来的)\p{Han}{0,4}(?:钱包|手机|钱|包|卡|证|钥匙|存折)|(?:钱包|手机|钥匙|身份证|银行卡|存折)\p{Han}{0,4}(?:交到|交给|上交|送到|送还|还给|交还)`), false, false, false},
	// Someone else's elder, not one's own: "帮我奶奶" is family duty.
	// Cared for ("照顾隔壁王奶奶"), he is named or placed first: a bare
	// "照顾奶奶" is one's own grandmother.
	{"照料孤寡老人", regexp.MustCompile(`敬老院|养老院|孤寡|空巢|独居老|留守老|(?:帮|给|替|陪|看望了?|探望了?)(?:[^我自家]\p{Han}{0,3})?(?:奶奶|爷爷|大爷|大娘|婆婆|老人|老太|老汉)|(?:照顾|照料)(?:了|着)?[^我俺咱自家他她\P{Han}][^我俺咱自\P{Han}]{0,3}(?:奶奶|爷爷|大爷|大娘|婆婆|老人|老太|老汉)`), true, false, true},
	// One's own elders cared for at home ("帮俺奶奶扫房子", "给我爷爷洗脚",
	// "照顾我妈"): family duty (孝敬父母, pts111: it matched no item or was
	// offered as 扫院子), named only when points are asked. A chore must
	// follow a bare help verb: "帮我奶奶申请积分" is a claim for her.
	{"孝敬", regexp.MustCompile(`(?:照顾|照料|伺候|侍候|服侍)(?:了|着)?` + ownElders + `|(?:帮|给|替|陪)(?:了|着)?` + ownElders + `\p{Han}{0,5}?(?:扫|打扫|收拾|洗|做饭|做了|煮|擦|拖|晒|买|送|看病|拿药|理发|剪|梳|喂|端|铲|劈|挑|搬|修|缝|换|烧)`), false, true, false},
	// A hand lent to anyone on the way: "扶王奶奶过马路", "把摔倒的老人扶起来".
	{"助人为乐", regexp.MustCompile(`扶起|扶\p{Han}{0,5}(?:过马路|过路|过河|过桥|上楼|下楼|回家|起来)`), true, false, false},
	{"捐款", regexp.MustCompile(`捐(?:了|出)?[\p{Han}0-9]{0,5}(?:钱|块|元|万)`), false, false, false},
	{"清理垃圾", regexp.MustCompile(`(?:捡|捞|清|扫|拾)了?\p{Han}{0,4}垃圾|(?:垃圾|村道|河道|水沟|沟渠|水渠|树枝|落叶|烂叶|杂草)\p{Han}{0,5}(?:捡|捞|清|扫)(?:理|扫|除)?(?:了|干净|走|完|好)`), false, false, false},
	// A road swept: "去扫了村里的路", "把村口的马路扫干净了".
	{"清扫村道", regexp.MustCompile(`(?:扫|打扫|清扫)了\p{Han}{0,4}(?:马路|大街|街道|村道|路)|(?:马路|大街|街道|村道|路)(?:上|面)?(?:扫|打扫|清扫)(?:了|干净|完)`), false, false, false},
	// A life saved: "救了个落水的娃", "把掉河里的小孩救上来了", pulled,
	// dragged or fished out ("拉上来", "拽上来", "捞上来").
	{"见义勇为", regexp.MustCompile(`救(?:了|起|上|下|出)\p{Han}{0,6}(?:落水|溺水|掉河|掉水|掉进|水里|河里|塘里|火里|娃|孩子|小孩|人|老人)|(?:落水|溺水|掉河里|掉水里|掉进河|掉进水|掉塘里|掉井里|掉进井|掉池塘|掉进池塘)\p{Han}{0,8}(?:救|拉|拽|捞|抱|背)(?:了|起|上|出)`), false, false, false},
	// What blocked a way moved or cleared off it, the whole job or a part
	// ("把倒的树拖到边上了", "路上的石头搬开了"): work for all, unasked.
	{"义务劳动", regexp.MustCompile(`(?:树|树枝|树干|竹子|石头|石块|土石|杂物|障碍|路障)\p{Han}{0,4}` + movedAside), false, true, false},
	// A day's labour turned out for the village ("今天出工清了三组那条
	// 水渠", "每户出一个劳力"): named only when points are asked, for 出工
	// is also a day's paid work.
	{"义务劳动", regexp.MustCompile(`出(?:了)?(?:工|劳力|义务工)|投工投劳`), false, true, false},
	// A way mended by hand ("把机耕路上的坑填平了", "路上的坑垫好了",
	// "修了一段机耕路"): work for all, named only when points are asked,
	// for mending a road is also a paid job.
	{"义务劳动", regexp.MustCompile(`(?:坑|洞|凼|沟)\p{Han}{0,2}?(?:填|垫|补)(?:平|好|上|满)?了|(?:填|垫|补)(?:平|好|上|满)?了\p{Han}{0,6}?(?:坑|洞|凼)|修了\p{Han}{0,4}?(?:路|道)`), false, true, false},
	// Snow cleared by hand, in the villagers' words rather than the
	// catalogue's 扫雪/铲雪 ("清了一上午的雪", "下大雪 把村口的路铲出来了"):
	// work for all, named only when points are asked (pts100), for
	// clearing one's own yard is no deed and a plough's is a paid job.
	// Ice the same ("把村口到学校那段路的冰给铲了", "桥上结的冰敲掉了",
	// pts106); not a fridge's (冰箱, 冰柜) nor hail (冰雹).
	{"义务劳动", snowCleared, false, true, false},
	// A way dug out by hand after snow, told without the word 雪 ("我和王五
	// 把村口的路铲出来了", "把去小学那条路铲通了"): work for all, offered
	// unasked as a swept road is (pts101); one's own doorway or yard
	// ("把我家门口的路铲出来了") is no deed.
	{"义务劳动", regexp.MustCompile(`把(?:[^我俺咱自家院\s]\p{Han}{0,6}?)?(?:路|道)\p{Han}{0,2}?铲(?:出来|出|开|通|干净)|(?:村口|村道|路口|马路|大路|公路)\p{Han}{0,4}?铲(?:出来|出|开|通|干净)`), false, false, false},
	// An icy public way made safe ("在村口桥上撒了两袋盐防滑", "把结冰的路面
	// 撒了炉灰"): work for all, named only when points are asked (pts104);
	// one's own yard ("在自家院子里撒了点盐") is no deed.
	{"义务劳动", regexp.MustCompile(`(?:村口|村道|路面|路上|马路|大路|公路|桥|坡|路口|结冰|冰面|冻雨)[^我俺咱自家院]{0,10}?(?:撒|铺|垫)了?[^我俺咱自家院]{0,4}?(?:盐|融雪剂|炉灰|煤灰|煤渣|沙子|沙土|草垫|稻草|防滑)`), false, true, false},
	{"灭火", regexp.MustCompile(`(?:扑|浇|打)灭了?\p{Han}{0,5}火|火\p{Han}{0,3}(?:扑|浇|打)灭`), false, false, false},
}

// ownElders is one of the sender's own elders, as canonical text says it
// (俺 reads 我): "我奶奶", "我们家老人", "家里的老人" (deedNames' 孝敬).
const ownElders = `(?:(?:我们|我)家?的?(?:太奶奶|太爷爷|奶奶|爷爷|姥姥|姥爷|外婆|外公|爸妈|父母|老父亲|老母亲|老爹|老娘|爸|妈|爹|娘|公公|婆婆|岳父|岳母|丈母娘|老丈人|老人)|家里的?(?:老人|老爷子|老太太))`

// snowCleared tells snow or ice cleared by hand (deedNames' 义务劳动):
// "清了一上午的雪", "下大雪 把村口的路铲出来了", "把村口到学校那段路的冰
// 给铲了"; not a fridge's ice (冰箱, 冰柜) nor hail (冰雹).
var snowCleared = regexp.MustCompile(`(?:铲|扫|清|除|推)(?:了|掉|开|完)?\p{Han}{0,5}雪|雪[\p{Han} ]{0,12}?(?:铲|扫|清|推)(?:了|掉|开|出来|出|干净|通|完)|` +
	`(?:铲|敲|刨|凿|除)(?:了|掉|开|完)?\p{Han}{0,5}冰(?:[^箱柜雹棍糖淇]|$)|冰(?:[^箱柜雹棍糖淇][\p{Han} ]{0,12}?)?(?:铲|敲|刨|凿)(?:了|掉|开|干净|通|完)`)

// snowSwept renames a deed told of a way swept when the words speak of
// snow or ice (snowNamed): "下大雪 我把村口到学校的路扫了" is the village's
// snow cleared (义务劳动, pts100), not a road swept of litter (清扫村道;
// pts108: it filed as 环境卫生整治), offered unasked as the swept road was.
var (
	snowSwept = map[string]string{"清扫村道": "义务劳动"}
	snowNamed = regexp.MustCompile(`雪(?:[^碧糕]|$)|冰(?:[^箱柜雹棍糖淇]|$)`)
)

// festiveVisits are the calls of a festival, paid to family, elders and
// neighbours alike: 拜年, 走亲戚. A gift taken on one is custom, not care
// for the lonely, unless the catalogue's own words say so ("去五保户家拜年"
// is 五保户's) or points are asked.
var festiveVisits = newLexicon("拜年", "拜早年", "拜晚年", "走亲戚", "串门", "回娘家", "看爸妈", "看父母", "看老丈人", "看丈母娘")

// indicatorOf is the indicator of cat that t describes (see
// matchIndicator); when the catalogue's own words match none, or only an
// item of the sender's own household while t tells of a deed for someone
// else, t is matched again with the names of the common deeds it tells of
// (see deedNames; those named only when asked, when asked is true: t asks
// for points).
func indicatorOf(cat village.Catalogue, t string, asked bool) (string, bool) {
	code, ok := matchIndicator(cat, t)
	if ok && !ownItem(cat, code) {
		return ownDoorway(cat, t, forElder(cat, t, code)), true
	}
	var names []string
	forOther := false
	for _, d := range deedNames {
		if (asked || !d.asked && !(d.custom && containsAny(t, festiveVisits))) && d.said.MatchString(t) {
			name := d.name
			if n, ok := snowSwept[name]; ok && snowNamed.MatchString(t) {
				name = n
			}
			names = append(names, name)
			forOther = forOther || d.forOther
		}
	}
	if ok && !forOther {
		return code, true
	}
	if len(names) == 0 {
		return "", false
	}
	// snow told in the villagers' words ("扫了自家门口的雪") is the door's
	// as the catalogue's 扫雪 is (pts107)
	code, ok = matchIndicator(cat, strings.Join(names, " "))
	if ok {
		code = ownDoorway(cat, t, code)
	}
	return code, ok
}

// forElder is code, the catalogue's reading of t, unless code is the
// village's collective labour (义务劳动) done for an elder of another
// household ("帮王奶奶把屋顶的雪扫了"): then the catalogue's care for elders
// (照料孤寡老人; pts103: it was filed as 义务劳动), when it has one. A job for
// one old neighbour is no turn-out for the village.
func forElder(cat village.Catalogue, t, code string) string {
	labour, ok := matchIndicator(cat, "义务劳动")
	if !ok || labour != code || !elderCared.MatchString(t) {
		return code
	}
	if care, ok := matchIndicator(cat, elderCare); ok {
		return care
	}
	return code
}

// ClaimRefined is code, the catalogue's own match of a claim's deed
// (village.Catalogue.Match: 申请积分's keywords), as the rules read that
// deed (indicatorOf): 义务劳动 done for an elder of another household is
// care for elders (forElder: 「申请积分 帮王奶奶扫雪」), snow cleared at
// one's own door is 门前三包 (ownDoorway). The same deed files alike
// whether 申请积分 starts it or not (pts107: the command's keyword match
// kept 扫雪 as 义务劳动).
func ClaimRefined(cat village.Catalogue, deed, code string) string {
	t := canon(unspace(normalize(deed)))
	return ownDoorway(cat, t, forElder(cat, t, code))
}

// ownDoorway is code, the catalogue's reading of t, unless code is the
// catalogue's 义务劳动 item and t tells of snow cleared at the sender's
// (or the person's) own door or yard and nowhere public ("把自家门口的雪扫
// 了", "扫雪 自家门前"): that is 门前三包, the catalogue's 房前屋后 item
// (HJ01, a household's, with its photo), not labour for the village
// (pts104). Snow cleared for an elder is forElder's.
func ownDoorway(cat village.Catalogue, t, code string) string {
	labour, ok := matchIndicator(cat, "义务劳动")
	if !ok || labour != code || !strings.Contains(t, "雪") || !ownDoor.MatchString(t) || containsAny(t, publicWays) {
		return code
	}
	if own, ok := matchIndicator(cat, doorDuty); ok {
		return own
	}
	return code
}

// doorDuty is the plan's name of a household's care of its own door
// (门前三包), ownDoor its place said as the household's own, and
// publicWays the places that make snow cleared there the village's.
const doorDuty = "门前三包"

var (
	ownDoor    = regexp.MustCompile(`(?:自家|自己家|我家|俺家|咱家|我们家|俺们家|咱们家)的?(?:门口|门前|院子|院里|院坝|房前屋后|屋前屋后)|(?:^|把|[^\p{Han}])家门(?:口|前)`)
	publicWays = newLexicon("村口", "村道", "村里", "全村", "马路", "大路", "公路", "路口", "学校", "村委", "广场", "桥", "巷子", "街上", "大家")
)

// elderCare is the plan's name of the care for a lonely elder, and
// elderCared its deed's words (deedNames).
const elderCare = "照料孤寡老人"

var elderCared = func() *regexp.Regexp {
	for _, d := range deedNames {
		if d.name == elderCare {
			return d.said
		}
	}
	panic("understand: no deed " + elderCare)
}()

// ClaimIndicator is the indicator of cat that the deed of a claim
// (points asked) describes, as Rules with cat as its Catalogue reads it:
// for a caller whose reader had no catalogue to match against (pts98: the
// points flow, whatever reader it is given, files 「申请积分 清理了村口水渠」
// as the app's rules would).
func ClaimIndicator(cat village.Catalogue, deed string) (string, bool) {
	return indicatorOf(cat, canon(unspace(normalize(deed))), true)
}

// ownItem reports whether code is an item of the household's own (庭院整洁).
func ownItem(cat village.Catalogue, code string) bool {
	ind, ok := cat.ByCode(code)
	return ok && ind.Level == village.LevelHousehold
}
