package words

import (
	"gridbot/understand"
	"strings"
	"time"
	"unicode/utf8"
)

// ContinueWindow is how long after a matter was asked about or filed the
// sender's next message may go on with it.
const ContinueWindow = 15 * time.Minute

// ShortWindow and shortRunes bound the weaker continuations: a short
// message (at most shortRunes) opening with where (「在村东头…」) or which
// (「那个…」) goes on with its sender's matter only this soon after it.
const (
	ShortWindow = 5 * time.Minute
	shortRunes  = 30
)

// AddedNote begins the history note of a reporter's 补充 of his item.
const AddedNote = "补充："

// JustFiled is the item a sender filed last in a chat (Router.filedNow):
// a process's own memory, no round trip; another process's filing is not
// known to it, and his next message there is read as ever.
type JustFiled struct {
	Ref, Village, Category string
	Text                   string // the report's words, for what a 补充 names (worsens)
	At                     time.Time
}

// ContinueWords begin a message that goes on with what its sender just
// said: where it is (就在…), which one (就是…), how big or when.
var ContinueWords = []string{"就是", "就在", "是在", "位置在", "地点在", "地方在", "具体在", "具体是", "大概在", "大约在"}

// OtherMatterWords begin a matter of its own: 「还有村口的路灯坏了」.
var OtherMatterWords = []string{"还有", "另外", "另一", "顺便", "再一个", "再就是"}

// DetailWords tell, in words that are no complaint of their own, how big a
// matter told just before is or what it takes to deal with: 「树挺粗的 要拿
// 电锯来」. Places and times are not among them: 「大家早上好」「谁家的车停在路口
// 了」 is talk.
var DetailWords = []string{"粗", "米长", "米宽", "米深", "公分", "厘米", "很大", "挺大", "好大", "很深", "挺深", "很宽",
	"要拿", "得用", "得拿", "电锯", "吊车", "挖机", "铲车", "几个人才", "一个人弄不"}

// thatWords open a message on the thing just told, or a pause before
// more of it: 「那个 就是学校门口那个」「那面墙是老张家的」.
// Not 那边/那里 (「那边好像有点什么事」 points anywhere).
var thatWords = []string{"那个", "那棵", "那根", "那面", "那堵", "那座", "那条", "那口", "那块", "那处", "就那"}

// placeMarks, after an opening 在, say where: 「在村东头 老李家后面」. Not
// 「在忙」「在家呢」.
var placeMarks = []string{"东头", "西头", "南头", "北头", "村口", "路口", "桥头", "桥边", "门口", "旁边", "边上", "后面", "后头", "前面",
	"前头", "对面", "附近", "那边", "这边", "路边", "河边", "塘边", "山上", "坡上", "拐角", "尽头", "组", "村", "号"}

// AnotherWords say a short message tells of another thing like it: 「那边
// 也坏了」.
var AnotherWords = []string{"也", "又一", "另一", "还有"}

// AfterThat is text without a filler 那个 (and the pause after it) before
// the rest: 「那个 就是学校门口那个」.
func AfterThat(text string) string {
	rest, ok := strings.CutPrefix(text, "那个")
	if !ok {
		return text
	}
	return strings.TrimLeft(rest, " ,，、.。…~")
}

// OpensOn reports whether short text opens on where (在 and a place: 「在
// 村东头 老李家后面」) or which (thatWords: 「那个墙是老张家的」) the matter
// its sender just told is.
func OpensOn(text string) bool {
	if utf8.RuneCountInString(text) > shortRunes {
		return false
	}
	if StartsWithAny(text, thatWords...) {
		return true
	}
	rest, ok := strings.CutPrefix(text, "在")
	return ok && ContainsAnyOf(rest, placeMarks...)
}

// Worsens reports whether s tells that the thing told in before is about
// to come down on people now (understand.Imperils): 「快倒了 下面有人走」
// after 「村口那面墙裂了」. What it names before the falling word, if
// anything, is the thing told: each of its characters (but 那/这, a
// measure word or 的) is in before (「那面墙快倒了」), not another thing
// (「村西的桥快塌了」).
func Worsens(s understand.Said, before string) bool {
	subject, ok := understand.Imperils(s)
	if !ok || before == "" {
		return false
	}
	told := understand.Canon(before)
	for _, c := range subject {
		if !strings.ContainsRune(told, c) && !strings.ContainsRune(subjectFillers, c) {
			return false
		}
	}
	return true
}

// subjectFillers are the characters of a thing's name that name no
// thing: 「那面墙」 is 墙.
const subjectFillers = "那这个面堵座棵根条口块处的它又都也还已经现在 ,，、"
