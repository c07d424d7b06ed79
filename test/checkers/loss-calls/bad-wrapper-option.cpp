// A LossWrappers entry that does not parse is reported, once for all the
// checks that read it.
// RUN: %check_torch_tidy %s torch-loss-target-rank,torch-loss-target-shape,torch-loss-target-dtype,torch-loss-broadcast %t -- \
// RUN:   -config="{CheckOptions: {LossWrappers: 'ok=CrossEntropyLoss;broken=NoSuchLoss;f(1)=torch::mse_loss'}}" \
// RUN:   -- %mirror_flags
// With one of them enabled, it says so too.
// RUN: %check_torch_tidy %s torch-loss-target-shape %t -- \
// RUN:   -config="{CheckOptions: {LossWrappers: 'ok=CrossEntropyLoss;broken=NoSuchLoss;f(1)=torch::mse_loss'}}" \
// RUN:   -- %mirror_flags
// CHECK-MESSAGES: warning: invalid LossWrappers entry 'broken=NoSuchLoss': expected 'function[(parameters)]=loss' [clang-tidy-config]
// CHECK-MESSAGES: warning: invalid LossWrappers entry 'f(1)=torch::mse_loss': expected 'function[(parameters)]=loss' [clang-tidy-config]

#include <torch/torch.h>

void nothingElse() {}
