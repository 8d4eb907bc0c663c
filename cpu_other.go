//go:build !unix

package main

import "time"

// processCPU is unknown here: `gridbot bench` then reports no CPU times.
func processCPU() time.Duration { return 0 }
