package jsiikernel

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
)

// The relay lets the Go side go on while the kernel creates. Of the ~8,000
// requests a synth at 1,000 models sends, all but a few dozen are creates,
// whose answer is a reference the kernel hands out in order
// ("FQN@10000", "FQN@10001", ...) and which Go only keeps. The relay sits
// between jsii-runtime-go and the kernel, answers each create at once with
// the reference the kernel will give, and forwards every request in order;
// it answers loads and the static calls that make values ahead too
// (ahead.go). A reader checks each of the kernel's answers against the
// prediction as it arrives; before the relay answers a request it waits for
// (an invoke, any other static call, a get), every earlier answer has been
// checked. Any difference, error or callback fails that request, and every
// one after it, with the kernel's own message and the request that caused
// it (a create's FQN and construct path, a load's assembly, a call's
// method): a run is never silently wrong, only late to fail.

// relayErrorName is the jsii error name of the relay's failures.
const relayErrorName = "@jsii/kernel.RuntimeError"

// relay copies requests from client to the kernel and answers back.
type relay struct {
	client   *bufio.Reader  // requests of jsii-runtime-go, one JSON per line
	toClient io.Writer      // its answers
	kernel   io.WriteCloser // requests to the kernel, written by write
	// toKernel holds the requests on their way to the kernel: the relay
	// reads on while the kernel is busy (a chart's toJson takes ~0.1 s at
	// 100 models, in which Go sends some 500 creates), up to its capacity.
	toKernel chan []byte
	written  chan error    // write's end: nil, or why it could not write
	writeErr error         // set once written has said it
	answers  *bufio.Reader // the kernel's answers, one JSON per line

	// nextID is the number of the kernel's next object reference: firstID,
	// then past every reference the kernel's answers show (ahead.go).
	nextID int
	// creates are the predicted creates by reference, for the paths of
	// failures.
	creates map[string]createInfo
	// expected are the answers the kernel owes, in order; the reader pops them.
	expected chan expectation
	// direct carries the kernel's answers to requests that are not predicted.
	direct chan []byte
	// pf asks for the charts' toJson ahead (prefetch.go).
	pf *prefetcher
	// sent counts the answers the kernel owes, answered those it gave.
	sent int
	// predicted counts the creates answered ahead; loadsAhead and
	// callsAhead the loads and value calls (ahead.go).
	predicted, loadsAhead, callsAhead int
	// waited counts the requests answered only once the kernel had.
	waited int
	// handOffDir is the folder the relay hands charts' toJson results over
	// in (handoff.go); "" hands none over. handedOff counts them.
	handOffDir string
	handedOff  int

	mu       sync.Mutex
	answered int
	progress *sync.Cond      // on mu: answered grew, or the answers ended
	failure  error           // the first misprediction, kernel error or callback
	readErr  error           // why the kernel's answers ended
	links    map[string]bool // the links to tarballs of loads answered ahead
}

// createInfo is what a failure says of a create.
type createInfo struct {
	fqn, scope, id string
}

// expectation is one answer the kernel owes: a predicted one (answered
// already), an early toJson (kept), or one passed on.
type expectation struct {
	predicted []byte // nil: pass the answer on
	ref       string // a predicted create's reference
	ahead     *ahead // a load or value call answered ahead (ahead.go)
	prefetch  *prefetch
}

// newRelay relays between a client and a kernel.
func newRelay(client io.Reader, toClient io.Writer, kernel io.WriteCloser, answers io.Reader) *relay {
	r := &relay{
		client:   bufio.NewReaderSize(client, 64<<10),
		toClient: toClient,
		kernel:   kernel,
		answers:  bufio.NewReaderSize(answers, 64<<10),
		nextID:   firstID,
		links:    map[string]bool{},
		creates:  map[string]createInfo{},
		expected: make(chan expectation, 1<<14),
		direct:   make(chan []byte),
		pf:       newPrefetcher(),
		toKernel: make(chan []byte, kernelQueue),
		written:  make(chan error, 1),
	}
	r.progress = sync.NewCond(&r.mu)
	return r
}

// run relays until the client ends its input or asks the kernel to exit; it
// returns the failure nobody was told of, if any.
func (r *relay) run() error {
	go r.read()
	go r.write(r.toKernel)
	defer r.removeLinks()
	defer r.closeKernel()
	// The kernel speaks first: its hello.
	r.expect(expectation{})
	hello, ok := <-r.direct
	if !ok {
		// The kernel ended before it spoke (it could not start): say so
		// and end, as jsii-runtime-go waits for the hello before it asks.
		return r.ended()
	}
	if err := r.pass(hello); err != nil {
		return err
	}
	for {
		line, err := r.client.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) == 0 {
			if err != nil {
				return r.finish()
			}
			continue
		}
		if bytes.HasPrefix(line, []byte(`{"exit"`)) {
			if err := r.send(line); err != nil {
				return err
			}
			return r.finish()
		}
		if err := r.request(line); err != nil {
			return err
		}
	}
}

// request forwards one request, answering a create at once and any other
// once the kernel has answered it and every create before it; a chart's
// toJson asked for ahead is answered from that.
func (r *relay) request(line []byte) error {
	toJSONRef, isToJSON := toJSONOf(line)
	if isToJSON {
		if answer, ok := r.prefetched(toJSONRef); ok {
			return r.pass(r.handOff(toJSONRef, answer))
		}
	}
	refs := mentions(line)
	r.pf.mentioned(refs)
	if bytes.HasPrefix(line, []byte(`{"api":"create"`)) {
		if _, _, ok := createHead(line); !ok || bytes.Contains(line, []byte(`"overrides":`)) {
			// Its object may call back into Go, which an early toJson
			// would have to answer: ask for none from now on.
			r.pf.stop()
		}
	}
	if answer, request, a, ok := r.predictLoad(line); ok {
		r.loadsAhead++
		return r.answerAhead(answer, request, a)
	}
	if answer, a, ok := r.predictValueCall(line); ok {
		r.nextID++
		r.callsAhead++
		return r.answerAhead(answer, line, a)
	}
	if predicted, ref, ok := r.predict(line); ok {
		if err := r.created(ref, refs); err != nil {
			return err
		}
		r.expect(expectation{predicted: predicted, ref: ref})
		if err := r.send(line); err != nil {
			return err
		}
		r.nextID++
		r.predicted++
		return r.pass(append(predicted, '\n'))
	}
	r.expect(expectation{})
	if err := r.send(line); err != nil {
		return err
	}
	r.waited++
	answer, ok := <-r.direct
	if !ok {
		return r.ended()
	}
	if failure := r.failed(); failure != nil {
		return r.pass(errorAnswer(failure))
	}
	r.learnIDs(answer)
	r.linkUnpredicted(line, answer, refs)
	if isToJSON {
		answer = r.handOff(toJSONRef, answer)
	}
	return r.pass(answer)
}

// kernelQueue is how many requests may wait for the kernel to read them.
const kernelQueue = 1024

// write writes the requests queued in queue to the kernel, in order, until
// the queue is closed or a write fails. It is given the queue rather than
// reading r.toKernel, which closeKernel sets to nil, maybe before write has
// begun (a kernel that ends before its hello).
func (r *relay) write(queue <-chan []byte) {
	for line := range queue {
		if _, err := r.kernel.Write(line); err != nil {
			r.written <- err
			for range queue {
				// Drop the rest: the relay hears of the error at its next send.
			}
			return
		}
	}
	r.written <- nil
}

// send queues a request for the kernel; its error is that of an earlier
// write, if one failed.
func (r *relay) send(line []byte) error {
	if r.toKernel == nil {
		return r.writeErr
	}
	select {
	case r.writeErr = <-r.written: // only an error comes before the queue closes
		close(r.toKernel)
		r.toKernel = nil
		return r.writeErr
	default:
	}
	r.toKernel <- line
	return nil
}

// closeKernel ends the kernel's input once every queued request is written.
func (r *relay) closeKernel() {
	if r.toKernel != nil {
		close(r.toKernel)
		r.toKernel = nil
		r.writeErr = <-r.written
	}
	_ = r.kernel.Close()
}

// expect queues an answer the kernel owes.
func (r *relay) expect(e expectation) {
	r.expected <- e
	r.sent++
}

// created notes the create of ref and asks the kernel for the toJson of the
// chart before it, when ref is the next chart.
func (r *relay) created(ref string, refs []mention) error {
	r.mu.Lock()
	info := r.creates[ref]
	r.mu.Unlock()
	chart := r.pf.created(info, ref, refs)
	if chart == 0 {
		return nil
	}
	chartRef := chartFQN + "@" + strconv.Itoa(chart)
	p := r.pf.ask(chart, chartRef)
	r.expect(expectation{prefetch: p})
	p.seq = r.sent
	err := r.send(toJSONRequest(chartRef))
	return err
}

// linkUnpredicted notes what a request the kernel answered itself
// mentioned: a create's object (the relay's first, the app's, before it
// knows the ids), or, for an invoke, a get or a set, that the objects it
// names may read each other from now on (an object's addDependency, say).
func (r *relay) linkUnpredicted(line, answer []byte, refs []mention) {
	fqn, rest, ok := createHead(line)
	if !ok {
		for _, m := range refs {
			r.pf.link(m.id, 0, refs)
		}
		return
	}
	got := mentions(answer)
	if len(got) != 1 {
		return
	}
	ref := got[0].fqn + "@" + strconv.Itoa(got[0].id)
	scope, id := scopeAndID(rest)
	info := createInfo{fqn: fqn, scope: scope, id: id}
	r.mu.Lock()
	r.creates[ref] = info
	r.mu.Unlock()
	_ = r.pf.created(info, ref, refs)
}

// prefetched answers the app's toJson of ref from the early ask, once it
// and every answer before it have come in: ok is false when there is none
// to use and the request goes to the kernel. Answers to requests after the
// ask are checked as they come; a failure among them fails the next
// request the kernel answers, at the latest the last chart's toJson, which
// is never asked for ahead (no chart follows it).
func (r *relay) prefetched(ref string) (answer []byte, ok bool) {
	p := r.pf.take(refID(ref))
	if p == nil || p.ref != ref {
		return nil, false
	}
	if p.spoiled {
		return nil, false
	}
	r.mu.Lock()
	for r.answered < p.seq && r.readErr == nil {
		r.progress.Wait()
	}
	answer, p.answer = p.answer, nil
	failure := r.failure
	r.mu.Unlock()
	switch {
	case failure != nil:
		return errorAnswer(failure), true
	case !bytes.HasPrefix(answer, []byte(`{"ok":`)) || bytes.Contains(answer, []byte(`"$jsii.byref":"`)):
		// An error comes from the app's own call; a reference would be an
		// object the kernel numbered, which the relay did not count.
		r.pf.stats.Spoiled++
		return nil, false
	}
	r.pf.stats.Served++
	return answer, true
}

// predict returns the answer the kernel will give to a create: a reference
// to FQN@nextID. It predicts nothing after a failure, or for a create with
// overrides or interfaces (the kernel may
// call back into Go, or answer with the interfaces). It reads only the
// head of the request, as jsii-runtime-go writes it: api, fqn, then
// interfaces if any, then args.
func (r *relay) predict(line []byte) ([]byte, string, bool) {
	if bytes.Contains(line, []byte(`"overrides":`)) || r.failed() != nil {
		return nil, "", false
	}
	fqn, rest, ok := createHead(line)
	if !ok {
		return nil, "", false
	}
	ref := fqn + "@" + strconv.Itoa(r.nextID)
	scope, id := scopeAndID(rest)
	r.mu.Lock()
	r.creates[ref] = createInfo{fqn: fqn, scope: scope, id: id}
	r.mu.Unlock()
	return []byte(`{"ok":{"$jsii.byref":"` + ref + `"}}`), ref, true
}

// createHead reads the FQN of a create and the rest of it, from the head
// as jsii-runtime-go writes it: api, fqn, then interfaces if any, then
// args. It is false for anything else, and for a create with interfaces.
func createHead(line []byte) (fqn string, rest []byte, ok bool) {
	const head = `{"api":"create","fqn":"`
	if !bytes.HasPrefix(line, []byte(head)) {
		return "", nil, false
	}
	rest = line[len(head):]
	end := bytes.IndexByte(rest, '"')
	if end <= 0 || bytes.IndexByte(rest[:end], '\\') >= 0 {
		return "", nil, false
	}
	fqn, rest = string(rest[:end]), rest[end+1:]
	if !bytes.HasPrefix(rest, []byte(`,"args":`)) && !bytes.HasPrefix(rest, []byte(`}`)) {
		return "", nil, false // interfaces, or a form this relay does not know
	}
	return fqn, rest, true
}

// scopeAndID reads the scope reference and the id a construct's create
// passes first (`,"args":[{"$jsii.byref":"SCOPE"},"ID"`); "" where the
// arguments start otherwise.
func scopeAndID(rest []byte) (scope, id string) {
	const args = `,"args":[{"$jsii.byref":"`
	if !bytes.HasPrefix(rest, []byte(args)) {
		return "", ""
	}
	rest = rest[len(args):]
	end := bytes.IndexByte(rest, '"')
	if end < 0 || !bytes.HasPrefix(rest[end:], []byte(`"},`)) {
		return "", ""
	}
	scope = string(rest[:end])
	dec := json.NewDecoder(bytes.NewReader(rest[end+3:]))
	if err := dec.Decode(&id); err != nil {
		return scope, ""
	}
	return scope, id
}

// read checks or passes on each of the kernel's answers, in order.
func (r *relay) read() {
	defer close(r.direct)
	for {
		line, err := r.answers.ReadBytes('\n')
		if len(line) > 0 {
			e := <-r.expected
			switch {
			case e.prefetch != nil:
				r.mu.Lock()
				e.prefetch.answer = line
				r.mu.Unlock()
			case e.predicted == nil:
				r.direct <- line
			case e.ahead != nil:
				r.checkAhead(e, line)
			case !bytes.Equal(bytes.TrimRight(line, "\r\n"), e.predicted):
				r.fail(r.misprediction(r.describe(e.ref), e.predicted, line))
			}
			r.mu.Lock()
			r.answered++
			r.progress.Broadcast()
			r.mu.Unlock()
		}
		if err != nil {
			r.mu.Lock()
			r.readErr = err
			r.progress.Broadcast()
			r.mu.Unlock()
			return
		}
	}
}

// misprediction says what went wrong with the request named what, which
// the relay answered predicted: the kernel's error or callback, or another
// answer.
func (r *relay) misprediction(what string, predicted, line []byte) error {
	var answer struct {
		Error    *string         `json:"error"`
		Callback json.RawMessage `json:"callback"`
	}
	_ = json.Unmarshal(line, &answer)
	switch {
	case answer.Error != nil:
		return fmt.Errorf("jsii kernel: %s failed: %s", what, *answer.Error)
	case answer.Callback != nil:
		return fmt.Errorf("jsii kernel: %s called back into Go, which the relay does not allow for a request it answers ahead (set %s=off): %s", what, RelayVariable, answer.Callback)
	default:
		return fmt.Errorf("jsii kernel: %s was answered %s where the relay predicted %s (set %s=off)", what, bytes.TrimSpace(line), predicted, RelayVariable)
	}
}

// describe names the create of ref: "create of FQN at PATH".
func (r *relay) describe(ref string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	info := r.creates[ref]
	text := "create of " + info.fqn
	if path := r.path(ref); path != "" {
		text += " at " + path
	}
	return text
}

// path is the construct path of ref, from the scopes and ids of the
// predicted creates ("" when its scope is not one of them).
func (r *relay) path(ref string) string {
	var parts []string
	for seen := 0; ref != "" && seen < 1000; seen++ {
		info, ok := r.creates[ref]
		if !ok {
			break
		}
		if info.id != "" {
			parts = append(parts, info.id)
		}
		ref = info.scope
	}
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	return strings.Join(parts, "/")
}

// learnIDs sets nextID past every reference an answer holds.
func (r *relay) learnIDs(answer []byte) {
	for _, m := range mentions(answer) {
		if m.id >= r.nextID {
			r.nextID = m.id + 1
		}
	}
}

func (r *relay) fail(err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failure == nil {
		r.failure = err
	}
}

func (r *relay) failed() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.failure
}

// ended is why the kernel stopped answering.
func (r *relay) ended() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.failure != nil {
		return r.failure
	}
	if r.readErr != nil && !errors.Is(r.readErr, io.EOF) {
		return fmt.Errorf("jsii kernel: reading its answers: %w", r.readErr)
	}
	return errors.New("jsii kernel: exited without answering")
}

// finish ends the kernel's input, waits for its last answers and returns a
// failure among them, which no request of the client's will hear of.
func (r *relay) finish() error {
	r.closeKernel()
	for range r.direct {
		// No request waits for an answer any more.
	}
	return r.failed()
}

func (r *relay) pass(line []byte) error {
	_, err := r.toClient.Write(line)
	return err
}

// errorAnswer is the kernel's form of an error, which jsii-runtime-go
// returns as the call's error.
func errorAnswer(err error) []byte {
	answer, _ := json.Marshal(map[string]string{"error": err.Error(), "name": relayErrorName})
	return append(answer, '\n')
}

// RelayVariable switches the relay off when set to "off": the kernel then
// answers every request itself, as it did before the relay, for debugging.
// Set to RelayStats, the relay says at exit how much it answered ahead.
const RelayVariable = "AI_GATEWAY_JSII_RELAY"

// RelayStats is the RelayVariable value that has the relay print its counts
// to standard error at exit.
const RelayStats = "stats"

// relayGCPercent is the relay process's GOGC. It was 20, to keep the
// process tree's peak low while it was near make bench's 300 MB bound; at
// 100 the tree needs 4% less CPU at 1,000 models (farm-bench 0.96 twice,
// 10 and 12 runs; benchprocess 0.96), and farm-bench's wall was 0.96 too
// but benchprocess's 1.00 (7 runs), for 7 MB more peak RSS (262 against
// 255 MB). 400 gains nothing more (farm-bench 1.00).
const relayGCPercent = 100

// relayFlag, as the first argument, makes this binary the relay: the rest
// is the kernel's command line, or attachFlag and the early kernel's pipes
// (early.go).
const relayFlag = "-jsii-relay"

// runRelay starts the kernel (command, its fd 3 a pipe for the answers), or
// takes the one started early, and relays between it and this process's
// standard input and output. It returns the exit code: the kernel's (0 for
// the early kernel, whose parent is the Go process), or 1 after a failure
// no request was answered with.
func runRelay(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "jsii relay: no kernel to start")
		return 2
	}
	if args[0] == attachFlag {
		if len(args) != 2 {
			fmt.Fprintf(os.Stderr, "jsii relay: %s takes one argument, PID:KERNEL:IN:ANSWERS:OUTPUT; got %q\n", attachFlag, args[1:])
			return 2
		}
		return relayAttached(args[1])
	}
	return relayStarted(args)
}

// relayStarted starts the kernel and relays to it.
func relayStarted(command []string) int {
	answers, answersW, err := os.Pipe()
	if err != nil {
		fmt.Fprintln(os.Stderr, "jsii relay:", err)
		return 1
	}
	kernel := exec.Command(command[0], command[1:]...)
	kernel.Stdout, kernel.Stderr = os.Stderr, os.Stderr
	kernel.ExtraFiles = []*os.File{answersW}
	requests, err := kernel.StdinPipe()
	if err == nil {
		err = kernel.Start()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "jsii relay: start the kernel:", err)
		return 1
	}
	answersW.Close()
	failure := relayTo(requests, answers)
	waitErr := kernel.Wait()
	if failure != nil {
		fmt.Fprintln(os.Stderr, failure)
		return 1
	}
	var exit *exec.ExitError
	if errors.As(waitErr, &exit) {
		return exit.ExitCode()
	}
	if waitErr != nil {
		fmt.Fprintln(os.Stderr, "jsii relay:", waitErr)
		return 1
	}
	return 0
}

// relayAttached takes the early kernel's pipes (spec, attachFlag's value)
// and relays to it.
func relayAttached(spec string) int {
	kernel, err := attach(spec)
	if err != nil {
		fmt.Fprintln(os.Stderr, "jsii relay: take the kernel started early:", err)
		return 1
	}
	failure := relayTo(kernel.requests, kernel.answers)
	kernel.wait(failure != nil)
	if failure != nil {
		fmt.Fprintln(os.Stderr, failure)
		return 1
	}
	return 0
}

// relayTo relays between this process's standard input and output and a
// kernel, until the input ends or asks the kernel to exit; then it closes
// the kernel's input and returns the failure nobody was told of, if any.
func relayTo(requests io.WriteCloser, answers io.Reader) error {
	debug.SetGCPercent(relayGCPercent)
	r := newRelay(os.Stdin, os.Stdout, requests, answers)
	if dir, err := os.MkdirTemp("", "ai-gateway-jsii-relay-"); err == nil {
		r.handOffDir = dir
		defer os.RemoveAll(dir)
	}
	failure := r.run()
	_ = requests.Close()
	if os.Getenv(RelayVariable) == RelayStats {
		fmt.Fprintf(os.Stderr, "jsii relay: %s; charts' toJson: %d asked ahead, %d served, %d spoiled, %d handed over in files\n",
			r.aheadStats(), r.pf.stats.Asked, r.pf.stats.Served, r.pf.stats.Spoiled, r.handedOff)
	}
	return failure
}
