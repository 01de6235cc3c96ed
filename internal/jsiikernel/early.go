package jsiikernel

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// The kernel starts early: at this package's init, about 3 ms into the
// process, rather than at jsii-runtime-go's first request, some 20 ms later
// (after the bindings' inits, the flags and the first call), and not behind
// the relay's own start (another 10 ms). Node.js needs about 0.2 s to be
// ready, and at 1 model the head start shows: 0.94 and 0.95 of the wall
// of the binary before (farm-bench, 20 runs each, 4 December 2026).
//
// jsii-runtime-go starts its child itself (JSII_RUNTIME, through a shell)
// and passes it no other descriptor than its standard ones, so the relay
// it starts takes the kernel's pipes from this process through /proc
// (Linux only): this process keeps one end of each (the kernel's input's
// write end, its answers' and its output's read ends), the relay opens
// /proc/PID/fd/N of each, which gives it the same pipe. A process that
// never asks the kernel anything leaves it an input that ends when it
// exits, which the kernel exits on.

// attachFlag, after relayFlag, has the relay take the early kernel's pipes
// rather than start one: "-jsii-relay -attach PID:KERNEL:IN:ANSWERS:OUTPUT".
const attachFlag = "-attach"

// earlyKernel is the kernel started at init and the ends of its pipes this
// process keeps for the relay.
type earlyKernel struct {
	cmd  *exec.Cmd
	keep []*os.File
	once sync.Once
}

// early is the kernel started at init; nil when none was.
var early *earlyKernel

// startEarly starts kernel (its command line) with pipes for its input,
// its answers (fd 3) and its output (stdout and stderr), and returns it
// with the attachFlag argument the relay takes them with. It returns false
// where it cannot, and the relay then starts the kernel itself.
func startEarly(kernel []string) (*earlyKernel, string, bool) {
	if runtime.GOOS != "linux" {
		return nil, "", false
	}
	var ends [6]*os.File // input r, w; answers r, w; output r, w
	for i := 0; i < len(ends); i += 2 {
		r, w, err := os.Pipe()
		if err != nil {
			closeAll(ends[:i])
			return nil, "", false
		}
		ends[i], ends[i+1] = r, w
	}
	inR, inW, ansR, ansW, outR, outW := ends[0], ends[1], ends[2], ends[3], ends[4], ends[5]
	// The relay opens these through /proc: check that this system lets a
	// pipe be opened so before the kernel depends on it.
	probe, err := openPipe(os.Getpid(), descriptor(ansR), syscall.O_RDONLY)
	if err != nil {
		closeAll(ends[:])
		return nil, "", false
	}
	probe.Close()
	cmd := exec.Command(kernel[0], kernel[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = inR, outW, outW
	cmd.ExtraFiles = []*os.File{ansW}
	cmd.Env = clientEnvironment()
	if err := cmd.Start(); err != nil {
		closeAll(ends[:])
		return nil, "", false
	}
	closeAll([]*os.File{inR, ansW, outW})
	k := &earlyKernel{cmd: cmd, keep: []*os.File{inW, ansR, outR}}
	return k, fmt.Sprintf("%d:%d:%d:%d:%d", os.Getpid(), cmd.Process.Pid, descriptor(inW), descriptor(ansR), descriptor(outR)), true
}

// clientEnvironment is the environment jsii-runtime-go gives the process it
// starts (jsii-runtime-go v1.140.0, internal/kernel/process/process.go,
// NewProcess): a default NODE_OPTIONS the user's own overrides, and
// JSII_AGENT.
func clientEnvironment() []string {
	env := append([]string{"NODE_OPTIONS=--max-old-space-size=4069"}, os.Environ()...)
	return append(env, fmt.Sprintf("JSII_AGENT=%v/%v/%v", runtime.Version(), runtime.GOOS, runtime.GOARCH))
}

// descriptor is f's file descriptor number. It does not call f.Fd, which
// would switch f to blocking mode; the number is all the relay needs.
func descriptor(f *os.File) int {
	conn, err := f.SyscallConn()
	if err != nil {
		return -1
	}
	fd := -1
	_ = conn.Control(func(d uintptr) { fd = int(d) })
	return fd
}

func closeAll(files []*os.File) {
	for _, f := range files {
		if f != nil {
			f.Close()
		}
	}
}

// stop ends what is left of the early kernel once the relay is gone: it
// closes the ends kept for the relay (the kernel's input ends there, if the
// relay never took it) and waits for the kernel to exit, killing it past
// stopTimeout. A nil k does nothing.
func (k *earlyKernel) stop() {
	if k == nil {
		return
	}
	k.once.Do(func() {
		closeAll(k.keep)
		exited := make(chan struct{})
		go func() {
			_ = k.cmd.Wait()
			close(exited)
		}()
		select {
		case <-exited:
		case <-time.After(stopTimeout):
			_ = k.cmd.Process.Kill()
			<-exited
		}
	})
}

// pid is the early kernel's process id; 0 when there is none.
func (k *earlyKernel) pid() int {
	if k == nil {
		return 0
	}
	return k.cmd.Process.Pid
}

// attachedKernel is the early kernel as the relay sees it.
type attachedKernel struct {
	pid      int
	requests exitOnClose
	answers  *os.File
	copied   chan struct{} // closed once the kernel's output has all been copied
}

// attach opens the early kernel's pipes that process spec names (attachFlag)
// and copies the kernel's output to this process's standard error, where
// jsii-runtime-go reads it.
func attach(spec string) (*attachedKernel, error) {
	var owner, pid, in, answers, output int
	fields := strings.Split(spec, ":")
	numbers := []*int{&owner, &pid, &in, &answers, &output}
	if len(fields) != len(numbers) {
		return nil, fmt.Errorf("%s %q: want PID:KERNEL:IN:ANSWERS:OUTPUT", attachFlag, spec)
	}
	for i, f := range fields {
		n, err := strconv.Atoi(f)
		if err != nil {
			return nil, fmt.Errorf("%s %q: %w", attachFlag, spec, err)
		}
		*numbers[i] = n
	}
	k := &attachedKernel{pid: pid, copied: make(chan struct{})}
	// Opening a pipe so never waits for its other end (fs/pipe.c,
	// fifo_open, skips that for pipes): a kernel that has exited shows as
	// answers that end before its hello.
	input, err := openPipe(owner, in, syscall.O_WRONLY)
	if err != nil {
		return nil, fmt.Errorf("the kernel's input: %w", err)
	}
	k.requests = exitOnClose{input}
	if k.answers, err = openPipe(owner, answers, syscall.O_RDONLY); err != nil {
		k.requests.Close()
		return nil, fmt.Errorf("the kernel's answers: %w", err)
	}
	out, err := openPipe(owner, output, syscall.O_RDONLY)
	if err != nil {
		k.requests.Close()
		k.answers.Close()
		return nil, fmt.Errorf("the kernel's output: %w", err)
	}
	go func() {
		defer close(k.copied)
		defer out.Close()
		_, _ = io.Copy(os.Stderr, out)
	}()
	return k, nil
}

// openPipe opens descriptor fd of process pid, a pipe, for mode, without
// blocking and close-on-exec.
func openPipe(pid, fd, mode int) (*os.File, error) {
	path := filepath.Join("/proc", strconv.Itoa(pid), "fd", strconv.Itoa(fd))
	d, err := syscall.Open(path, mode|syscall.O_NONBLOCK|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	return os.NewFile(uintptr(d), path), nil
}

// wait waits for the kernel's output to end, which it does when the kernel
// exits. After a failure the kernel may still wait for requests (the
// process that started it holds its input open too), so it is ended first.
func (k *attachedKernel) wait(failed bool) {
	if failed {
		_ = syscall.Kill(k.pid, syscall.SIGKILL)
	}
	<-k.copied
}

// exitOnClose is the early kernel's input as the relay writes it: closing
// it asks the kernel to exit first. The kernel's input does not end when
// the relay closes it, as the process that started the kernel holds it
// open too, and the kernel exits on that request as it would at the end
// of its input; after the client's own exit request it is one line the
// exiting kernel never reads.
type exitOnClose struct{ *os.File }

// Close asks the kernel to exit and closes the relay's end of its input.
func (f exitOnClose) Close() error {
	_, _ = f.File.Write([]byte("{\"exit\":0}\n"))
	return f.File.Close()
}
