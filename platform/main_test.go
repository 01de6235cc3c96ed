package platform

import (
	_ "github.com/ai-gateway/ai-gateway/internal/jsiikernel" // the app's jsii kernel
)
