package words

import (
	"regexp"
)

// NewcomerWords tell that the speaker moved here or is new to the group.
var NewcomerWords = []string{"新搬来", "刚搬来", "新搬到", "刚搬到", "新来的", "刚来的", "新住户", "新入住", "刚入住", "新加入", "刚进群", "新进群"}

// NewcomerFields reports whether 我是 fields name one person alone (no
// household) as names are written, two to four Chinese characters: the
// newcomer's way of saying who he is.
func NewcomerFields(fields []string) (name string, ok bool) {
	if len(fields) != 1 || !newcomerName.MatchString(fields[0]) {
		return "", false
	}
	return fields[0], true
}

// newcomerName is a name as the roster writes one.
var newcomerName = regexp.MustCompile(`^\p{Han}{2,4}$`)
