// Package configtest gives tests the example configuration without
// decoding its file again for every test: Load decodes a file once per
// test binary and hands each caller a deep copy, which the test may
// change freely.
package configtest

import (
	"fmt"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"gridbot/config"
)

// loaded holds, per absolute path, the once-decoded file.
var loaded sync.Map // string → func() (*config.Config, error)

// Load is config.Load(path) for a test, failing it on an error: the file
// is decoded once per test binary (config.example.yaml takes tens of
// milliseconds, and a package's tests load it hundreds of times), and
// each call returns a deep copy of what was decoded, as a fresh Load
// would (File included).
func Load(tb testing.TB, path string) *config.Config {
	tb.Helper()
	abs, err := filepath.Abs(path)
	if err != nil {
		tb.Fatal(err)
	}
	once, _ := loaded.LoadOrStore(abs, sync.OnceValues(func() (*config.Config, error) { return config.Load(path) }))
	cfg, err := once.(func() (*config.Config, error))()
	if err != nil {
		tb.Fatal(err)
	}
	return Copy(cfg)
}

// TwoVillages is Load(path) with a second village, 石桥村, of one grid
// (一组, its group 石桥村一组网格群): a township whose chats tell apart two
// villages each numbering its items from #R1.
func TwoVillages(tb testing.TB, path string) *config.Config {
	tb.Helper()
	cfg := Load(tb, path)
	cfg.Villages = append(cfg.Villages, config.Village{Name: "石桥村", Grids: []config.Grid{{Name: "一组", Group: "石桥村一组网格群"}}})
	return cfg
}

// Copy is a deep copy of c: every slice, map and pointer reached through
// an exported field is copied. What only config itself reaches (the parsed
// file, the time zone, the calendar) is never changed after Parse and is
// shared.
func Copy(c *config.Config) *config.Config {
	return deepCopy(reflect.ValueOf(c)).Interface().(*config.Config)
}

func deepCopy(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(deepCopy(v.Elem()))
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Cap())
		for i := range v.Len() {
			out.Index(i).Set(deepCopy(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(deepCopy(it.Key()), deepCopy(it.Value()))
		}
		return out
	case reflect.Array:
		out := reflect.New(v.Type()).Elem()
		for i := range v.Len() {
			out.Index(i).Set(deepCopy(v.Index(i)))
		}
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v) // the unexported fields too, shallow
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out.Field(i).Set(deepCopy(v.Field(i)))
			}
		}
		return out
	case reflect.Interface, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		panic(fmt.Sprintf("configtest: cannot copy a %s (%s): teach deepCopy it", v.Kind(), v.Type()))
	default:
		return v
	}
}
