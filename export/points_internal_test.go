package export

import (
	"testing"

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
