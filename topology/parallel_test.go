package topology

import (
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEachIndexCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 3, 1000} {
		calls := make([]atomic.Int32, n)
		eachIndex(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			assert.EqualValues(t, 1, calls[i].Load(), "n %d, index %d", n, i)
		}
	}
}
