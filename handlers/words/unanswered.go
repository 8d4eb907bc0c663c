package words

import (
	"gridbot/understand"
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// QuestionNote opens the note that tells the leaders of such a question
// (report.question.leader): quoted, his words are the answer.
const QuestionNote = "【村民提问】"

// AsksPlainly reports whether said, which the reader placed as no matter
// (chat), is still one plain question a grid cadre could answer when said
// to the bot: "过年放几天假", "村里有没有招工的", "请问 村里有没有招工的".
// Not a ping ("在吗", "有人吗"), a question put to a neighbour ("明天去镇
// 上不"), a remark in question words ("咋这么冷", "啥也没干"), chat that
// tells more than it asks ("这张图是啥时候拍的 好漂亮"), a long forward.
func AsksPlainly(said understand.Said) bool {
	if understand.AsksNeighbour(said) {
		return false
	}
	var asked []string
	for _, c := range strings.FieldsFunc(BlankWords(said.Raw, pingWords), func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && !strings.ContainsRune("?？", r) || unicode.IsSymbol(r)
	}) {
		if !slices.Contains(askLeads, c) {
			asked = append(asked, c)
		}
	}
	if len(asked) != 1 {
		return false
	}
	q, n := BlankWords(asked[0], remarkWords), 0
	for _, c := range q {
		if unicode.Is(unicode.Han, c) && !strings.ContainsRune(particles, c) {
			n++
		}
	}
	return n >= minPlainAsk && n <= maxPlainAsk && (understand.IsQuestion(q) || ContainsAnyOf(q, ChatAsks...) || ContainsAnyOf(q, PlainAsks...))
}

// minPlainAsk and maxPlainAsk bound the characters of a question that
// asksPlainly takes (particles not counted): fewer is a ping or a word, more
// a forwarded notice.
const (
	minPlainAsk = 3
	maxPlainAsk = 30
)

// askLeads only open a question: "请问 …", "问一下 …".
var askLeads = []string{"请问", "问一下", "问下", "想问一下", "想问下", "想问问", "打听一下", "打听下", "麻烦问一下", "我想问一下", "俺想问一下", "俺想问下"}

// remarkWords hold question words that ask nothing: "咋这么冷", "啥也没干",
// "没啥事".
var remarkWords = []string{"这么", "那么", "多么", "没啥", "没什么", "啥也", "啥都", "什么也", "什么都", "怎么回事"}

// pingWords only call the bot or check that it hears: "在吗", "有人吗".
var pingWords = []string{"在不在", "有人在吗", "有人吗", "在吗", "听得到不", "听得到吗", "听得见吗", "听到没", "收到没", "喂喂"}

// ChatAsks ask when, where or whether in words neither isQuestion nor
// plainAsks know: "过年放几天假", "几号发", "啥时候开", "去哪领".
var ChatAsks = []string{"几天", "几号", "几月", "几时", "啥时", "多久", "多长时间", "去哪", "到哪", "哪儿", "找谁", "问谁", "咋弄", "怎么弄", "可不可以", "要不要"}

// BotTalk are words of a question about the bot, the sky or a meal,
// which no grid cadre is to answer: the menu says what the bot does.
var BotTalk = []string{"你好", "您好", "你是", "你会", "你能", "你叫", "你在", "你几岁", "机器人", "小助手", "怎么用", "咋用", "干什么的", "干啥的", "有什么用",
	"天气", "下雨", "下雪", "刮风", "几度", "气温", "吃什么", "吃啥", "吃饭", "吃了"}

// ownDoneRe asks whether a thing of the sender's household was done: "我家
// 该交的医保交了没", "俺妈的养老金到账了吗", "我家低保办没办"; or says it was
// not, asking why: "我家的耕地补贴没收到是咋回事", "俺爹的高龄补贴咋还没发";
// not whether there is one to have ("我妈八十了 有钱领没").
var ownDoneRe = regexp.MustCompile(`(?:交|缴|办|发|到账|领|打|报销|认证|年审)(?:了|过|过了|好|好了)(?:没有|没得|没|吗)|到账(?:没|吗)|(?:交|缴|办)没(?:交|缴|办)|有没有(?:交|缴|办)|` +
	`没(?:有)?(?:收到|拿到|领到|到账)|(?:咋|怎么|为啥|为什么|怎)还?没(?:有)?(?:发|给|打|到)|` +
	// "我家的低保今年怎么少了50", "俺娘的养老金咋给停了": what is paid
	// him changed (lead105)
	`(?:咋|怎么|为啥|为什么|怎)(?:又|就|给)?(?:少了|变少|少发|少给|减了|降了|停了|停发|取消了|没了)`)

// ownWhose say that a thing is the sender's household's.
var ownWhose = []string{"我家", "俺家", "我们家", "咱家", "我的", "俺的", "我妈", "我爸", "俺妈", "俺爹", "俺娘", "我老伴", "我儿子", "我女儿", "我孙子"}

// ownKinFirst is a family member the text opens with, the sender's own
// though he does not say whose: "老人的养老金咋没到账", "孩子的营养餐补助
// 咋还没发"; "村里老人的…" is anyone's.
var ownKinFirst = regexp.MustCompile(`^(?:家里|家里的)?(?:老人|` + village.KinWords + `)的`)

// AsksOwnDone reports whether said asks whether a thing of his household
// was done (paid, handled, arrived): its record, which no guide tells.
// Whose it is may go unsaid when a scheme is named and nobody else is
// asked ("养老金这个月到账了吗", understand.OwnStatusAsked).
func AsksOwnDone(said understand.Said) bool {
	text := said.Raw
	own := ContainsAnyOf(text, ownWhose...) || OwnKinRe.MatchString(text) || ownKinFirst.MatchString(text)
	return own && ownDoneRe.MatchString(text) || understand.OwnStatusAsked(said)
}

// perkWords are the gifts and perks a village hands out on occasions,
// which no procedure's guide tells of: "慰问品", "过节费".
var perkWords = understand.PerkWords()

// AsksPerk reports whether text asks after a perk for a scheme's
// households ("低保户过年有没有慰问品", "五保户过节有福利吗"), not how to
// apply for the scheme ("慰问金怎么申请"): the village or township decides
// it, and its leaders answer.
func AsksPerk(text string) bool {
	return ContainsAnyOf(text, perkWords...) && !ContainsAnyOf(text, ProcedureAsks...)
}

// GiftsSaid are the words of a gift handed out text holds ("慰问金",
// "米面油"): perkWords but 福利, which may ask what a scheme's households
// get ("低保户有啥福利": the guide's entries that name them), and 红包.
func GiftsSaid(text string) []string {
	var out []string
	for _, w := range perkWords {
		if w != "福利" && w != "红包" && strings.Contains(text, w) {
			out = append(out, w)
		}
	}
	return out
}

// festivalGoods are the perks that are goods or a festival's money, never
// the relief of a harm: "慰问品", "年货", "过节费".
var festivalGoods = slices.DeleteFunc(slices.Clone(perkWords), func(w string) bool { return w == "慰问" || w == "慰问金" })

// festivals name the occasion a perk is handed out for.
var festivals = []string{"过年", "过节", "春节", "年底", "年前", "年货", "中秋", "元旦", "端午", "重阳", "腊八", "八月十五"}

// AsksFestivalPerk reports whether text asks after a festival's perk
// ("过年的慰问品啥时候发", "今年春节有没有慰问金"): goods, or money for an
// occasion, which the village hands out; no relief of an emergency, even
// asked right after one's own alarm (alarm109: it was answered as
// 临时救助).
func AsksFestivalPerk(text string) bool {
	return AsksPerk(text) && (ContainsAnyOf(text, festivalGoods...) || ContainsAnyOf(text, festivals...))
}
