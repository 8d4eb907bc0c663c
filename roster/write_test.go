package roster

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWriteCSVRoundTrip(t *testing.T) {
	f, err := os.Open("../example/roster.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	people, err := ParseCSV(f, "青山村")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, people); err != nil {
		t.Fatal(err)
	}
	again, err := ParseCSV(&buf, "ignored")
	if err != nil {
		t.Fatalf("written register does not parse: %v", err)
	}
	if diff := cmp.Diff(again, people); diff != "" {
		t.Errorf("round trip (-got +want):\n%s", diff)
	}
	merged, added, changed, removed := Merge(people, again)
	if added+changed+removed != 0 || len(merged) != len(people) {
		t.Errorf("re-importing the same register: added %d changed %d removed %d, want nothing", added, changed, removed)
	}
}
