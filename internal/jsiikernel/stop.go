package jsiikernel

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// stopTimeout bounds the wait for the kernel to exit; past it, jsii.Close
// does the rest as it would have.
const stopTimeout = 10 * time.Second

// Stop ends the kernel this package started, if it runs, and returns once
// it is gone. Call it before jsii.Close at the end of a successful run.
//
// jsii.Close alone can print "Runtime process exited abnormally: waitid: no
// child processes" on a run that succeeded: jsii-runtime-go waits for the
// kernel in a goroutine of its own and again in Close, and when the kernel
// exits while both wait, the goroutine may lose the race and report it. Stop
// sends the kernel the exit request that Close would send, on the same
// pipe, and waits until that goroutine has reaped it, so only one wait ever
// sees the exit; jsii.Close then finds the process closed. Where the kernel
// or its pipe cannot be found (not Linux, or JSII_RUNTIME set by the user),
// Stop does nothing.
//
// The kernel started early (early.go) is this process's child, not the
// relay's: Stop then stops the relay so, and then waits for the kernel.
func Stop() {
	if kernelProgram == "" {
		return
	}
	defer early.stop()
	client := kernelProgram // in the command line of jsii-runtime-go's child
	if early != nil {
		client = relayFlag + "\x00" + attachFlag
	}
	pid, ok := childRunning(client, early.pid())
	if !ok {
		return
	}
	fd, ok := writeEndOfStdin(pid)
	if !ok {
		return
	}
	if _, err := syscall.Write(fd, []byte("{\"exit\":0}\n")); err != nil {
		return
	}
	for deadline := time.Now().Add(stopTimeout); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
		// A process that has exited but is not yet reaped still answers.
		if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
			return
		}
	}
}

// childRunning finds the child process of this one, other than skip,
// whose command line holds arg (its words joined by NUL bytes).
func childRunning(arg string, skip int) (int, bool) {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0, false
	}
	self := strconv.Itoa(os.Getpid())
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == skip {
			continue
		}
		stat, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue
		}
		// pid (comm) state ppid ...: comm may hold spaces, so read after ')'.
		fields := strings.Fields(string(stat[strings.LastIndexByte(string(stat), ')')+1:]))
		if len(fields) < 2 || fields[1] != self {
			continue
		}
		cmdline, err := os.ReadFile(filepath.Join("/proc", e.Name(), "cmdline"))
		if err == nil && strings.Contains(string(cmdline), arg) {
			return pid, true
		}
	}
	return 0, false
}

// writeEndOfStdin is this process's file descriptor of the pipe that is
// the standard input of process pid: the one jsii-runtime-go writes its
// requests to. Only this process holds that end, so exactly one descriptor
// names the pipe.
func writeEndOfStdin(pid int) (int, bool) {
	pipe, err := os.Readlink(filepath.Join("/proc", strconv.Itoa(pid), "fd", "0"))
	if err != nil || !strings.HasPrefix(pipe, "pipe:") {
		return 0, false
	}
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return 0, false
	}
	found := -1
	for _, e := range entries {
		if target, err := os.Readlink(filepath.Join("/proc/self/fd", e.Name())); err == nil && target == pipe {
			if found >= 0 {
				return 0, false
			}
			found, _ = strconv.Atoi(e.Name())
		}
	}
	return found, found >= 0
}
