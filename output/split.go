package output

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"sigs.k8s.io/yaml"
)

var documentSeparator = regexp.MustCompile(`(?m)^---\n`)

// SplitByLabel moves the YAML documents of dir/file into one file per value
// of label, named by name(value), keeping each document's text and order,
// and removes file. A document without the label is an error.
func SplitByLabel(dir, file, label string, name func(value string) string) error {
	path := filepath.Join(dir, file)
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	groups := map[string]*bytes.Buffer{}
	var order []string
	for _, doc := range documentSeparator.Split(string(data), -1) {
		if len(bytes.TrimSpace([]byte(doc))) == 0 {
			continue
		}
		var head struct {
			Kind     string
			Metadata struct {
				Name   string
				Labels map[string]string
			}
		}
		if err := yaml.Unmarshal([]byte(doc), &head); err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		value := head.Metadata.Labels[label]
		if value == "" {
			return fmt.Errorf("%s: %s %s has no label %s", path, head.Kind, head.Metadata.Name, label)
		}
		buf, ok := groups[value]
		if !ok {
			buf = &bytes.Buffer{}
			groups[value] = buf
			order = append(order, value)
		} else {
			buf.WriteString("---\n")
		}
		buf.WriteString(doc)
	}
	for _, value := range order {
		if err := os.WriteFile(filepath.Join(dir, name(value)), groups[value].Bytes(), 0o644); err != nil {
			return err
		}
	}
	return os.Remove(path)
}
