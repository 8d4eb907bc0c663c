package storage

import (
	"testing"

	"gridbot/village"
)

// TestReportCacheLeavesRoomForAnEntry: a report read from the cache has
// room in its history for the entry a lifecycle command adds, so that
// adding it copies nothing, and adding it leaves the cached copy as it was.
func TestReportCacheLeavesRoomForAnEntry(t *testing.T) {
	c := newReportCache(8)
	c.put("v|R1", village.Report{ID: "R1", History: []village.Entry{{By: "张三", Action: village.ActCreate}}})
	r, ok := c.get("v|R1")
	if !ok {
		t.Fatal("R1 not cached")
	}
	if cap(r.History) <= len(r.History) {
		t.Errorf("history of %d entries has capacity %d, want room for one more", len(r.History), cap(r.History))
	}
	r.History = append(r.History, village.Entry{By: "李四", Action: village.ActAccept})
	again, _ := c.get("v|R1")
	if len(again.History) != 1 {
		t.Errorf("cached history has %d entries after the reader added one, want 1", len(again.History))
	}
}
