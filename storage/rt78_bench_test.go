package storage_test

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/redis/go-redis/v9"

	"gridbot/storage/storagetest"
)

// BenchmarkStartScans: a start (LoadScripts) on a keyspace of 100k keys
// of two villages, a few of them questions waiting, evidence and claim
// histories: the SCAN calls it makes (scans/start, from the server's
// command stats) and its time (rt78).
func BenchmarkStartScans(b *testing.B) {
	srv := storagetest.StartServer(b)
	if srv == nil {
		b.Skip("no redis-server")
	}
	ctx := context.Background()
	rdb := srv.Client(b)
	const keys = 100000
	for i := 0; i < keys; i += 1000 {
		if _, err := rdb.Pipelined(ctx, func(p redis.Pipeliner) error {
			for j := i; j < i+1000; j++ {
				base := fmt.Sprintf("gb:{v:村%d}:", j%2)
				switch j % 1000 {
				case 1:
					p.Set(ctx, base+"ask:p"+strconv.Itoa(j), "R1", time.Hour)
				case 2:
					p.Set(ctx, base+"ev:k"+strconv.Itoa(j), "R1", time.Hour)
				case 3:
					p.Set(ctx, base+"gen:claims:of:QS-"+strconv.Itoa(j), "1", 0)
				default:
					p.HSet(ctx, base+"r:"+strconv.Itoa(j), "v", "1", "j", "{}")
				}
			}
			return nil
		}); err != nil {
			b.Fatal(err)
		}
	}
	calls := regexp.MustCompile(`cmdstat_scan:calls=(\d+)`)
	scans := 0
	for b.Loop() {
		if err := rdb.ConfigResetStat(ctx).Err(); err != nil {
			b.Fatal(err)
		}
		st := storagetest.Open(b, srv.URL)
		if err := st.LoadScripts(ctx); err != nil {
			b.Fatal(err)
		}
		info, err := rdb.Info(ctx, "commandstats").Result()
		if err != nil {
			b.Fatal(err)
		}
		m := calls.FindStringSubmatch(info)
		if m == nil {
			b.Fatalf("no SCAN in %q", info)
		}
		n, _ := strconv.Atoi(m[1])
		scans += n
		_ = st.Close()
	}
	b.ReportMetric(float64(scans)/float64(b.N), "scans/start")
}
