package storage_test

import (
	"context"
	"strconv"
	"testing"
)

// BenchmarkApprovalCommit measures the points commit rt75 made follow
// more (the approved claims' index and the year's score counter: one
// INCR each, returned): a claim filed, then approved with its ledger
// entry, account and counter, two commits an op.
func BenchmarkApprovalCommit(b *testing.B) {
	st, cpu := benchStore(b)
	ctx := context.Background()
	acct := newAccount(b, st, "QS-301")
	start := cpu()
	for i := 0; b.Loop(); i++ {
		c := submit(b, st, "s"+strconv.Itoa(i), 2)
		ch := approval(b, c, acct, "a"+strconv.Itoa(i))
		if _, err := st.Commit(ctx, ch); err != nil {
			b.Fatal(err)
		}
		acct.Version++
	}
	reportServerCPU(b, cpu, start, b.N)
}
