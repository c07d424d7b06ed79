// Templates: the written code of a template is analyzed, and so is each
// instantiation, where the template's parameters are concrete; a call is
// reported once. A warning decided in the written code has its fix; one
// only an instantiation's facts decide has none (the written code is
// shared with the other instantiations).
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

namespace F = torch::nn::functional;

void fixUp(torch::Tensor &t, int how);

// ===== Warned once ===========================================================

// Nothing in the loss depends on T: one warning for two instantiations.
template <typename T> void trainStep() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A member function of a class template.
template <typename T> struct Trainer {
  void step() {
    auto logits = torch::randn({4, 3});
    auto labels = torch::randint(0, 3, {4, 1});
    torch::nn::CrossEntropyLoss criterion;
    criterion(logits, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [4, 1] does not fit input [4, 3] of 'CrossEntropyLoss': class indices of shape [4] expected [torch-loss-target-rank]
    // CHECK-FIXES: criterion(logits, labels.squeeze(1));
  }
};

// An explicit specialization is ordinary code: its own warning.
template <typename T> void specialized() {
  F::cross_entropy(torch::randn({4, 3}), torch::randint(0, 3, {4}));
}
template <> void specialized<float>() {
  F::cross_entropy(torch::randn({4, 3}), torch::randint(0, 3, {4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(torch::randn({4, 3}), torch::randint(0, 3, {4, 1}).squeeze(1));
}

// ===== Calls resolved per instantiation ======================================

// Not flagged: fixUp(labels, how) is resolved only per instantiation; it may
// take the target by non-const reference and squeeze it.
template <typename T> void dependentCallTakesTarget(T how) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  fixUp(labels, how);
  F::cross_entropy(logits, labels);
}

// Not flagged: the same through a member of a dependent object.
template <typename T> void dependentMemberTakesTarget(T fixer) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  fixer.repair(labels);
  F::cross_entropy(logits, labels);
}

// Not flagged: an in-place op whose argument is dependent.
template <typename T> void dependentInPlace(T dim) {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  labels.squeeze_(dim);
  F::cross_entropy(logits, labels);
}

// A dependent size: unknown in the written code; dependentView<1> views
// the labels as [4, 1], and that instantiation throws.
template <int N> void dependentView() {
  auto logits = torch::randn({4, 3});
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(logits, labels.view({4, N}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

// ===== Found in the instantiations ===========================================

// The sizes depend on N: the written code knows nothing, sizedByParameter<4>
// knows them.
template <int N> void sizedByParameter() {
  auto logits = torch::randn({N, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {N, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

// The input depends on T: the call is resolved per instantiation.
template <typename T> void inputDependsOnT(T scale) {
  auto labels = torch::randint(0, 3, {4, 1});
  F::cross_entropy(torch::randn({4, 3}) * scale, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
}

struct Fixer {
  void repair(torch::Tensor &t);
};

void instantiate() {
  trainStep<float>();
  trainStep<double>();
  Trainer<float>().step();
  Trainer<int>().step();
  specialized<float>();
  specialized<int>();
  dependentCallTakesTarget(1);
  dependentMemberTakesTarget(Fixer());
  dependentInPlace(1);
  dependentView<1>();
  sizedByParameter<4>();
  inputDependsOnT(2.0);
}
