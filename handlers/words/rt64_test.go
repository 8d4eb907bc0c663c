package words

import (
	"gridbot/village"
	"reflect"
	"testing"
)

// TestCloneReportOwnsSlices: every slice of a report (each field of
// village.Report that is one) is copied by cloneReport, so that a reader
// changing its copy leaves the turn's memo as read (storedReport).
func TestCloneReportOwnsSlices(t *testing.T) {
	var rep village.Report
	v := reflect.ValueOf(&rep).Elem()
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice {
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		}
	}
	c := CloneReport(rep)
	cv := reflect.ValueOf(c)
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice && f.Pointer() == cv.Field(i).Pointer() {
			t.Errorf("cloneReport shares Report.%s with the memo", v.Type().Field(i).Name)
		}
	}
	if !reflect.DeepEqual(rep, c) {
		t.Errorf("cloneReport changed the report: %+v, want %+v", c, rep)
	}
}
