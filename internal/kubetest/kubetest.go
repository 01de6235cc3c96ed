// Package kubetest runs a real control plane for tests: etcd and
// kube-apiserver on free loopback ports, with the aggregation layer on, and
// kubectl pointed at them. No controllers run unless the test starts
// kube-controller-manager (StartControllers): without it objects are stored
// and validated but never acted on. There is never a kubelet.
package kubetest

import (
	"context"
	"crypto/rand"
	"crypto/rsa"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Binaries locates kube-apiserver, kube-controller-manager, kubectl and etcd.
type Binaries struct {
	// Dir holds kube-apiserver, kube-controller-manager, kubectl and etcd.
	Dir string
}

// Check reports a missing binary.
func (b Binaries) Check() error {
	for _, name := range []string{"etcd", "kube-apiserver", "kube-controller-manager", "kubectl"} {
		if _, err := os.Stat(filepath.Join(b.Dir, name)); err != nil {
			return fmt.Errorf("%s: %w (build it with `make kube-tools`)", name, err)
		}
	}
	return nil
}

// ControlPlane is a running etcd and kube-apiserver.
type ControlPlane struct {
	// Kubeconfig is a kubeconfig file for an administrator (system:masters).
	Kubeconfig string
	// Server is the API server's URL.
	Server string
	// CA issued the API server's certificate, and is the client CA it trusts:
	// a certificate it issues authenticates its common name.
	CA *CA
	// TokenFile holds the administrator's bearer token.
	TokenFile string
	// ServiceAccountKey is the key that signs service account tokens.
	ServiceAccountKey string
	bin               Binaries
	dir               string
	token             string
	processes         []*process
}

type process struct {
	name string
	cmd  *exec.Cmd
	log  string
	done chan error
}

// Start runs etcd and kube-apiserver with their state and logs in dir, and
// returns once the API server is ready. Stop must be called in every case.
func Start(ctx context.Context, bin Binaries, dir string) (*ControlPlane, error) {
	cp := &ControlPlane{bin: bin, dir: dir}
	if err := bin.Check(); err != nil {
		return cp, err
	}
	etcdURL, err := cp.startEtcd(ctx)
	if err != nil {
		return cp, err
	}
	if err := cp.startAPIServer(ctx, etcdURL); err != nil {
		return cp, err
	}
	return cp, nil
}

func (cp *ControlPlane) startEtcd(ctx context.Context) (string, error) {
	clientURL := fmt.Sprintf("http://127.0.0.1:%d", freePort())
	peerURL := fmt.Sprintf("http://127.0.0.1:%d", freePort())
	err := cp.run("etcd",
		"--name", "test",
		"--data-dir", filepath.Join(cp.dir, "etcd"),
		"--listen-client-urls", clientURL, "--advertise-client-urls", clientURL,
		"--listen-peer-urls", peerURL, "--initial-advertise-peer-urls", peerURL,
		"--initial-cluster", "test="+peerURL,
		"--unsafe-no-fsync",
	)
	if err != nil {
		return "", err
	}
	return clientURL, cp.waitFor(ctx, "etcd", clientURL+"/health", "")
}

func (cp *ControlPlane) startAPIServer(ctx context.Context, etcdURL string) error {
	token, err := randomHex(16)
	if err != nil {
		return err
	}
	cp.token = token
	pub, key, err := cp.writeServiceAccountKey()
	if err != nil {
		return err
	}
	cp.ServiceAccountKey = key
	tokens := filepath.Join(cp.dir, "tokens.csv")
	cp.TokenFile = filepath.Join(cp.dir, "token")
	err = errors.Join(
		os.WriteFile(tokens, []byte(token+`,admin,admin,"system:masters"`+"\n"), 0o600),
		os.WriteFile(cp.TokenFile, []byte(token), 0o600),
	)
	if err != nil {
		return err
	}
	tlsFlags, err := cp.writeCertificates()
	if err != nil {
		return err
	}
	port := freePort()
	args := []string{
		"--etcd-servers", etcdURL,
		"--bind-address", "127.0.0.1",
		// Needed where the machine has no default route to take an address from.
		"--advertise-address", "127.0.0.1",
		"--secure-port", fmt.Sprint(port),
		"--service-cluster-ip-range", "10.96.0.0/24",
		"--service-account-issuer", "https://kubernetes.default.svc.cluster.local",
		"--service-account-key-file", pub,
		"--service-account-signing-key-file", key,
		"--token-auth-file", tokens,
		"--authorization-mode", "RBAC",
	}
	if err := cp.run("kube-apiserver", append(args, tlsFlags...)...); err != nil {
		return err
	}
	cp.Server = fmt.Sprintf("https://127.0.0.1:%d", port)
	cp.Kubeconfig = filepath.Join(cp.dir, "kubeconfig")
	if err := os.WriteFile(cp.Kubeconfig, []byte(kubeconfig(cp.Server, cp.CA.File, token)), 0o600); err != nil {
		return err
	}
	return cp.waitFor(ctx, "kube-apiserver", cp.Server+"/readyz", token)
}

// writeCertificates issues the API server's serving certificate and what
// the aggregation layer needs: a front-proxy CA, which extension API
// servers trust for the X-Remote-* headers the API server sets, and the
// front-proxy client certificate it proxies with. It returns their flags.
func (cp *ControlPlane) writeCertificates() ([]string, error) {
	dir := filepath.Join(cp.dir, "certs")
	ca, err := NewCA(dir, "ca")
	if err != nil {
		return nil, err
	}
	cp.CA = ca
	serving, servingKey, err := ca.Issue(dir, "apiserver", Cert{
		CommonName: "kube-apiserver", Server: true,
		Hosts: []string{"127.0.0.1", "localhost", "10.96.0.1", "kubernetes", "kubernetes.default", "kubernetes.default.svc", "kubernetes.default.svc.cluster.local"},
	})
	if err != nil {
		return nil, err
	}
	frontProxy, err := NewCA(dir, "front-proxy-ca")
	if err != nil {
		return nil, err
	}
	proxyCert, proxyKey, err := frontProxy.Issue(dir, "front-proxy-client", Cert{CommonName: "front-proxy-client", Client: true})
	if err != nil {
		return nil, err
	}
	return []string{
		"--tls-cert-file", serving, "--tls-private-key-file", servingKey,
		"--client-ca-file", ca.File,
		"--requestheader-client-ca-file", frontProxy.File,
		"--requestheader-allowed-names", "front-proxy-client",
		"--requestheader-username-headers", "X-Remote-User",
		"--requestheader-group-headers", "X-Remote-Group",
		"--requestheader-extra-headers-prefix", "X-Remote-Extra-",
		"--proxy-client-cert-file", proxyCert, "--proxy-client-key-file", proxyKey,
	}, nil
}

// Kubectl runs kubectl against the control plane and returns its combined output.
func (cp *ControlPlane) Kubectl(ctx context.Context, args ...string) (string, error) {
	cmd := exec.CommandContext(ctx, filepath.Join(cp.bin.Dir, "kubectl"), append([]string{"--kubeconfig", cp.Kubeconfig}, args...)...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// Logs returns the tail of each process's log, for a failed test to print.
func (cp *ControlPlane) Logs() string {
	return cp.LogTails(60)
}

// LogTails returns the last n lines of each process's log.
func (cp *ControlPlane) LogTails(n int) string {
	var b strings.Builder
	for _, p := range cp.processes {
		data, _ := os.ReadFile(p.log)
		lines := strings.Split(strings.TrimSpace(string(data)), "\n")
		if len(lines) > n {
			lines = lines[len(lines)-n:]
		}
		fmt.Fprintf(&b, "--- %s (last %d lines of %s)\n%s\n", p.name, len(lines), p.log, strings.Join(lines, "\n"))
	}
	return b.String()
}

// Stop ends the processes, API server first, and waits for them.
func (cp *ControlPlane) Stop() {
	for i := len(cp.processes) - 1; i >= 0; i-- {
		p := cp.processes[i]
		select {
		case err := <-p.done: // already exited
			p.done <- err
			continue
		default:
		}
		_ = p.cmd.Process.Signal(os.Interrupt)
		select {
		case err := <-p.done:
			p.done <- err
		case <-time.After(10 * time.Second):
			_ = p.cmd.Process.Kill()
			p.done <- <-p.done
		}
	}
}

func (cp *ControlPlane) run(name string, args ...string) error {
	return cp.Spawn(name, filepath.Join(cp.bin.Dir, name), nil, args...)
}

// Spawn starts another process beside the control plane, such as a gateway
// that watches it: its log joins Logs, and Stop ends it first. env adds to
// the test's environment.
func (cp *ControlPlane) Spawn(name, path string, env []string, args ...string) error {
	log := filepath.Join(cp.dir, name+".log")
	out, err := os.Create(log)
	if err != nil {
		return err
	}
	cmd := exec.Command(path, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = out, out
	if err := cmd.Start(); err != nil {
		out.Close()
		return fmt.Errorf("start %s: %w", name, err)
	}
	p := &process{name: name, cmd: cmd, log: log, done: make(chan error, 1)}
	go func() {
		p.done <- cmd.Wait()
		out.Close()
	}()
	cp.processes = append(cp.processes, p)
	return nil
}

// waitFor polls url until it answers 200, the process exits or ctx ends.
func (cp *ControlPlane) waitFor(ctx context.Context, name, url, token string) error {
	return cp.WaitReady(ctx, name, url, token)
}

// WaitReady polls url until it answers 200, the process spawned as name
// exits or ctx ends; token, if set, is sent as a bearer token. Certificates
// are not checked: every process here serves on loopback, some with
// certificates they made themselves.
func (cp *ControlPlane) WaitReady(ctx context.Context, name, url, token string) error {
	p := cp.process(name)
	if p == nil {
		return fmt.Errorf("no process %s", name)
	}
	client := &http.Client{
		Timeout:   2 * time.Second,
		Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}, // loopback only
	}
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		if resp, err := client.Do(req); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case err := <-p.done:
			p.done <- err
			return fmt.Errorf("%s exited before it was ready: %v", name, err)
		case <-ctx.Done():
			return fmt.Errorf("%s not ready: %w", name, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// Exited reports whether the process spawned as name has ended, and how.
func (cp *ControlPlane) Exited(name string) (bool, error) {
	p := cp.process(name)
	if p == nil {
		return false, nil
	}
	select {
	case err := <-p.done:
		p.done <- err
		return true, err
	default:
		return false, nil
	}
}

func (cp *ControlPlane) process(name string) *process {
	for _, p := range cp.processes {
		if p.name == name {
			return p
		}
	}
	return nil
}

// Client is an HTTP client for the API server: it trusts the control
// plane's CA and sends the administrator's token.
func (cp *ControlPlane) Client() *http.Client {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(cp.CA.PEM)
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &bearer{token: cp.token, next: &http.Transport{
			TLSClientConfig: &tls.Config{RootCAs: pool},
		}},
	}
}

type bearer struct {
	token string
	next  http.RoundTripper
}

func (b *bearer) RoundTrip(req *http.Request) (*http.Response, error) {
	req = req.Clone(req.Context())
	req.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(req)
}

func (cp *ControlPlane) writeServiceAccountKey() (pub, key string, err error) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return "", "", err
	}
	pubDER, err := x509.MarshalPKIXPublicKey(&k.PublicKey)
	if err != nil {
		return "", "", err
	}
	pub, key = filepath.Join(cp.dir, "sa.pub"), filepath.Join(cp.dir, "sa.key")
	err = errors.Join(
		os.WriteFile(pub, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER}), 0o600),
		os.WriteFile(key, pem.EncodeToMemory(&pem.Block{Type: "RSA PRIVATE KEY", Bytes: x509.MarshalPKCS1PrivateKey(k)}), 0o600),
	)
	return pub, key, err
}

func kubeconfig(server, caFile, token string) string {
	return fmt.Sprintf(`apiVersion: v1
kind: Config
clusters:
- name: test
  cluster:
    server: %s
    certificate-authority: %s
users:
- name: admin
  user:
    token: %s
contexts:
- name: test
  context: {cluster: test, user: admin, namespace: default}
current-context: test
`, server, caFile, token)
}

// freePort asks the kernel for a free loopback port.
func freePort() int {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func randomHex(n int) (string, error) {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

// Dir is the folder of the control plane's state, certificates and logs.
func (cp *ControlPlane) Dir() string { return cp.dir }

// FreePort asks the kernel for a free loopback port.
func FreePort() int { return freePort() }
