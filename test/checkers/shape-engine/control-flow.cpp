// Control flow: reassignment kills the old fact; at a join a shape is kept
// only when every path agrees (a warning only when every path gives the bad
// shape); loops run to a fixpoint, and a shape the loop changes is unknown.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

#include <stdexcept>
#include <vector>

namespace F = torch::nn::functional;

// ===== Reassignment ==========================================================

// The last assignment decides: repaired, then broken again.
void reassignedBackAndForth() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  labels = labels.squeeze(1);
  F::cross_entropy(logits, labels);
  labels = labels.unsqueeze(1);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A variable declared empty and assigned later; a copy of another variable.
void assignedLater() {
  auto logits = torch::randn({4, 3});
  torch::Tensor labels;
  labels = torch::randint(0, 3, {4, 1});
  torch::Tensor copy;
  copy = labels;
  F::cross_entropy(logits, copy);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, copy.squeeze(1));
}

// Not flagged: reassigned with a valid target before the call.
void reassignedValid() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  labels = torch::randint(0, 3, {4});
  F::cross_entropy(logits, labels);
}

// Not flagged: assigned from something unknown.
torch::Tensor loadLabels();
void reassignedUnknown() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  labels = loadLabels();
  F::cross_entropy(logits, labels);
}

// ===== Branches ==============================================================

// Both branches make [4, 1]: warned after the join.
void bothBranchesBad(bool flag) {
  auto logits = torch::randn({4, 3});
  torch::Tensor labels;
  if (flag)
    labels = torch::randint(0, 3, {4, 1});
  else
    labels = torch::zeros({4, 1}, torch::kLong);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// The conditional operator joins the same way.
void conditionalBothBad(bool flag) {
  auto logits = torch::randn({4, 3});
  auto labels = flag ? torch::randint(0, 3, {4, 1}) : torch::randint(1, 3, {4, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A branch that does not touch the target keeps its fact.
void unrelatedBranch(bool flag) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  if (flag)
    logits = logits * 2;
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Inside a branch, the facts of that branch apply.
void callInsideBranch(bool flag) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  if (flag) {
    labels = labels.unsqueeze(1);
    F::cross_entropy(logits, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [4, 1] does not fit
    // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  }
}

// The path that throws never reaches the call: only the bad path does.
void otherPathThrows(bool flag) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  if (flag)
    labels = labels.unsqueeze(1);
  else
    throw std::runtime_error("no labels");
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Not flagged: one path unsqueezes, the other does not; LibTorch throws on
// one path only.
void pathsDisagree(bool flag) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  if (flag)
    labels = labels.unsqueeze(1);
  F::cross_entropy(logits, labels);
}

// Not flagged: the conditional operator's arms disagree.
void conditionalDisagree(bool flag) {
  auto logits = torch::randn({4, 3});
  auto labels = flag ? torch::randint(0, 3, {4, 1}) : torch::randint(0, 3, {4});
  F::cross_entropy(logits, labels);
}

// Not flagged: a switch whose cases give different ranks.
void switchDisagrees(int mode) {
  auto logits = torch::randn({4, 3});
  torch::Tensor labels;
  switch (mode) {
  case 0:
    labels = torch::randint(0, 3, {4, 1});
    break;
  default:
    labels = torch::randint(0, 3, {4});
    break;
  }
  F::cross_entropy(logits, labels);
}

// Not flagged: the call is unreachable.
void unreachableCall() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  return;
  F::cross_entropy(logits, labels);
}

// ===== Loops =================================================================

// A loop that changes only the input keeps the target's fact.
void loopChangesOtherVariable(int steps) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  for (int i = 0; i < steps; ++i)
    logits = logits * 2;
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A call inside a loop whose target does not change across iterations.
void callInLoop(int steps) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  for (int i = 0; i < steps; ++i) {
    F::cross_entropy(logits, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [4, 1] does not fit
    // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  }
}

// A fresh target made in each iteration, with the same shape each time.
void freshTargetPerIteration(const std::vector<int> &epochs) {
  auto logits = torch::randn({4, 3});
  for (int e : epochs) {
    auto labels = torch::randint(0, 3, {4, 1});
    F::cross_entropy(logits, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: target of shape [4, 1] does not fit
    // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  }
}

// A loop that reassigns the same bad shape: the fixpoint keeps it.
void loopReassignsSameShape(int steps) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  while (steps-- > 0)
    labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// Not flagged: the loop changes the target's shape (zero or more unsqueezes).
void loopChangesShape(int steps) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  for (int i = 0; i < steps; ++i)
    labels = labels.unsqueeze(1);
  F::cross_entropy(logits, labels);
}

// Not flagged: a call whose target changes later in the loop body: the
// first iteration is fine, the second throws.
void loopChangesShapeAfterCall(int steps) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4});
  while (steps-- > 0) {
    F::cross_entropy(logits, labels);
    labels = labels.unsqueeze(1);
  }
}

// Not flagged: the loop body squeezes the target in place.
void loopRepairsInPlace(int steps) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  do {
    labels.squeeze_(1);
  } while (--steps > 0);
  F::cross_entropy(logits, labels);
}

// Not flagged: the loop variable is each element of a vector: unknown.
void rangeOverTensors(const std::vector<torch::Tensor> &batches) {
  auto logits = torch::randn({4, 3});
  for (const torch::Tensor &labels : batches)
    F::cross_entropy(logits, labels);
}
