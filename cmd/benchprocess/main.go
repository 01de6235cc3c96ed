// Command benchprocess measures the built binary on fleets of N models, as a
// user runs it: wall time and peak memory of the whole process tree (the Go
// process plus the Node.js processes of the jsii runtime), median of runs.
//
// Peak memory is the sum over the tree of each process's VmHWM (its peak
// resident set), sampled from /proc every 2 ms; as the processes peak at
// different moments, the sum is an upper bound of the simultaneous peak.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ai-gateway/ai-gateway/internal/fleet"
)

func main() {
	bin := flag.String("bin", "bin/ai-gateway", "the built binary")
	sizes := flag.String("models", "1,100,1000", "fleet sizes, comma-separated")
	runs := flag.Int("runs", 5, "runs per size")
	flag.Parse()
	if err := run(*bin, *sizes, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

func run(bin, sizes string, runs int) error {
	dir, err := os.MkdirTemp("", "benchprocess-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	fmt.Printf("| models | objects | wall, median of %d | wall, min–max | peak RSS Go + Node.js, median |\n", runs)
	fmt.Println("| ---: | ---: | ---: | ---: | ---: |")
	for _, field := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil {
			return fmt.Errorf("-models: %w", err)
		}
		if err := measureSize(bin, dir, n, runs); err != nil {
			return err
		}
	}
	return nil
}

func measureSize(bin, dir string, n, runs int) error {
	config := filepath.Join(dir, fmt.Sprintf("platform-%d.yaml", n))
	if err := os.WriteFile(config, fleet.Platform(n), 0o644); err != nil {
		return err
	}
	out := filepath.Join(dir, fmt.Sprintf("dist-%d", n))
	var walls []time.Duration
	var peaks []int
	for range runs {
		wall, peak, err := measure(bin, "-config", config, "-out", out, "-topology", out+".md")
		if err != nil {
			return fmt.Errorf("%d models: %w", n, err)
		}
		walls, peaks = append(walls, wall), append(peaks, peak)
	}
	objects, err := countObjects(out)
	if err != nil {
		return err
	}
	slices.Sort(walls)
	slices.Sort(peaks)
	fmt.Printf("| %d | %d | %.2f s | %.2f–%.2f s | %d MB |\n", n, objects,
		median(walls).Seconds(), walls[0].Seconds(), walls[len(walls)-1].Seconds(), median(peaks)/1024)
	return nil
}

// measure runs the command and returns its wall time and the sum of the peak
// RSS (kB) of it and every descendant. Sampling costs CPU that the measured
// processes share, so it is kept to every 20 ms.
func measure(name string, args ...string) (time.Duration, int, error) {
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	peaks := map[int]int{}
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case err := <-done:
			wall := time.Since(start)
			if err != nil {
				return 0, 0, fmt.Errorf("%w: %s", err, stderr.String())
			}
			total := 0
			for pid, kb := range peaks {
				total += kb
				if os.Getenv("BENCH_VERBOSE") != "" {
					fmt.Fprintf(os.Stderr, "pid %d peak %d MB\n", pid, kb/1024)
				}
			}
			return wall, total, nil
		case <-ticker.C:
			for _, pid := range tree(cmd.Process.Pid) {
				if kb := peakRSS(pid); kb > peaks[pid] {
					peaks[pid] = kb
				}
			}
		}
	}
}

// tree lists pid and its descendants, from /proc/PID/task/*/children.
func tree(pid int) []int {
	pids := []int{pid}
	for i := 0; i < len(pids); i++ {
		tasks, _ := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/children", pids[i]))
		for _, t := range tasks {
			data, _ := os.ReadFile(t)
			for _, f := range strings.Fields(string(data)) {
				if child, err := strconv.Atoi(f); err == nil {
					pids = append(pids, child)
				}
			}
		}
	}
	return pids
}

// peakRSS reads VmHWM (kB) of pid, 0 when it is gone.
func peakRSS(pid int) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			return kb
		}
	}
	return 0
}

func countObjects(dir string) (int, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return 0, err
		}
		n += strings.Count("\n"+string(data), "\nkind: ")
	}
	return n, nil
}

func median[T int | time.Duration](sorted []T) T { return sorted[len(sorted)/2] }
