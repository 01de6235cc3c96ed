package dataplane

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"strings"
	"time"
)

// dummyLink and dummyAddress are the interface and address HostAddress
// creates on a machine whose only address is loopback.
const (
	dummyLink    = "aigw-dataplane"
	dummyAddress = "10.213.7.1"
)

// HostAddress returns an IPv4 address of this machine that is not loopback:
// EndpointSlices refuse 127.0.0.0/8, so the fake servers listen here. On a
// machine with none, it adds one on a dummy interface (root only) and
// returns a cleanup that removes it; errors say why neither worked.
func HostAddress() (net.IP, func(), error) {
	if ip := firstHostAddress(); ip != nil {
		return ip, func() {}, nil
	}
	if os.Geteuid() != 0 {
		return nil, nil, errors.New("this machine has no IPv4 address besides loopback, and adding one needs root")
	}
	for _, args := range [][]string{
		{"link", "add", dummyLink, "type", "dummy"},
		{"addr", "add", dummyAddress + "/32", "dev", dummyLink},
		{"link", "set", dummyLink, "up"},
	} {
		if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
			_ = exec.Command("ip", "link", "del", dummyLink).Run()
			return nil, nil, fmt.Errorf("no IPv4 address besides loopback, and `ip %v` failed: %v: %s", args, err, out)
		}
	}
	return net.ParseIP(dummyAddress), func() { _ = exec.Command("ip", "link", "del", dummyLink).Run() }, nil
}

func firstHostAddress() net.IP {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
			return n.IP.To4()
		}
	}
	return nil
}

// Certificate is a self-signed serving certificate for the gateway's TLS
// Secret, in PEM, with the pool that trusts it.
type Certificate struct {
	CertPEM, KeyPEM []byte
	Pool            *x509.CertPool
	Leaf            *x509.Certificate
}

// NewCertificate issues a certificate for hosts, valid for a day.
func NewCertificate(hosts ...string) (*Certificate, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		return nil, err
	}
	template := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: hosts[0]},
		DNSNames:              hosts,
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(24 * time.Hour),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, template, template, &key.PublicKey, key)
	if err != nil {
		return nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, err
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return &Certificate{
		CertPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		KeyPEM:  pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}),
		Pool:    pool,
		Leaf:    leaf,
	}, nil
}

// FreePort asks the kernel for a free TCP port on ip.
func FreePort(ip net.IP) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(ip.String(), "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// podNetwork is the /24 PodAddresses hands addresses out of.
const podNetwork = "10.213.8."

// PodAddresses hands out pod IPs (10.213.8.2 and up) that are local to this
// machine, so that each fake pod's servers listen on their own address at
// the ports the pod declares, as on a cluster network. It routes the whole
// /24 to the loopback interface as local ("AnyIP"), which needs root but no
// kernel module (a dummy interface does) and lets a program bind any
// address of the range.
type PodAddresses struct {
	next int
}

// podRoute is the route NewPodAddresses adds and Close removes.
var podRoute = []string{"local", podNetwork + "0/24", "dev", "lo"}

// NewPodAddresses adds the route; Close removes it.
func NewPodAddresses() (*PodAddresses, error) {
	if os.Geteuid() != 0 {
		return nil, errors.New("pod addresses need root, to route " + podNetwork + "0/24 to this machine")
	}
	_ = exec.Command("ip", append([]string{"route", "del"}, podRoute...)...).Run() // left by a killed test
	args := append([]string{"route", "add"}, podRoute...)
	if out, err := exec.Command("ip", args...).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("`ip %v` failed: %v: %s", strings.Join(args, " "), err, out)
	}
	return &PodAddresses{next: 2}, nil
}

// Next returns the next address.
func (p *PodAddresses) Next() (net.IP, error) {
	if p.next > 254 {
		return nil, errors.New("no pod address left in " + podNetwork + "0/24")
	}
	ip := net.ParseIP(fmt.Sprintf("%s%d", podNetwork, p.next))
	p.next++
	return ip, nil
}

// Close removes the route.
func (p *PodAddresses) Close() {
	_ = exec.Command("ip", append([]string{"route", "del"}, podRoute...)...).Run()
}
