package handlers_test

import (
	"context"
	"testing"

	"gridbot/storage"
)

// TestOfficerPlainNoteOnTwoVillages: an officer's plain words after the
// same number of two villages (「青山村 #R2 石桥村 #R2 都联系了水利站」)
// are offered as the note of both, as the typed 进展 form reads them, and
// his 「1」 records it on both: before, 石桥村 #R2 was part of the note on
// 青山村's item alone, and the 「1」 was asked which village it meant.
func TestOfficerPlainNoteOnTwoVillages(t *testing.T) {
	c := twoVillagesUp(t)
	got := c.inSQ(officeChat, "孙七", "青山村 #R2 石桥村 #R2 都联系了水利站")
	has(t, "the offer", got, "记到 青山村 #R2 石桥村 #R2 上吗")
	lacks(t, "the offer", got, "「石桥村 #R2 都联系了水利站」")
	c.inSQ(officeChat, "孙七", "1")
	for _, v := range []string{"青山村", "石桥村"} {
		rep, err := c.st.Report(context.Background(), storage.VillageScope(v), "R2")
		if err != nil {
			t.Fatal(err)
		}
		last := rep.History[len(rep.History)-1]
		if last.By != "孙七" || last.Note != "联系了水利站" {
			t.Errorf("%s #R2's last step after 「1」: %+v, want 孙七's note 联系了水利站", v, last)
		}
	}
}

// TestOfficerPressNamesTheVillage: the office's reply to an officer's
// 督办 (ask.office) names the item with its village, as everything the
// township reads does: before, 「#R1 已私信督促网格长石大山」 left him to
// guess which village's #R1 was pressed.
func TestOfficerPressNamesTheVillage(t *testing.T) {
	c := twoVillagesUp(t)
	got := c.inSQ(officeChat, "孙七", "督办 石桥村 #R1 抓紧修好")
	has(t, "督办 石桥村 #R1", got, officeChat+": 石桥村 #R1 已私信督促网格长石大山")
}

// TestOfficeTodoNamesTheVillageOnce: the office's 待办 writes each item
// 「青山村 #R2 三组 已上报镇 …」, its number with the village and then the
// grid alone, as the 早报 does: before, 「青山村 #R2 青山村三组」.
func TestOfficeTodoNamesTheVillageOnce(t *testing.T) {
	c := twoVillagesUp(t)
	got := c.inSQ(officeChat, "孙七", "待办")
	has(t, "待办", got, "青山村 #R2 三组 已上报镇")
	has(t, "待办", got, "石桥村 #R1 一组 已上报镇")
	lacks(t, "待办", got, "#R2 青山村三组")
}
