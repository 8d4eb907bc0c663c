package village

import (
	"strings"
	"testing"
)

// TestKinMissingBare: a kin word opening a clause, loose ones too, is the
// speaker's own ("小孩不见了"), resolved in his household when one member
// fits; not a kin word inside a name or of another's (lost96).
func TestKinMissingBare(t *testing.T) {
	for text, want := range map[string]string{
		"小孩不见了":       "小孩",
		"孩子找不到了 到处找了": "孩子",
		"家里老人不见了":     "老人",
		"我家小孩不见了":     "小孩",
		"王奶奶不见了":      "",
		"张三家孩子不见了":    "",
		"姑娘不见了":       "",
		"快来人，娃不见了":    "娃",
		"小孩在家 老王不见了":  "",
	} {
		if got := strings.Join(KinMissing(text), ","); got != want {
			t.Errorf("KinMissing(%q) = %q, want %q", text, got, want)
		}
	}
	p := func(name, household, rel string, sex Sex) Person {
		return Person{Name: name, Village: "青山村", Household: household, Relation: rel, Gender: sex, Grid: "三组"}
	}
	people := []Person{
		p("张三", "301", RelHead, Male), p("刘芳", "301", RelSpouse, Female), p("张明", "301", RelChild, Male),
		p("陈二", "302", RelHead, Male), p("胡秀芝", "302", RelSpouse, Female), p("陈小龙", "302", RelChild, Male), p("陈小凤", "302", RelChild, Female),
		p("赵六", "306", RelHead, Male), p("钱桂英", "306", RelSpouse, Female), p("赵鹏", "306", RelChild, Male), p("赵欣怡", "306", RelGrandchild, Female),
		{Name: "王五", Village: "青山村", Household: "304", Relation: RelHead, Gender: Male, Grid: "三组", Roles: []Role{RoleVillager, RoleWorker}},
		p("王乐", "304", RelChild, Male),
		p("金小海", "311", RelChild, Male), p("金大海", "311", RelHead, Male), p("白凤兰", "311", RelParent, Female),
	}
	names := func(ps []Person) string {
		var out []string
		for _, x := range ps {
			out = append(out, x.Name)
		}
		return strings.Join(out, ",")
	}
	for _, c := range []struct{ reporter, text, want string }{
		{"张三", "小孩不见了", "张明"},
		{"张三", "我家孩子找不到了", "张明"},
		{"陈二", "小孩不见了", ""}, // two children: not guessed
		{"赵六", "小孙子不见了", "赵欣怡"},
		{"赵六", "小孩不见了", ""}, // a child and a grandchild
		{"金大海", "家里老人不见了", "白凤兰"},
		{"张三", "家里老人不见了", ""}, // his wife is no 老人
		{"王五", "小孩不见了", ""},   // a cadre's: the grid's child more likely
		{"王五", "我家小孩不见了", "王乐"},
	} {
		var reporter Person
		for _, x := range people {
			if x.Name == c.reporter {
				reporter = x
			}
		}
		if got := names(KinMissingOf(people, reporter, c.text)); got != c.want {
			t.Errorf("KinMissingOf(%s, %q) = %q, want %q", c.reporter, c.text, got, c.want)
		}
	}
}
