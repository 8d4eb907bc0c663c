package village

import (
	"strings"
	"unicode"
)

// The relations to the head of the household that the roster's 与户主关系
// column is read as (ReadRelation). Registers write them many ways —
// "长子", "妻", "孙女", "儿媳妇" — and the bot reads kin words ("我儿子",
// "我老伴") against these.
const (
	RelHead        = "户主"
	RelSpouse      = "配偶"
	RelChild       = "子女"
	RelGrandchild  = "孙子女"
	RelParent      = "父母"
	RelParentInLaw = "配偶父母" // 公公, 婆婆, 岳父, 岳母: the head's spouse's parents
	RelGrandparent = "祖父母"
	RelSibling     = "兄弟姐妹"
	RelDaughterIL  = "儿媳"
	RelSonInLaw    = "女婿"
)

// Sex is what a relation as written tells of a person's sex: a 长子 is a
// man, a 儿媳 a woman, a 配偶 or a 子女 may be either (SexUnknown).
type Sex string

const (
	SexUnknown Sex = ""
	Male       Sex = "男"
	Female     Sex = "女"
)

// relationWords are the ways registers write each relation, with the sex
// each tells. Ordinals and the like are read off first (relationCore):
// "长子", "次子", "三女", "大儿子", "小女儿", "独生子", "养女", "继父".
var relationWords = map[string]struct {
	rel string
	sex Sex
}{
	"户主": {RelHead, SexUnknown}, "本人": {RelHead, SexUnknown}, "户主本人": {RelHead, SexUnknown}, "head": {RelHead, SexUnknown}, "self": {RelHead, SexUnknown},

	"配偶": {RelSpouse, SexUnknown}, "爱人": {RelSpouse, SexUnknown}, "夫妻": {RelSpouse, SexUnknown}, "spouse": {RelSpouse, SexUnknown},
	"妻": {RelSpouse, Female}, "妻子": {RelSpouse, Female}, "老婆": {RelSpouse, Female}, "wife": {RelSpouse, Female},
	"夫": {RelSpouse, Male}, "丈夫": {RelSpouse, Male}, "老公": {RelSpouse, Male}, "husband": {RelSpouse, Male},

	"子女": {RelChild, SexUnknown}, "儿女": {RelChild, SexUnknown}, "孩子": {RelChild, SexUnknown}, "child": {RelChild, SexUnknown},
	"子": {RelChild, Male}, "儿子": {RelChild, Male}, "儿": {RelChild, Male}, "男": {RelChild, Male}, "son": {RelChild, Male},
	"女": {RelChild, Female}, "女儿": {RelChild, Female}, "闺女": {RelChild, Female}, "daughter": {RelChild, Female},

	"孙子女": {RelGrandchild, SexUnknown}, "孙辈": {RelGrandchild, SexUnknown}, "外孙子女": {RelGrandchild, SexUnknown}, "grandchild": {RelGrandchild, SexUnknown},
	"孙": {RelGrandchild, Male}, "孙子": {RelGrandchild, Male}, "外孙": {RelGrandchild, Male}, "外孙子": {RelGrandchild, Male}, "grandson": {RelGrandchild, Male},
	"孙女": {RelGrandchild, Female}, "外孙女": {RelGrandchild, Female}, "granddaughter": {RelGrandchild, Female},

	"父母": {RelParent, SexUnknown}, "parent": {RelParent, SexUnknown},
	"父": {RelParent, Male}, "父亲": {RelParent, Male}, "爸爸": {RelParent, Male}, "father": {RelParent, Male},
	"母": {RelParent, Female}, "母亲": {RelParent, Female}, "妈妈": {RelParent, Female}, "mother": {RelParent, Female},

	"公公": {RelParentInLaw, Male}, "岳父": {RelParentInLaw, Male},
	"婆婆": {RelParentInLaw, Female}, "岳母": {RelParentInLaw, Female},

	"祖父母": {RelGrandparent, SexUnknown}, "外祖父母": {RelGrandparent, SexUnknown},
	"祖父": {RelGrandparent, Male}, "爷爷": {RelGrandparent, Male}, "外祖父": {RelGrandparent, Male}, "外公": {RelGrandparent, Male},
	"祖母": {RelGrandparent, Female}, "奶奶": {RelGrandparent, Female}, "外祖母": {RelGrandparent, Female}, "外婆": {RelGrandparent, Female},

	"兄弟姐妹": {RelSibling, SexUnknown},
	"兄":    {RelSibling, Male}, "哥": {RelSibling, Male}, "哥哥": {RelSibling, Male}, "弟": {RelSibling, Male}, "弟弟": {RelSibling, Male}, "兄弟": {RelSibling, Male},
	"姐": {RelSibling, Female}, "姐姐": {RelSibling, Female}, "妹": {RelSibling, Female}, "妹妹": {RelSibling, Female}, "姐妹": {RelSibling, Female},

	"儿媳": {RelDaughterIL, Female}, "儿媳妇": {RelDaughterIL, Female}, "儿子媳妇": {RelDaughterIL, Female}, "daughter-in-law": {RelDaughterIL, Female},
	"女婿": {RelSonInLaw, Male}, "son-in-law": {RelSonInLaw, Male},
}

// relationPrefixes are read off a relation before it is looked up: which
// child ("长子", "二女儿", "小儿子"), an only child ("独生女"), an adopted
// or step one ("养子", "继母"); an elder or younger sibling ("大哥",
// "二姐"); "户主之子".
var relationPrefixes = []string{"户主之", "户主的", "独生", "最小的", "长", "次", "大", "二", "三", "四", "五", "六", "七", "老", "小", "幺", "独", "养", "继"}

// ReadRelation reads a 与户主关系 as written in a register: the relation
// it is (one of the Rel constants) and the sex it tells. Text it does not
// know ("侄子", "其他", "寄住") is returned as written, trimmed, with
// SexUnknown: kin words do not find such a member, and nothing else
// changes.
func ReadRelation(written string) (rel string, sex Sex) {
	text := strings.TrimSpace(written)
	core := strings.ToLower(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, text))
	if w, ok := relationWords[core]; ok {
		return w.rel, w.sex
	}
	for _, p := range relationPrefixes {
		rest, ok := strings.CutPrefix(core, p)
		if !ok || rest == "" {
			continue
		}
		w, ok := relationWords[rest]
		if !ok {
			continue
		}
		switch {
		case w.rel == RelChild, w.rel == RelGrandchild, w.rel == RelSibling,
			w.rel == RelParent && strings.ContainsAny(p, "养继"),
			strings.HasPrefix(p, "户主"):
			return w.rel, w.sex
		}
	}
	return text, SexUnknown
}

// genderWords are the ways registers write 性别.
var genderWords = map[string]Sex{
	"男": Male, "男性": Male, "m": Male, "male": Male,
	"女": Female, "女性": Female, "f": Female, "female": Female,
}

// ReadGender reads a 性别 cell as written: 男 or 女 (男性, 女性, M, F,
// male, female); empty is SexUnknown. ok is false for anything else.
func ReadGender(written string) (sex Sex, ok bool) {
	core := strings.ToLower(strings.Join(strings.Fields(written), ""))
	if core == "" {
		return SexUnknown, true
	}
	sex, ok = genderWords[core]
	return sex, ok
}
