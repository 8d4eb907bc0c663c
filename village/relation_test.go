package village

import (
	"testing"

	"gridbot/internal/fuzzseed"
)

// TestReadRelation: the ways registers write 与户主关系 are read as the
// relation and the sex they tell; what is not known stays as written.
func TestReadRelation(t *testing.T) {
	for _, tc := range []struct {
		written, rel string
		sex          Sex
	}{
		{"户主", RelHead, SexUnknown},
		{" 本人 ", RelHead, SexUnknown},
		{"head", RelHead, SexUnknown},
		{"配偶", RelSpouse, SexUnknown},
		{"妻", RelSpouse, Female},
		{"妻子", RelSpouse, Female},
		{"丈夫", RelSpouse, Male},
		{"子女", RelChild, SexUnknown},
		{"儿子", RelChild, Male},
		{"长子", RelChild, Male},
		{"次子", RelChild, Male},
		{"三子", RelChild, Male},
		{"独生子", RelChild, Male},
		{"小儿子", RelChild, Male},
		{"养子", RelChild, Male},
		{"男", RelChild, Male},
		{"Son", RelChild, Male},
		{"户主之子", RelChild, Male},
		{"女", RelChild, Female},
		{"长女", RelChild, Female},
		{"二女儿", RelChild, Female},
		{"闺女", RelChild, Female},
		{"孙子", RelGrandchild, Male},
		{"长孙", RelGrandchild, Male},
		{"外孙女", RelGrandchild, Female},
		{"孙子女", RelGrandchild, SexUnknown},
		{"父亲", RelParent, Male},
		{"母", RelParent, Female},
		{"继母", RelParent, Female},
		{"婆婆", RelParentInLaw, Female},
		{"岳父", RelParentInLaw, Male},
		{"儿媳", RelDaughterIL, Female},
		{"儿媳妇", RelDaughterIL, Female},
		{"女婿", RelSonInLaw, Male},
		{"祖母", RelGrandparent, Female},
		{"大哥", RelSibling, Male},
		{"妹妹", RelSibling, Female},
		{"侄子", "侄子", SexUnknown},
		{"其他", "其他", SexUnknown},
		{"大父", "大父", SexUnknown}, // an ordinal makes no parent
		{"", "", SexUnknown},
	} {
		rel, sex := ReadRelation(tc.written)
		if rel != tc.rel || sex != tc.sex {
			t.Errorf("ReadRelation(%q) = %q, %q; want %q, %q", tc.written, rel, sex, tc.rel, tc.sex)
		}
	}
}

// FuzzReadRelation: any text reads as some relation, and a known
// relation as written reads as itself.
func FuzzReadRelation(f *testing.F) {
	for _, s := range []string{"长子", "户主", "  妻 ", "户主之", "独生", "\xff", "儿媳妇", "大"} {
		f.Add(s)
	}
	fuzzseed.Add(f)
	f.Fuzz(func(t *testing.T, s string) {
		rel, _ := ReadRelation(s)
		if again, _ := ReadRelation(rel); again != rel {
			t.Errorf("ReadRelation(%q) = %q, which reads as %q", s, rel, again)
		}
	})
}
