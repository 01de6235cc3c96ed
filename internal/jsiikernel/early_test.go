package jsiikernel

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The fake kernels of these tests are shell scripts: they say hello on
// fd 3 as the kernel does, then read their input.
const (
	sayHello = `echo '{"hello":"@jsii/runtime@1.140.0"}' >&3; `
	// answerUntilExit answers each request with "ok" and exits on an exit request.
	answerUntilExit = sayHello + `while read -r line; do case "$line" in *exit*) exit 0;; esac; echo 'the kernel logs' >&2; echo '{"ok":"done"}' >&3; done`
	// readForever neither answers nor exits but at the end of its input.
	readForever = sayHello + `exec cat >/dev/null`
)

// startFake starts script as the kernel, early, and stops it at the test's end.
func startFake(t *testing.T, script string) (*earlyKernel, string) {
	t.Helper()
	k, spec, ok := startEarly([]string{"/bin/sh", "-c", script})
	if !ok {
		t.Fatal("startEarly: the kernel did not start")
	}
	t.Cleanup(k.stop)
	return k, spec
}

// attachedRelay runs this test binary as the relay on spec's kernel, with
// input as its client's requests and stdout as where its answers go
// (captured when nil); it fails the test past 10 s.
func attachedRelay(t *testing.T, spec, input string, stdout *os.File) (answers, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(os.Args[0], relayFlag, attachFlag, spec)
	cmd.Stdin = strings.NewReader(input)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if stdout != nil {
		cmd.Stdout = stdout
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		<-done
		t.Fatalf("the relay did not end within 10 s; its standard error: %s", errOut.String())
	}
	return out.String(), errOut.String(), cmd.ProcessState.ExitCode()
}

func TestTheRelayTakesTheKernelStartedEarly(t *testing.T) {
	k, spec := startFake(t, answerUntilExit)
	invoke := `{"api":"invoke","objref":{"$jsii.byref":"x@1"},"method":"m","args":[]}` + "\n"
	answers, stderr, code := attachedRelay(t, spec, invoke+`{"exit":0}`+"\n", nil)
	if code != 0 {
		t.Fatalf("exit code %d; standard error: %s", code, stderr)
	}
	if want := `{"hello":"@jsii/runtime@1.140.0"}` + "\n" + `{"ok":"done"}` + "\n"; answers != want {
		t.Errorf("answers %q, want %q", answers, want)
	}
	if !strings.Contains(stderr, "the kernel logs") {
		t.Errorf("the kernel's output is not on the relay's standard error: %q", stderr)
	}
	k.stop()
	if !k.cmd.ProcessState.Success() {
		t.Errorf("the kernel ended with %v, want exit 0", k.cmd.ProcessState)
	}
}

func TestTheRelayAsksTheEarlyKernelToExitWhenItsInputEnds(t *testing.T) {
	// The test holds the kernel's input open, as the Go process does: the
	// kernel sees no end of it, only the exit request the relay sends.
	_, spec := startFake(t, answerUntilExit)
	if _, stderr, code := attachedRelay(t, spec, "", nil); code != 0 {
		t.Fatalf("exit code %d; standard error: %s", code, stderr)
	}
}

func TestAFailingRelayEndsTheEarlyKernel(t *testing.T) {
	k, spec := startFake(t, readForever)
	// An answer the relay cannot write (a read-only standard output) fails it at the hello.
	readOnly, err := os.Open(os.DevNull)
	if err != nil {
		t.Fatal(err)
	}
	defer readOnly.Close()
	_, stderr, code := attachedRelay(t, spec, "", readOnly)
	if code != 1 {
		t.Errorf("exit code %d, want 1; standard error: %s", code, stderr)
	}
	k.stop()
	status, _ := k.cmd.ProcessState.Sys().(syscall.WaitStatus)
	if !status.Signaled() || status.Signal() != syscall.SIGKILL {
		t.Errorf("the kernel ended with %v, want killed", k.cmd.ProcessState)
	}
}

func TestTheRelaySaysWhenTheEarlyKernelIsGone(t *testing.T) {
	k, spec := startFake(t, "exit 0")
	if _, err := k.cmd.Process.Wait(); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := attachedRelay(t, spec, "", nil)
	if want := "jsii kernel: exited without answering"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit code %d, standard error %q; want 1 and %q", code, stderr, want)
	}
}

func TestStopEndsAnEarlyKernelNoRelayTook(t *testing.T) {
	k, _ := startFake(t, readForever)
	start := time.Now()
	k.stop()
	// It ends at the end of its input, or at its hello if that comes
	// after (no reader left: SIGPIPE), but not killed past stopTimeout.
	if status, _ := k.cmd.ProcessState.Sys().(syscall.WaitStatus); status.Signaled() && status.Signal() == syscall.SIGKILL {
		t.Errorf("the kernel was killed: it did not see its input end")
	}
	if elapsed := time.Since(start); elapsed > stopTimeout/2 {
		t.Errorf("stop took %v: the kernel did not see its input end", elapsed)
	}
}

func TestAttachRefusesAMalformedSpec(t *testing.T) {
	for _, spec := range []string{"", "1:2:3:4", "1:2:3:4:x", "1:2:3:4:5:6"} {
		if _, err := attach(spec); err == nil || !strings.Contains(err.Error(), attachFlag) {
			t.Errorf("attach(%q) = %v, want an error naming %s", spec, err, attachFlag)
		}
	}
	var pathErr *os.PathError
	if _, err := attach("1:2:999999:3:4"); !errors.As(err, &pathErr) {
		t.Errorf("attach of a descriptor that is not there = %v, want a *os.PathError", err)
	}
}

func TestTheRelayRefusesAttachWithoutItsOneArgument(t *testing.T) {
	for _, args := range [][]string{{attachFlag}, {attachFlag, "1:2:3:4:5", "extra"}} {
		out, err := exec.Command(os.Args[0], append([]string{relayFlag}, args...)...).CombinedOutput()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.ExitCode() != 2 || !strings.Contains(string(out), attachFlag+" takes one argument") {
			t.Errorf("relay %q: %v, %q; want exit 2 and %q", args, err, out, attachFlag+" takes one argument")
		}
	}
}
