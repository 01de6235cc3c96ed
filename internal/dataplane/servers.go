// Package dataplane holds what the data-plane and autoscaling tests put
// behind a real gateway or Prometheus: fake model servers that answer like
// an OpenAI-compatible server (or a gRPC one), name themselves and report
// vLLM's metrics, a fake picker's metrics, addresses they can listen on
// that EndpointSlices and pod IPs accept, and a certificate for the
// gateway's TLS Secret.
package dataplane

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/encoding"
)

// StreamTokens are the tokens a streamed chat completion sends, one per
// event, TokenGap apart, so a client can tell a stream from a buffered answer.
var StreamTokens = []string{"one ", "two ", "three ", "four ", "five ", "six"}

// TokenGap is the time between two streamed tokens.
const TokenGap = 100 * time.Millisecond

// ModelServer is a fake OpenAI-compatible server that names itself in every
// answer and remembers the paths it was asked for.
type ModelServer struct {
	// Name the server answers with, e.g. chat-stable.
	Name string
	// Port it listens on.
	Port   int
	srv    *http.Server
	mu     sync.Mutex
	seen   []string
	gauges func() []Gauge
}

// Answer is what a fake server puts in every non-chat answer.
type Answer struct {
	Server string `json:"server"`
	Path   string `json:"path"`
}

// StartModelServer listens on ip at a free port.
func StartModelServer(ip net.IP, name string) (*ModelServer, error) {
	return StartModelServerAt(net.JoinHostPort(ip.String(), "0"), name)
}

// StartModelServerAt listens on addr (ip:port), as a pod's server listens
// on the pod's IP and its container port.
func StartModelServerAt(addr, name string) (*ModelServer, error) {
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	s := &ModelServer{Name: name, Port: l.Addr().(*net.TCPAddr).Port}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", s.chat)
	mux.HandleFunc("POST /v1/embeddings", s.embeddings)
	mux.HandleFunc("GET /metrics", s.metrics)
	mux.HandleFunc("/", s.echo)
	s.srv = &http.Server{Handler: s.record(mux), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = s.srv.Serve(l) }()
	return s, nil
}

// Close stops the server.
func (s *ModelServer) Close() { _ = s.srv.Close() }

// ServeMetrics makes /metrics serve gauges(), called once per scrape
// (concurrently), as vLLM serves its metrics on its API port. Until it is
// called /metrics serves no series.
func (s *ModelServer) ServeMetrics(gauges func() []Gauge) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.gauges = gauges
}

func (s *ModelServer) metrics(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	gauges := s.gauges
	s.mu.Unlock()
	var series []Gauge
	if gauges != nil {
		series = gauges()
	}
	serveGauges(w, series)
}

// Paths returns the request paths the server saw.
func (s *ModelServer) Paths() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.seen...)
}

func (s *ModelServer) record(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.seen = append(s.seen, r.URL.Path)
		s.mu.Unlock()
		next.ServeHTTP(w, r)
	})
}

func (s *ModelServer) echo(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, Answer{Server: s.Name, Path: r.URL.Path})
}

func (s *ModelServer) chat(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model  string `json:"model"`
		Stream bool   `json:"stream"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if req.Stream {
		s.stream(w, req.Model)
		return
	}
	writeJSON(w, map[string]any{
		"id": "chatcmpl-" + s.Name, "object": "chat.completion", "created": time.Now().Unix(), "model": req.Model,
		"choices": []any{map[string]any{
			"index": 0, "finish_reason": "stop",
			"message": map[string]any{"role": "assistant", "content": "served by " + s.Name},
		}},
		"usage": map[string]any{"prompt_tokens": 1, "completion_tokens": 3, "total_tokens": 4},
	})
}

// stream sends server-sent events, one token each, flushed TokenGap apart;
// the last event names the server.
func (s *ModelServer) stream(w http.ResponseWriter, model string) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	flusher, _ := w.(http.Flusher)
	tokens := append(append([]string(nil), StreamTokens...), " from "+s.Name)
	for i, token := range tokens {
		if i > 0 {
			time.Sleep(TokenGap)
		}
		chunk := map[string]any{
			"id": "chatcmpl-" + s.Name, "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": model,
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": token}}},
		}
		data, _ := json.Marshal(chunk)
		fmt.Fprintf(w, "data: %s\n\n", data)
		if flusher != nil {
			flusher.Flush()
		}
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	if flusher != nil {
		flusher.Flush()
	}
}

func (s *ModelServer) embeddings(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Model string `json:"model"`
	}
	_ = json.NewDecoder(r.Body).Decode(&req)
	writeJSON(w, map[string]any{
		"object": "list", "model": s.Name,
		"data":  []any{map[string]any{"object": "embedding", "index": 0, "embedding": []float64{0.1, 0.2, 0.3}}},
		"usage": map[string]any{"prompt_tokens": 1, "total_tokens": 1},
	})
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// GRPCServer is a fake gRPC model server (cleartext HTTP/2, as behind an
// h2c Service port) that answers every method with its name.
type GRPCServer struct {
	// Name it answers with.
	Name string
	// Port it listens on.
	Port int
	srv  *grpc.Server
}

// RawCodec passes messages as bytes, so calls need no generated code.
type RawCodec struct{}

// Marshal returns v, a *[]byte, as it is.
func (RawCodec) Marshal(v any) ([]byte, error) { return *v.(*[]byte), nil }

// Unmarshal stores data in v, a *[]byte.
func (RawCodec) Unmarshal(data []byte, v any) error {
	*v.(*[]byte) = append([]byte(nil), data...)
	return nil
}

// Name is the codec's content subtype.
func (RawCodec) Name() string { return "raw" }

func init() { encoding.RegisterCodec(RawCodec{}) }

// StartGRPCServer listens on ip at a free port.
func StartGRPCServer(ip net.IP, name string) (*GRPCServer, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(ip.String(), "0"))
	if err != nil {
		return nil, err
	}
	s := &GRPCServer{Name: name, Port: l.Addr().(*net.TCPAddr).Port}
	s.srv = grpc.NewServer(grpc.UnknownServiceHandler(func(_ any, stream grpc.ServerStream) error {
		method, _ := grpc.MethodFromServerStream(stream)
		var in []byte
		if err := stream.RecvMsg(&in); err != nil {
			return err
		}
		out := []byte(s.Name + " " + strings.TrimPrefix(method, "/"))
		return stream.SendMsg(&out)
	}), grpc.ForceServerCodec(RawCodec{}))
	go func() { _ = s.srv.Serve(l) }()
	return s, nil
}

// Close stops the server.
func (s *GRPCServer) Close() { s.srv.Stop() }
