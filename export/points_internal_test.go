package export

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"gridbot/village"
)

// TestIntegrityNoEvidenceByKind: an approval counts as without evidence
// when the claim lacks the kind the item needs, not only when it has none.
func TestIntegrityNoEvidenceByKind(t *testing.T) {
	approved := func(id string, needs village.Evidence, offered string) village.Claim {
		return village.Claim{ID: id, Village: "青山村", Household: "QS-301", Points: 2, Needs: needs, Evidence: offered,
			History: []village.ClaimEntry{{By: "赵六", Action: village.ClaimApprove, Points: 2}}}
	}
	rows := integrity([]village.Claim{
		approved("C1", village.EvidencePhoto, "证明人 王五"),
		approved("C2", village.EvidencePhoto, "照片"),
		approved("C3", village.EvidenceDocument, "证明人 王五"),
		approved("C4", village.EvidenceDocument, "证明材料"),
		approved("C5", village.EvidenceWitness, ""),
		approved("C6", village.EvidenceNone, ""),
	})
	if len(rows) != 1 {
		t.Fatalf("rows %+v, want one scorer", rows)
	}
	if diff := cmp.Diff(rows[0].NoEvidence, []string{"C1", "C3", "C5"}); diff != "" {
		t.Errorf("缺证明通过 (-got +want):\n%s", diff)
	}
}

// TestClaimPhotos: the claims table shows how many photos a claim carries
// and where they were saved, so that scorers see the evidence exists and
// can find it; a claim without photos says 0.
func TestClaimPhotos(t *testing.T) {
	rows := []ClaimRow{
		{Claim: village.Claim{ID: "C1", Village: "青山村", Evidence: "照片", Images: []string{"data/wechat/images/2026-03-02/a.jpg", "data/wechat/images/2026-03-02/b.jpg"}}},
		{Claim: village.Claim{ID: "C2", Village: "青山村"}},
	}
	tb := claimTable("积分申请", rows, time.UTC)
	at := slices.Index(tb.head, "照片")
	if at < 0 || at+1 >= len(tb.head) || tb.head[at+1] != "照片文件" {
		t.Fatalf("claims header %q lacks 照片, 照片文件", tb.head)
	}
	want := [][]string{{"2", "data/wechat/images/2026-03-02/a.jpg；data/wechat/images/2026-03-02/b.jpg"}, {"0", ""}}
	var got [][]string
	for _, r := range tb.rows {
		got = append(got, r[at:at+2])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("photo cells (-want +got):\n%s", diff)
	}
}
