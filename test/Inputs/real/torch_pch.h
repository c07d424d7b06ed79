// The header every real-LibTorch test precompiles (see test/CMakeLists.txt).
#include <torch/torch.h>
