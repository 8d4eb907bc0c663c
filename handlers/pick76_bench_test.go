package handlers_test

import (
	"testing"
	"time"
)

// BenchmarkPickAll: 「全部」 to the list of nine is asked one at a time
// (pick76), the question kept.
func BenchmarkPickAll(b *testing.B) { benchPickAnswer(b, "全部", 0) }

// BenchmarkPickTwelve: 「12」 to the list of nine is told the list's
// numbers (pick76), the question kept.
func BenchmarkPickTwelve(b *testing.B) { benchPickAnswer(b, "12", 0) }

// BenchmarkPickLateSeveral: 「1 3」 past llm.confirm_ttl names both
// items' lines (pick76), the question taken.
func BenchmarkPickLateSeveral(b *testing.B) { benchPickAnswer(b, "1 3", 40*time.Minute) }
