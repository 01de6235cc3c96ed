// Command benchprocess measures the built binary on fleets of N models, as a
// user runs it: wall time and peak memory of the whole process tree (the Go
// process and the Node.js processes of the jsii kernel), median of runs. With
// -base it runs a second binary (an earlier release) in turn with the first,
// A B A B ..., and prints the ratios of the medians, so a comparison holds
// when the machine's speed drifts.
//
// Peak memory is the sum over the tree of each process's VmHWM (its peak
// resident set), sampled from /proc every 20 ms; as the processes peak at
// different moments, the sum is an upper bound of the simultaneous peak.
// It also counts twice the pages two processes share (the relay is this
// binary again, whose code pages the Go process maps too). The peak PSS is
// the other reading: the largest sum, at one sample, of the processes'
// proportional set sizes (/proc/PID/smaps_rollup), which divide each shared
// page among the processes that map it.
//
// The wall time comes from runs of their own, in which nothing reads /proc
// while the commands run: the sampling costs CPU the measured processes
// need, and costs a binary that keeps both cores busy more than one that
// waits on the other process (the line under the table gives the sampled
// runs' wall, to compare). Memory and CPU come from the sampled runs, made
// in turn with the timed ones: A B timed, A B sampled, A B timed, ...
//
// CPU is the user and system time of the whole tree: what wait4 reports for
// the binary (its own and that of the descendants it waited for), or, when
// more, the sum over the tree of each process's last utime and stime read
// from /proc (a process left to exit after the binary is not waited for).
// Divided by the cores, it is the shortest wall the work could take on this
// machine, however well the processes overlap.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ai-gateway/ai-gateway/internal/fleet"
)

func main() {
	bin := flag.String("bin", "bin/ai-gateway", "the built binary")
	base := flag.String("base", "", "an earlier binary to compare with, run in turn with -bin")
	sizes := flag.String("models", "1,100,1000", "fleet sizes, comma-separated")
	runs := flag.String("runs", "5", "runs per size (and per binary): one number for every size, or one per size, comma-separated")
	flag.Parse()
	if err := run(*bin, *base, *sizes, *runs); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}

// sample is one binary's runs on one fleet.
type sample struct {
	walls []time.Duration
	// sampledWalls are the sampled runs' walls, for what sampling costs.
	sampledWalls []time.Duration
	cpus         []time.Duration
	peaks        []int
	psss         []int
}

func run(bin, base, sizes, runs string) error {
	models, err := numbers("-models", sizes)
	if err != nil {
		return err
	}
	counts, err := numbers("-runs", runs)
	if err != nil {
		return err
	}
	if len(counts) == 1 {
		counts = slices.Repeat(counts, len(models))
	}
	if len(counts) != len(models) {
		return fmt.Errorf("-runs %q: one number, or one for each of the %d sizes of -models", runs, len(models))
	}
	dir, err := os.MkdirTemp("", "benchprocess-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	fmt.Println(machine())
	fmt.Println()
	header := fmt.Sprintf("| models | objects | runs | wall, median | wall, min–max | CPU of the process tree, median | CPU / %d cores | peak RSS of the process tree, median | peak PSS, median |", runtime.NumCPU())
	rule := "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	if base != "" {
		header += " base wall | wall ratio | base CPU | base peak | peak ratio | base PSS |"
		rule += " ---: | ---: | ---: | ---: | ---: | ---: |"
	}
	fmt.Println(header)
	fmt.Println(rule)
	var notes []string
	for i, n := range models {
		note, err := measureSize(bin, base, dir, n, counts[i])
		if err != nil {
			return err
		}
		notes = append(notes, note)
	}
	fmt.Println()
	fmt.Println("The sampled runs' wall (median), which the table does not use: " + strings.Join(notes, "; ") + ".")
	return nil
}

// numbers parses a flag's comma-separated positive integers.
func numbers(flagName, value string) ([]int, error) {
	var out []int
	for _, field := range strings.Split(value, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%s %q: want positive whole numbers, comma-separated", flagName, value)
		}
		out = append(out, n)
	}
	return out, nil
}

// measureSize prints the table's line for n models and returns a note of
// the sampled runs' wall.
func measureSize(bin, base, dir string, n, runs int) (string, error) {
	config := filepath.Join(dir, fmt.Sprintf("platform-%d.yaml", n))
	if err := os.WriteFile(config, fleet.Platform(n), 0o644); err != nil {
		return "", err
	}
	binaries := []string{bin}
	if base != "" {
		binaries = append(binaries, base)
	}
	samples := make([]sample, len(binaries))
	for i := 0; i < runs+1; i++ { // the first round warms caches and is not counted
		for _, sampled := range []bool{false, true} { // A B timed, then A B sampled
			for b, exe := range binaries {
				out := filepath.Join(dir, fmt.Sprintf("dist-%d-%d", n, b))
				m, err := runOnce(sampled, exe, "-config", config, "-out", out, "-topology", out+".md")
				if err != nil {
					return "", fmt.Errorf("%s, %d models: %w", exe, n, err)
				}
				if i > 0 {
					samples[b].add(m, sampled)
				}
			}
		}
	}
	objects, err := countObjects(filepath.Join(dir, fmt.Sprintf("dist-%d-0", n)))
	if err != nil {
		return "", err
	}
	a := samples[0]
	wall, cpu, peak := median(a.walls), median(a.cpus), median(a.peaks)
	line := fmt.Sprintf("| %d | %d | %d | %.2f s | %.2f–%.2f s | %.2f s | %.2f s | %d MB | %d MB |", n, objects, runs,
		wall.Seconds(), slices.Min(a.walls).Seconds(), slices.Max(a.walls).Seconds(),
		cpu.Seconds(), cpu.Seconds()/float64(runtime.NumCPU()), peak/1024, median(a.psss)/1024)
	if base != "" {
		b := samples[1]
		line += fmt.Sprintf(" %.2f s | %.2f | %.2f s | %d MB | %.2f | %d MB |", median(b.walls).Seconds(), wall.Seconds()/median(b.walls).Seconds(),
			median(b.cpus).Seconds(), median(b.peaks)/1024, float64(peak)/float64(median(b.peaks)), median(b.psss)/1024)
	}
	fmt.Println(line)
	note := fmt.Sprintf("models=%d: %.2f s", n, median(a.sampledWalls).Seconds())
	if base != "" {
		note += fmt.Sprintf(" (base %.2f s, ratio %.2f)", median(samples[1].sampledWalls).Seconds(),
			median(a.sampledWalls).Seconds()/median(samples[1].sampledWalls).Seconds())
	}
	return note, nil
}

// machine describes where the figures were taken: processor, cores, memory,
// load average, Go and Node.js.
func machine() string {
	cpu := "unknown processor"
	if data, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if name, ok := strings.CutPrefix(line, "model name"); ok {
				cpu = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
				break
			}
		}
	}
	load := "unknown"
	if data, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(data))[:3], " ")
	}
	return fmt.Sprintf("%s, %d cores; load average %s at the start; %s", cpu, runtime.NumCPU(), load, runtime.Version())
}

// command is the binary's command, in the environment both binaries run in.
func command(name string, args ...string) (*exec.Cmd, *strings.Builder) {
	cmd := exec.Command(name, args...)
	// The previous release runs its kernel on the system node, perhaps Node.js 20, which prints a banner.
	cmd.Env = append(os.Environ(), "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION=20")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	return cmd, &stderr
}

// add counts a run: a timed one for its wall, a sampled one for the rest.
func (s *sample) add(m measurement, sampled bool) {
	if !sampled {
		s.walls = append(s.walls, m.wall)
		return
	}
	s.sampledWalls = append(s.sampledWalls, m.wall)
	s.cpus = append(s.cpus, m.cpu)
	s.peaks = append(s.peaks, m.peak)
	s.psss = append(s.psss, m.pss)
}

// runOnce runs the command once, sampled (measure) or timed.
func runOnce(sampled bool, name string, args ...string) (measurement, error) {
	if sampled {
		return measure(name, args...)
	}
	wall, err := timed(name, args...)
	return measurement{wall: wall}, err
}

// timed runs the command and returns its wall time, reading nothing while
// it runs.
func timed(name string, args ...string) (time.Duration, error) {
	cmd, stderr := command(name, args...)
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%w: %s", err, stderr.String())
	}
	return time.Since(start), nil
}

// measurement is one sampled run of a binary.
type measurement struct {
	wall time.Duration
	cpu  time.Duration // user and system time of the process tree
	peak int           // sum of the tree's peak RSS, kB
	pss  int           // largest sum of the tree's PSS at one sample, kB
}

// measure runs the command and returns the CPU time of it and every
// descendant, the sum of their peak RSS and their peak PSS. Sampling costs
// CPU that the measured processes share, so it is kept to every 20 ms.
func measure(name string, args ...string) (measurement, error) {
	cmd, stderr := command(name, args...)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return measurement{}, err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	peaks := map[int]int{}
	cpus := map[int]time.Duration{}
	peakPSS := 0
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case err := <-done:
			m := measurement{wall: time.Since(start), pss: peakPSS}
			if err != nil {
				return measurement{}, fmt.Errorf("%w: %s", err, stderr.String())
			}
			for _, kb := range peaks {
				m.peak += kb
			}
			for _, t := range cpus {
				m.cpu += t
			}
			m.cpu = max(m.cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
			return m, nil
		case <-ticker.C:
			pss := 0
			for _, pid := range tree(cmd.Process.Pid) {
				pss += proportionalSet(pid)
				if kb := peakRSS(pid); kb > peaks[pid] {
					peaks[pid] = kb
				}
				if t := cpuTime(pid); t > cpus[pid] {
					cpus[pid] = t
				}
			}
			peakPSS = max(peakPSS, pss)
		}
	}
}

// clockTick is the unit of /proc/PID/stat's times: USER_HZ, 100 on Linux.
const clockTick = 10 * time.Millisecond

// cpuTime reads the user and system time of pid from /proc/PID/stat, 0 when
// it is gone.
func cpuTime(pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The command name, in parentheses, may hold spaces: count from after it.
	end := strings.LastIndexByte(string(data), ')')
	if end < 0 {
		return 0
	}
	fields := strings.Fields(string(data[end+1:]))
	if len(fields) < 13 { // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name
		return 0
	}
	utime, err1 := strconv.Atoi(fields[11])
	stime, err2 := strconv.Atoi(fields[12])
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(utime+stime) * clockTick
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

// proportionalSet reads the PSS (kB) of pid, 0 when it is gone.
func proportionalSet(pid int) int {
	return statusField(fmt.Sprintf("/proc/%d/smaps_rollup", pid), "Pss:")
}

// peakRSS reads VmHWM (kB) of pid, 0 when it is gone.
func peakRSS(pid int) int {
	return statusField(fmt.Sprintf("/proc/%d/status", pid), "VmHWM:")
}

// statusField reads the value (kB) of the line starting with name in a
// /proc file such as status or smaps_rollup; 0 when there is none.
func statusField(path, name string) int {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), name); ok {
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

// median of a copy of values.
func median[T int | time.Duration](values []T) T {
	sorted := slices.Clone(values)
	slices.Sort(sorted)
	return sorted[len(sorted)/2]
}
