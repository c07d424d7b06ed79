// The standalone driver takes clang-tidy's command line and reports what the
// plugin reports.
// RUN: %python %S/../tools/check_torch_tidy.py --clang-tidy=%torch_tidy --filecheck=%FileCheck %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

void standalone() {
  auto logits = torch::randn({8, 5});
  auto labels = torch::randint(0, 5, {8, 1});
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [8, 1] does not fit input [8, 5] of 'CrossEntropyLoss': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logits, labels.squeeze(1));
}
