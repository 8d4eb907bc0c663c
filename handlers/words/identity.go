package words

import (
	"gridbot/village"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Self-declared identities. A villager whose group name the roster does
// not know says who he is ("我是 陈二", "我是 王芳 QS-205"); the grid's
// leader confirms it (确认身份 群昵称) or refuses it (拒绝身份 群昵称);
// unanswered, it lapses after idClaimTTL and the villager is told so in
// the group. A confirmed group name is handled as the roster person from
// then on (identify), and the open reports he filed under it become that
// person's. Role holders are never bound this way: the transport knows
// them by the bot account's remark names only.
//
// Both live in the village's scope, as kept values (storage.Kept), so that
// each change is one commit with its reply:
//
//	ask:idclaims:<grid>  the claims waiting, a JSON idClaim a line (at most 8)
//	ask:ids              the confirmed bindings, "群昵称\t名字\t网格\t账号\t昵称" a line
//
// A binding holds in the grid whose leader confirmed it, and for the
// account that said 我是 where the transport tells accounts apart
// (bot.Message.Account): someone else who takes on the same group name
// (a copy of the nickname, a namesake of another grid) is a stranger, and
// the one confirmed keeps it when he renames himself. Accounts hold for
// one login (WeChat's UserNames change at every scan): after a new login
// the binding is his who shows, in its grid's group, the group name and
// the nickname (bot.Message.Nick) it was confirmed with, and his first
// message re-attaches it to his new account (reattach), so that nobody
// need confirm again and a copy of the group name alone stays a stranger.
// Lines written before grids, accounts or nicknames were kept lack them,
// and hold by what they have.
const (
	VIam       Verb = "我是"
	VConfirmID Verb = "确认身份"
	VRefuseID  Verb = "拒绝身份"
)

// identityVocab are the words of the identity flow; 我是 itself is read
// by saysWhoHeIs, not as a command word.
var identityVocab = map[string]Verb{
	"确认身份": VConfirmID, "身份确认": VConfirmID, "核实身份": VConfirmID,
	"拒绝身份": VRefuseID, "不确认身份": VRefuseID, "解除身份": VRefuseID, "取消身份": VRefuseID,
}

// IdAbout names a claim's held lapse notice (storage.Change.About), so that
// answering the claim withdraws it.
func IdAbout(from string) string { return "ID:" + from }

// LineBreaks would break the stored lines: never in a name kept.
var LineBreaks = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// AtName is an @mention in a message as WeChat writes it.
var AtName = regexp.MustCompile("[@＠]([^\\s@＠\u2005]+)")

// Privileged reports whether p holds a role beyond villager.
func Privileged(p village.Person) bool {
	return slices.ContainsFunc(p.Roles, func(x village.Role) bool { return x != village.RoleVillager })
}

// KinIntro is "我是<name>家的<relative>" or "我是<name>的<relative>", alone.
var KinIntro = regexp.MustCompile(`^` + kinWords + `[。.!！~～\s]*$`)

// kinWords are the words of a relative's "我是王奶奶的孙子", or a
// neighbour's "我是王奶奶的邻居", "我是王奶奶家隔壁的" (the second group:
// the neighbour's word).
const kinWords = `我是\s*(\p{Han}{2,4}?)(?:家的|家|的)(?:(?:大|二|三|小)?(?:闺女|女儿|儿子|孙子|孙女|外孙|外孙女|媳妇|儿媳|儿媳妇|老婆|老公|爱人|老伴|女婿|侄子|侄女|妹妹|姐姐|哥哥|弟弟|家属|家人|亲戚|娃|孩子)|((?:老|隔壁)?邻居|隔壁|街坊|对门)的?)`

// KinRel is how a kinWords match says the speaker stands to her, as the
// texts say it: "邻居" for a neighbour, "" for a relative (家里人).
func KinRel(m []string) string {
	if m[2] != "" {
		return "邻居"
	}
	return ""
}

// KinSays is kinWords followed by what the relative says of her.
var KinSays = regexp.MustCompile(`^` + kinWords + `[，,。.!！~～\s]+(.+)$`)

// IamFields are the words after 我是: the name and maybe the household
// (without its label: "户号QS-302", "户号：QS-302"), without the full stop
// or exclamation a sentence ends with.
func IamFields(text string) []string {
	fields := strings.Fields(strings.TrimRight(strings.TrimPrefix(text, string(VIam)), "。.!！~～ \u3000"))
	fields = slices.DeleteFunc(fields, func(f string) bool { return strings.TrimRight(f, ":：") == "户号" }) // "户号 QS-302"
	if len(fields) == 2 {
		if h := strings.TrimLeft(strings.TrimPrefix(fields[1], "户号"), ":："); h != "" {
			fields[1] = h
		}
	}
	return fields
}

var QuotedClaimRe = regexp.MustCompile(`群里「([^」]+)」说自己是`)

// RelinkNewest is how many of the village's newest reports a
// confirmation looks through for the closed ones filed under the group
// name (the open ones of the grid it looks through all).
const RelinkNewest = 200

// PendingID is a claim as a leader's 待办 lists it.
type PendingID struct {
	From, Name string
	Left       int // days before it lapses, a part counted whole
}

// NoClaimsFor is how long a grid Redis held no 我是 for is taken to have
// none by the leader's 待办. A 我是 is said in the grid's group, which one
// process serves, and its commit leaves this process a copy that is read
// first; only one made through another process (after a restart, or a
// group moved to another account) may show this much later.
const NoClaimsFor = 10 * time.Minute
