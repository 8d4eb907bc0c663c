package understand

// cures pair a report's trouble with what cadres say they do for it: ice
// on a road is salted, sanded or shovelled; a frozen pipe is thawed and
// wrapped; a blocked drain is dredged. A cadre's "下午拉车盐过去撒" is
// about the item that says the road iced over, as one naming its thing is
// (Tends).
var cures = []struct{ trouble, cure lexicon }{
	{newLexicon("结冰", "冰", "路滑", "打滑", "积雪", "大雪", "雪"),
		newLexicon("盐", "融雪剂", "撒沙", "垫沙", "铺沙", "铲冰", "除冰", "破冰", "铲雪", "扫雪", "清雪", "除雪", "推雪", "防滑")},
	{newLexicon("冻住", "冻上", "冻裂", "冻坏", "冻爆", "冻了"),
		newLexicon("化开", "化冻", "解冻", "烤", "保温", "包上", "包好", "裹", "热水", "温水")},
	{newLexicon("堵", "淤", "漫"),
		newLexicon("疏通", "通开", "掏", "挖", "清淤", "抽水")},
}

// Tends reports whether a cadre's words name what is done for the
// trouble an item's text tells (cures: "撒盐" for "路结冰了"), or name
// that trouble too ("村口的冰" of "村口那段路结冰了").
func Tends(cadre, item string) bool {
	cadre, item = lookalikes.Replace(cadre), lookalikes.Replace(item)
	for _, c := range cures {
		if containsAny(item, c.trouble) && (containsAny(cadre, c.cure) || containsAny(cadre, c.trouble)) {
			return true
		}
	}
	return false
}

// lookalikes blanks the words that hold a trouble's word but name no
// trouble (a fridge's 冰 in 冰箱, a snack's 雪 in 雪糕, a car's 堵 in
// 堵车 is a jam, not a blocked drain), so "冰箱坏了" is not ice on a road.
var lookalikes = newReplacer(
	"冰箱", "□□", "冰柜", "□□", "冰雹", "□□", "冰棍", "□□", "冰糖", "□□", "冰淇淋", "□□□", "冰激凌", "□□□",
	"雪糕", "□□", "雪碧", "□□", "堵车", "□□", "添堵", "□□",
)
