package village

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
	"time"
)

// fill sets the fields of the struct v points to, and of the structs in
// its slices, field by field: bit i of mask (counted over every field
// filled, in order) leaves the i-th one zero. Strings are s, times at,
// numbers and slices have two elements. A field added to Report or
// Entry is filled too, so that AppendJSON lacking it shows.
func fill(v reflect.Value, mask uint64, i *int, s string, at time.Time) {
	for f := 0; f < v.NumField(); f++ {
		fv := v.Field(f)
		bit := mask>>(uint(*i)%64)&1 == 1
		*i++
		if bit {
			continue
		}
		switch {
		case fv.Type() == reflect.TypeFor[time.Time]():
			fv.Set(reflect.ValueOf(at.Add(time.Duration(*i) * time.Hour)))
		case fv.Kind() == reflect.String:
			fv.SetString(s + v.Type().Field(f).Name)
		case fv.Kind() == reflect.Int:
			fv.SetInt(int64(*i))
		case fv.Kind() == reflect.Bool:
			fv.SetBool(true)
		case fv.Kind() == reflect.Slice:
			fv.Set(reflect.MakeSlice(fv.Type(), 2, 2))
			for j := range 2 {
				if e := fv.Index(j); e.Kind() == reflect.Struct {
					fill(e, mask, i, s, at)
				} else {
					e.SetString(s)
				}
			}
		default:
			panic("fill: a field of kind " + fv.Kind().String() + " to fill: " + v.Type().Field(f).Name)
		}
	}
}

// appendJSONCases are strings to fill with: plain, Chinese, and every kind
// encoding/json escapes.
var appendJSONCases = []string{"", "R12", "村口第12根路灯不亮了", `"quoted" \ back`, "<b> & </b>", "tab\tnl\nbell\a",
	"\u2028\u2029", "\xff\xfe invalid", "\u00e9\U0001F600", "\u007f\u0080"}

// TestAppendJSONIsMarshal: AppendJSON writes what json.Marshal does, for
// reports with every field set, none, and every other one.
func TestAppendJSONIsMarshal(t *testing.T) {
	at := time.Date(2026, 3, 2, 8, 0, 0, 123456789, time.FixedZone("CST", 8*3600))
	for _, s := range appendJSONCases {
		for _, mask := range []uint64{0, ^uint64(0), 0x5555555555555555, 0xaaaaaaaaaaaaaaaa, 1} {
			checkAppendJSON(t, s, mask, at)
		}
	}
	var zero Report
	checkReport(t, zero)
	zero.History = []Entry{}
	checkReport(t, zero)
}

func FuzzAppendJSON(f *testing.F) {
	for _, s := range appendJSONCases {
		f.Add(s, uint64(0), int64(1772409600))
	}
	f.Add("x", uint64(3), int64(-62167219200-1)) // a year before 0: both fail
	f.Fuzz(func(t *testing.T, s string, mask uint64, unix int64) {
		checkAppendJSON(t, s, mask, time.Unix(unix%(1<<40), unix%1e9).In(time.FixedZone("", int(unix%50000))))
	})
}

func checkAppendJSON(t *testing.T, s string, mask uint64, at time.Time) {
	t.Helper()
	var r Report
	i := 0
	fill(reflect.ValueOf(&r).Elem(), mask, &i, s, at)
	checkReport(t, r)
}

func checkReport(t *testing.T, r Report) {
	t.Helper()
	want, werr := json.Marshal(r)
	got, gerr := r.AppendJSON([]byte("prefix"))
	if (werr != nil) != (gerr != nil) {
		t.Fatalf("AppendJSON error %v, json.Marshal error %v", gerr, werr)
	}
	if werr != nil {
		return
	}
	if !bytes.Equal(got, append([]byte("prefix"), want...)) {
		t.Errorf("AppendJSON wrote\n%s\njson.Marshal\n%s", got, want)
	}
}

// BenchmarkReportJSON encodes a report in its third step (two history
// entries) as a commit does, with AppendJSON and with json.Marshal.
func BenchmarkReportJSON(b *testing.B) {
	at := time.Date(2026, 3, 2, 8, 0, 0, 0, time.FixedZone("CST", 8*3600))
	r := Report{Village: "青山村", Grid: "三组", Chat: "青山村三组网格群", Type: General, Category: "道路交通", Status: StatusInProgress,
		Text: "村口第12根路灯不亮了", Reporter: "张三", ReporterKey: "青山村/QS-301/张三", Handlers: []string{"李四"},
		CreatedAt: at, DueAt: at.Add(72 * time.Hour), Source: "m1", HandlerKeys: []string{"青山村/QS-201/李四"}, Version: 3,
		History: []Entry{{At: at, By: "张三", Action: ActCreate, To: StatusNew},
			{At: at, By: "李四", Action: ActAccept, From: StatusNew, To: StatusAccepted},
			{At: at, By: "李四", Action: ActProgress, Note: "已联系电工", From: StatusAccepted, To: StatusInProgress}}}
	b.Run("AppendJSON", func(b *testing.B) {
		b.ReportAllocs()
		buf := make([]byte, 0, 2048)
		for b.Loop() {
			if _, err := r.AppendJSON(buf[:0]); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(r); err != nil {
				b.Fatal(err)
			}
		}
	})
}
