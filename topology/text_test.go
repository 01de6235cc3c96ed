package topology

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestIDKeepsOnlyLettersDigitsAndUnderscores(t *testing.T) {
	assert.Equal(t, "deployment__ai_2d2__chat_2ev1_2d_2dcanary", id("deployment", "ai-2", "chat.v1--canary"))
}

func TestIDKeepsDistinctNamesDistinct(t *testing.T) {
	names := []string{"chat-v1", "chat.v1", "chat--v1", "chat_v1", "chat_2dv1"}
	seen := map[string]string{}
	for _, name := range names {
		got := id("deployment", "ai", name)
		assert.NotContains(t, seen, got, "%s and %s", name, seen[got])
		seen[got] = name
	}
}

func TestShortIDsNumbersIDsByFirstAppearanceOutsideLabels(t *testing.T) {
	in := `flowchart LR
  service__ai__chat["Service chat"]
  httproute__ai__chat -- "90%" --> service__ai__chat
  deployment__ai__chat["looks like service__ai__chat"]
`
	want := `flowchart LR
  n1["Service chat"]
  n2 -- "90%" --> n1
  n3["looks like service__ai__chat"]
`
	assert.Equal(t, want, shortIDs(in))
}
