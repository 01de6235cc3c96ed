package jsiikernel

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

// fakeKernel answers as the jsii kernel does: a hello, then each create
// with the next reference from 10000, a load with its assembly's name once
// it has read the tarball (an error when there is none), each other request
// with "ok". answer may replace the answer to request n (counted from 0,
// hello not counted).
type fakeKernel struct {
	requests *bufio.Reader
	answers  io.WriteCloser
	answer   func(n int, request map[string]any, usual string) string
	mu       sync.Mutex
	gate     chan struct{} // when set, holds every answer until it is closed
	toJSONs  map[string]int
	stall    chan struct{} // when set, reads nothing after the first request until closed
}

func (k *fakeKernel) run() {
	out := make(chan string, 1<<16)
	go func() {
		defer k.answers.Close()
		for answer := range out {
			if gate := k.gateNow(); gate != nil {
				<-gate
			}
			fmt.Fprintln(k.answers, answer)
		}
	}()
	defer close(out)
	out <- `{"hello":"@jsii/runtime@1.140.0"}`
	next := 10000
	for n := 0; ; n++ {
		if k.stall != nil && n == 1 {
			<-k.stall // busy with the first request (a toJson, say)
		}
		line, err := k.requests.ReadBytes('\n')
		if err != nil {
			return
		}
		var request map[string]any
		if json.Unmarshal(line, &request) != nil {
			return
		}
		if _, exit := request["exit"]; exit {
			return
		}
		usual := `{"ok":{}}`
		if request["api"] == "load" {
			usual = fmt.Sprintf(`{"ok":{"assembly":%q,"types":3}}`, request["name"])
			if _, err := os.ReadFile(request["tarball"].(string)); err != nil {
				usual = fmt.Sprintf(`{"error":%q,"name":"Error"}`, err.Error())
			}
		}
		if request["api"] == "create" {
			usual = fmt.Sprintf(`{"ok":{"$jsii.byref":"%s@%d"}}`, request["fqn"], next)
			next++
		}
		if request["api"] == "sinvoke" && request["method"] == "fromString" {
			usual = fmt.Sprintf(`{"ok":{"result":{"$jsii.byref":"%s@%d"}}}`, request["fqn"], next)
			next++
		}
		if request["api"] == "invoke" && request["method"] == "big" {
			usual = `{"ok":{"result":"` + strings.Repeat("x", 2<<20) + `"}}`
		}
		if request["api"] == "invoke" && request["method"] == "toJson" {
			// The answer says when the kernel was asked: after how many requests.
			ref := request["objref"].(map[string]any)["$jsii.byref"].(string)
			usual = fmt.Sprintf(`{"ok":{"result":{"chart":%q,"after":%d}}}`, ref, n)
			k.count(ref)
		}
		answer := usual
		if k.answer != nil {
			answer = k.answer(n, request, usual)
		}
		out <- answer
	}
}

// count notes a toJson of ref.
func (k *fakeKernel) count(ref string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.toJSONs == nil {
		k.toJSONs = map[string]int{}
	}
	k.toJSONs[ref]++
}

// toJSONCount is how often the kernel was asked for the toJson of ref.
func (k *fakeKernel) toJSONCount(ref string) int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.toJSONs[ref]
}

func (k *fakeKernel) gateNow() chan struct{} {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.gate
}

// hold makes the kernel answer nothing until the returned function is called.
func (k *fakeKernel) hold() (release func()) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.gate = make(chan struct{})
	return func() { close(k.gate) }
}

// client is jsii-runtime-go's side of a relay to a fake kernel, over
// unbuffered pipes (a writer blocks until the other side reads).
type client struct {
	t        *testing.T
	relay    *relay
	requests io.WriteCloser
	answers  *bufio.Reader
	done     chan error
}

// startRelay starts a relay to kernel, set up by each of setups first.
func startRelay(t *testing.T, kernel *fakeKernel, setups ...func(*relay)) *client {
	t.Helper()
	clientR, clientW := io.Pipe()
	toClientR, toClientW := io.Pipe()
	kernelR, kernelW := io.Pipe()
	answersR, answersW := io.Pipe()
	kernel.requests, kernel.answers = bufio.NewReader(kernelR), answersW
	go kernel.run()
	c := &client{t: t, requests: clientW, answers: bufio.NewReader(toClientR), done: make(chan error, 1)}
	c.relay = newRelay(clientR, toClientW, kernelW, answersR)
	for _, setup := range setups {
		setup(c.relay)
	}
	go func() {
		err := c.relay.run()
		toClientW.Close()
		c.done <- err
	}()
	assertEqual(t, `{"hello":"@jsii/runtime@1.140.0"}`, c.read(), "the kernel's hello first")
	return c
}

func (c *client) send(request string) {
	c.t.Helper()
	_, err := io.WriteString(c.requests, request+"\n")
	requireNoError(c.t, err)
}

func (c *client) read() string {
	c.t.Helper()
	line, err := c.answers.ReadString('\n')
	requireNoError(c.t, err)
	return strings.TrimSuffix(line, "\n")
}

// call sends a request and returns its answer.
func (c *client) call(request string) string {
	c.t.Helper()
	c.send(request)
	return c.read()
}

// exit asks the kernel to exit and returns the relay's result.
func (c *client) exit() error {
	c.t.Helper()
	c.send(`{"exit":0}`)
	select {
	case err := <-c.done:
		return err
	case <-time.After(10 * time.Second):
		c.t.Fatal("the relay did not end")
		return nil
	}
}

func create(fqn, scope, id string) string {
	return fmt.Sprintf(`{"api":"create","fqn":%q,"args":[{"$jsii.byref":%q},%q,{"$jsii.struct":{"fqn":"x.Props","data":{}}}]}`, fqn, scope, id)
}

const invoke = `{"api":"invoke","objref":{"$jsii.byref":"cdk8s.App@10000"},"method":"synthYaml"}`

func TestRelayAnswersCreatesBeforeTheKernelDoes(t *testing.T) {
	kernel := &fakeKernel{}
	c := startRelay(t, kernel)
	release := kernel.hold() // the kernel reads on but answers nothing until released
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.App@10000"}}`, c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`),
		"the kernel numbers from 10000")
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.Chart@10001"}}`, c.call(create("cdk8s.Chart", "cdk8s.App@10000", "chart")))
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.ApiObject@10002"}}`, c.call(create("cdk8s.ApiObject", "cdk8s.Chart@10001", "a")))
	release()
	assertEqual(t, `{"ok":{}}`, c.call(invoke), "an invoke waits for the kernel")
	assertNoError(t, c.exit())
}

func TestRelayReportsAMispredictedID(t *testing.T) {
	c := startRelay(t, &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
		if n == 2 {
			return `{"ok":{"$jsii.byref":"cdk8s.ApiObject@10005"}}` // the kernel skipped ids
		}
		return usual
	}})
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(create("cdk8s.Chart", "cdk8s.App@10000", "chart"))
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.ApiObject@10002"}}`, c.call(create("cdk8s.ApiObject", "cdk8s.Chart@10001", "a")))
	want := `jsii kernel: create of cdk8s.ApiObject at chart/a was answered {"ok":{"$jsii.byref":"cdk8s.ApiObject@10005"}} where the relay predicted {"ok":{"$jsii.byref":"cdk8s.ApiObject@10002"}} (set AI_GATEWAY_JSII_RELAY=off)`
	assertEqual(t, errorLine(want), c.call(invoke), "the next invoke fails with what went wrong, where")
	assertEqual(t, errorLine(want), c.call(create("cdk8s.ApiObject", "cdk8s.Chart@10001", "b")), "so does every request after it")
	assertEqualError(t, c.exit(), want)
}

func TestRelayReportsAFailingCreate(t *testing.T) {
	kernelMessage := "There is already a Construct with name 'a' in Chart [chart]"
	c := startRelay(t, &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
		if n == 3 {
			return fmt.Sprintf(`{"error":%q,"name":"Error","stack":"Error: ..."}`, kernelMessage)
		}
		return usual
	}})
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(create("cdk8s.Chart", "cdk8s.App@10000", "chart"))
	c.call(create("cdk8s.ApiObject", "cdk8s.Chart@10001", "a"))
	c.call(create("cdk8s.ApiObject", "cdk8s.Chart@10001", "a"))
	assertEqual(t, errorLine("jsii kernel: create of cdk8s.ApiObject at chart/a failed: "+kernelMessage), c.call(invoke))
	assertError(t, c.exit())
}

func TestRelayReportsACallbackFromACreate(t *testing.T) {
	c := startRelay(t, &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
		if n == 1 {
			return `{"callback":{"cbid":"jsii::callback::20000","invoke":{"method":"render"}}}`
		}
		return usual
	}})
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(create("cdk8s.Chart", "cdk8s.App@10000", "chart"))
	answer := c.call(invoke)
	assertContains(t, answer, "jsii kernel: create of cdk8s.Chart at chart called back into Go")
	assertError(t, c.exit())
}

func TestRelayPassesWhatItCannotPredict(t *testing.T) {
	tests := []struct{ name, request string }{
		{"a create with overrides", `{"api":"create","fqn":"x.Y","args":[],"overrides":[{"method":"render"}]}`},
		{"a create with interfaces", `{"api":"create","fqn":"x.Y","interfaces":["x.I"],"args":[]}`},
		{"a static call", `{"api":"sinvoke","fqn":"cdk8s.Duration","method":"seconds","args":[5]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := startRelay(t, &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
				if n == 1 {
					return `{"ok":{"from":"the kernel"}}`
				}
				return usual
			}})
			c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
			assertEqual(t, `{"ok":{"from":"the kernel"}}`, c.call(tt.request))
			assertNoError(t, c.exit())
		})
	}
}

func TestRelayLearnsIDsTheKernelHandsOutElsewhere(t *testing.T) {
	c := startRelay(t, &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
		if n == 1 { // a static call that returns a new object, which takes the next id
			return `{"ok":{"result":{"$jsii.byref":"cdk8s.Duration@10001"}}}`
		}
		if n == 2 {
			return `{"ok":{"$jsii.byref":"cdk8s.Chart@10002"}}`
		}
		return usual
	}})
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	c.call(`{"api":"sinvoke","fqn":"cdk8s.Duration","method":"seconds","args":[5]}`)
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.Chart@10002"}}`, c.call(create("cdk8s.Chart", "cdk8s.App@10000", "chart")))
	assertEqual(t, `{"ok":{}}`, c.call(invoke), "no misprediction")
	assertNoError(t, c.exit())
}

// TestRelayNeverDeadlocks writes thousands of large creates while the
// kernel answers an invoke with 2 MB, over pipes that hold nothing: reading
// the kernel's answers runs beside writing its requests.
func TestRelayNeverDeadlocks(t *testing.T) {
	c := startRelay(t, &fakeKernel{})
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		props := strings.Repeat("y", 4096)
		for i := range 3000 {
			c.send(create("cdk8s.ApiObject", "cdk8s.App@10000", fmt.Sprintf("o%d-%s", i, props)))
			c.read()
		}
		answer := c.call(`{"api":"invoke","objref":{"$jsii.byref":"cdk8s.App@10000"},"method":"big"}`)
		assertLen(t, answer, len(`{"ok":{"result":""}}`)+2<<20)
	}()
	select {
	case <-finished:
	case <-time.After(30 * time.Second):
		t.Fatal("deadlock: the relay stopped moving")
	}
	assertNoError(t, c.exit())
}

func errorLine(message string) string {
	return strings.TrimSuffix(string(errorAnswer(fmt.Errorf("%s", message))), "\n")
}

// The assertions of this file. It is in the package (it tests the relay's
// insides), so it must not import testify: packages a test of the package
// imports initialize before the package, and testify's would let the
// bindings create the jsii client before this package's init sets
// JSII_RUNTIME (kernel_test.go would see the standard launcher).

func assertEqual(t *testing.T, want, got any, msg ...any) {
	t.Helper()
	if !reflect.DeepEqual(want, got) {
		t.Errorf("%v\nwant: %v\n got: %v", fmt.Sprint(msg...), want, got)
	}
}

func assertNoError(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Errorf("unexpected error: %v", err)
	}
}

func requireNoError(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("unexpected error: %v", err)
	}
}

func assertError(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		t.Error("no error")
	}
}

func assertEqualError(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}

func assertContains(t *testing.T, s, part string) {
	t.Helper()
	if !strings.Contains(s, part) {
		t.Errorf("%q does not contain %q", s, part)
	}
}

func assertLen(t *testing.T, s string, n int) {
	t.Helper()
	if len(s) != n {
		t.Errorf("length %d, want %d", len(s), n)
	}
}

func TestRelayEndsWhenTheKernelEndsBeforeItsHello(t *testing.T) {
	clientR, clientW := io.Pipe()
	defer clientW.Close()
	kernelR, kernelW := io.Pipe()
	go io.Copy(io.Discard, kernelR)
	answersR, answersW := io.Pipe()
	answersW.Close() // the kernel exits at once (a bad Node.js option, say)
	done := make(chan error, 1)
	go func() { done <- newRelay(clientR, io.Discard, kernelW, answersR).run() }()
	select {
	case err := <-done:
		assertEqualError(t, err, "jsii kernel: exited without answering")
	case <-time.After(10 * time.Second):
		t.Fatal("the relay waits for a request while jsii-runtime-go waits for the kernel's hello")
	}
}

func TestRelayAnswersCreatesWhileTheKernelReadsNothing(t *testing.T) {
	kernel := &fakeKernel{stall: make(chan struct{})}
	c := startRelay(t, kernel)
	c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
	answered := make(chan struct{})
	go func() {
		defer close(answered)
		props := strings.Repeat("y", 4096) // 500 of them fill any pipe
		for i := range 500 {
			c.send(create("cdk8s.ApiObject", app, fmt.Sprintf("o%d-%s", i, props)))
			c.read()
		}
	}()
	select {
	case <-answered:
	case <-time.After(10 * time.Second):
		t.Fatal("the relay waits for the kernel to read")
	}
	close(kernel.stall)
	assertEqual(t, `{"ok":{}}`, c.call(invoke), "no misprediction once the kernel reads on")
	assertNoError(t, c.exit())
}

// tarball writes a file for a load to name, as jsii-runtime-go does.
func tarball(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cdk8s-2.70.106.123.tgz")
	requireNoError(t, os.WriteFile(path, []byte("a tarball"), 0o600))
	return path
}

func load(tarball string) string {
	return fmt.Sprintf(`{"api":"load","name":"cdk8s","version":"2.70.106","tarball":%q}`, tarball)
}

func TestRelayAnswersLoadsAndValueCallsBeforeTheKernelDoes(t *testing.T) {
	kernel := &fakeKernel{}
	c := startRelay(t, kernel)
	path := tarball(t)
	release := kernel.hold()
	assertEqual(t, `{"ok":{"assembly":"cdk8s"}}`, c.call(load(path)))
	requireNoError(t, os.Remove(path)) // jsii-runtime-go removes the tarball once answered
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.App@10000"}}`, c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`))
	assertEqual(t, `{"ok":{"result":{"$jsii.byref":"cdk8s-plus-33.k8s.Quantity@10001"}}}`,
		c.call(`{"api":"sinvoke","fqn":"cdk8s-plus-33.k8s.Quantity","method":"fromString","args":["1Gi"]}`))
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.Chart@10002"}}`, c.call(create("cdk8s.Chart", "cdk8s.App@10000", "chart")))
	release()
	assertEqual(t, `{"ok":{}}`, c.call(invoke), "the kernel read the tarball through the relay's link")
	links, _ := filepath.Glob(path + "*")
	assertEqual(t, 0, len(links), "the relay removed its link once the kernel had loaded")
	assertNoError(t, c.exit())
	assertEqual(t, "2 creates, 1 loads and 1 value calls answered ahead, 1 waited for the kernel", c.relay.aheadStats())
}

func TestRelayReportsWhatGoesWrongWithALoadOrAValueCall(t *testing.T) {
	tests := []struct {
		name    string
		request string
		answer  string // the kernel's answer to the request; "" for its usual one
		want    string
	}{
		{
			name:    "a load that fails",
			request: load("/no/such.tgz"), // the relay cannot link it: passed on, and failing there
			want:    `{"error":"open /no/such.tgz: no such file or directory","name":"Error"}`,
		},
		{
			name:    "a load the kernel refuses",
			request: "LOAD",
			answer:  `{"error":"Multiple versions 2.70.106 and 2.70.1 of the package 'cdk8s' cannot be loaded together","name":"Error"}`,
			want: errorLine("jsii kernel: load of cdk8s 2.70.106 failed: " +
				"Multiple versions 2.70.106 and 2.70.1 of the package 'cdk8s' cannot be loaded together"),
		},
		{
			name:    "a load of another assembly",
			request: "LOAD",
			answer:  `{"ok":{"assembly":"cdk8s-plus-33","types":3}}`,
			want: errorLine(`jsii kernel: load of cdk8s 2.70.106 was answered {"ok":{"assembly":"cdk8s-plus-33","types":3}} ` +
				`where the relay predicted {"ok":{"assembly":"cdk8s"}} (set AI_GATEWAY_JSII_RELAY=off)`),
		},
		{
			name:    "a value call numbered otherwise",
			request: `{"api":"sinvoke","fqn":"cdk8s-plus-33.k8s.IntOrString","method":"fromNumber","args":[8080]}`,
			answer:  `{"ok":{"result":{"$jsii.byref":"cdk8s-plus-33.k8s.IntOrString@10007"}}}`,
			want: errorLine(`jsii kernel: call of cdk8s-plus-33.k8s.IntOrString.fromNumber was answered ` +
				`{"ok":{"result":{"$jsii.byref":"cdk8s-plus-33.k8s.IntOrString@10007"}}} ` +
				`where the relay predicted {"ok":{"result":{"$jsii.byref":"cdk8s-plus-33.k8s.IntOrString@10001"}}} (set AI_GATEWAY_JSII_RELAY=off)`),
		},
		{
			name:    "a value call that fails",
			request: `{"api":"sinvoke","fqn":"cdk8s-plus-33.k8s.Quantity","method":"fromString","args":["1Gi"]}`,
			answer:  `{"error":"boom","name":"Error"}`,
			want:    errorLine(`jsii kernel: call of cdk8s-plus-33.k8s.Quantity.fromString failed: boom`),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := startRelay(t, &fakeKernel{answer: func(n int, _ map[string]any, usual string) string {
				if n == 1 && tt.answer != "" {
					return tt.answer
				}
				return usual
			}})
			c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`)
			request := tt.request
			if request == "LOAD" {
				request = load(tarball(t))
			}
			first := c.call(request)
			if tt.answer != "" {
				assertEqual(t, false, strings.Contains(first, "error"), "answered ahead:", first)
				first = c.call(invoke)
			}
			assertEqual(t, tt.want, first, "the next call that waits for the kernel says what went wrong")
			_ = c.exit()
		})
	}
}

func TestRelayReportsAKernelThatNumbersOtherwise(t *testing.T) {
	c := startRelay(t, &fakeKernel{answer: func(n int, request map[string]any, usual string) string {
		if n == 0 {
			return `{"ok":{"$jsii.byref":"cdk8s.App@20000"}}`
		}
		return usual
	}})
	assertEqual(t, `{"ok":{"$jsii.byref":"cdk8s.App@10000"}}`, c.call(`{"api":"create","fqn":"cdk8s.App","args":[]}`))
	assertEqual(t, errorLine(`jsii kernel: create of cdk8s.App was answered {"ok":{"$jsii.byref":"cdk8s.App@20000"}} `+
		`where the relay predicted {"ok":{"$jsii.byref":"cdk8s.App@10000"}} (set AI_GATEWAY_JSII_RELAY=off)`), c.call(invoke))
	assertError(t, c.exit())
}
