package understand

import "testing"

// TestTrimLeadJoinerRunIn: a joiner run into a matter that opens on where
// or whose it is joins it, and is cut; one before a count or a negation,
// first or right after the place, is the verb (there are still…), kept.
func TestTrimLeadJoinerRunIn(t *testing.T) {
	for text, want := range map[string]string{
		"还有隔壁老刘家的狗天天叫":   "隔壁老刘家的狗天天叫",
		"还有老刘家的狗天天叫":     "老刘家的狗天天叫",
		"还有对门天天半夜打麻将":    "对门天天半夜打麻将",
		"还有后院那家的鸡老跑过来":   "后院那家的鸡老跑过来",
		"另外村口路灯也坏了":      "村口路灯也坏了",
		"还有他家鸭子也老跑过来":    "他家鸭子也老跑过来",
		"对了后山水管漏水了":      "后山水管漏水了",
		"还有张三家门口堆的柴火挡路了": "张三家门口堆的柴火挡路了",
		"还有三组的桥头栏杆断了":    "三组的桥头栏杆断了",
		"还有两户没通知到":       "还有两户没通知到",
		"还有隔壁两户没通知到":     "还有隔壁两户没通知到",
		"还有老刘家没交医保":      "还有老刘家没交医保",
		"还有三组没通知":        "还有三组没通知",
		"还有几家没领到米":       "还有几家没领到米",
		"还有没有人管":         "还有没有人管",
		"还有不少人在排队":       "还有不少人在排队",
		"另外两家也停电了":       "另外两家也停电了",
		"还有隔壁":           "还有隔壁",
		"还有人在里面":         "还有人在里面",
		"还有好多垃圾没拉走":      "还有好多垃圾没拉走",
		"还有个事想问一下":       "还有个事想问一下",
		"另外的事回头再说":       "另外的事回头再说",
		"还有两组没通知":        "还有两组没通知",
		"还有好几个村都停电了":     "还有好几个村都停电了",
		"还有村口一直有人倒垃圾":    "村口一直有人倒垃圾",
		"还有青山村的路也该修了":    "青山村的路也该修了",
		"对了屋顶漏雨":         "屋顶漏雨",
		"对了吗":            "对了吗",
		"对了就行":           "对了就行",
		"对了一下名单 少两个人":    "对了一下名单 少两个人",
		"对了对了":           "对了对了",
	} {
		if got := TrimLead(text, nil); got != want {
			t.Errorf("TrimLead(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestHouseholdNuisance: a nuisance another household makes, its harm
// told or not; none of a business, a burning, one's own, or praise.
func TestHouseholdNuisance(t *testing.T) {
	for text, want := range map[string]bool{
		"老刘家的狗天天叫":       true,
		"对门天天半夜打麻将":      true,
		"张三家的鸡天天跑到我家菜地里": true,
		"老刘家的狗生小狗了":      false,
		"楼下小卖部天天放大喇叭":    false,
		"隔壁天天烧塑料":        false,
		"我家的狗天天叫":        false,
		"李大姐家的腊肉熏得真香":    false,
	} {
		if got := HouseholdNuisance(Hear(text)); got != want {
			t.Errorf("HouseholdNuisance(%q) = %v, want %v", text, got, want)
		}
	}
}
