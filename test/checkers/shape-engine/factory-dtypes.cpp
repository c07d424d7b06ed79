// Shapes and dtypes made by factories: literal, constexpr and named sizes;
// the dtype from TensorOptions, torch::dtype, a ScalarType, the fill value
// or the factory's default. The dtype decides the fix: a squeezed Float
// target would still throw ("expected scalar type Long but found Float").
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags

#include <torch/torch.h>

#include <vector>

namespace F = torch::nn::functional;

constexpr int64_t kBatch = 4;
constexpr int kClasses = 3;
const int64_t kOne = 1;

// ===== Sizes =================================================================

// Literal sizes, both randint overloads (Long by default): warned and fixed.
void literalSizes() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(3, {4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::randint(3, {4, 1}).squeeze(1));
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::randint(0, 3, {4, 1}).squeeze(1));
}

// constexpr and const sizes fold to numbers.
void constantSizes() {
  auto logits = torch::randn({kBatch, kClasses});
  F::cross_entropy(logits, torch::randint(0, kClasses, {kBatch, kOne}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::randint(0, kClasses, {kBatch, kOne}).squeeze(1));
}

// Local variables initialized with numbers are followed by the dataflow.
void namedSizes() {
  const int64_t batch = 4;
  int64_t classes = 3;
  auto logits = torch::randn({batch, classes});
  auto labels = torch::randint(0, classes, {batch, 1});
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// torch::tensor: the sizes of the nested braced lists; integers give Long.
void tensorLiteral() {
  auto logits = torch::randn({4, 3});
  auto column = torch::tensor({{0}, {2}, {1}, {1}});
  F::cross_entropy(logits, column);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, column.squeeze(1));
  auto flat = torch::tensor({0, 2, 1, 1});
  F::cross_entropy(logits, flat);
}

// Not flagged: the right sizes.
void literalSizesValid() {
  auto logits = torch::randn({kBatch, kClasses});
  F::cross_entropy(logits, torch::randint(0, kClasses, {kBatch}));
  F::cross_entropy(logits, torch::zeros({4}, torch::kLong));
}

// Not flagged: arange, full and ones of one dim make valid class indices.
void oneDimFactories() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::arange(4));
  F::cross_entropy(logits, torch::full({4}, 1));
  F::cross_entropy(logits, torch::ones({4}, torch::kLong));
}

// Not flagged: Float factories shaped like the input are the probability
// path.
void floatProbabilityFactories() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::rand({4, 3}));
  F::cross_entropy(logits, torch::zeros({4, 3}));
  F::cross_entropy(logits, torch::full({4, 3}, 0.25));
}

// Not flagged: a negative size makes the factory throw; nothing after runs.
void negativeSize() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::zeros({-4, 1}, torch::kLong));
}

// FALSE NEGATIVE: sizes held in a std::vector are not followed (only braced
// lists and integers are).
void sizesFromVector() {
  std::vector<int64_t> sizes = {4, 1};
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, sizes));
}

// Not flagged: sizes from a function the analysis cannot see.
int64_t batchSize();
void sizesFromCall() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {batchSize(), 1}));
}

// ===== Dtype: Long targets are fixed =========================================

// A ScalarType, torch::dtype(...), TensorOptions().dtype(...),
// TensorOptions(kLong) and chained options all set Long.
void longFromOptions() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::zeros({4, 1}, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, torch::zeros({4, 1}, torch::kLong).squeeze(1));
  F::cross_entropy(logits, torch::ones({4, 1}, torch::dtype(torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::ones({4, 1}, torch::dtype(torch::kLong)).squeeze(1));
  F::cross_entropy(logits, torch::empty({4, 1}, torch::TensorOptions().dtype(torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::empty({4, 1}, torch::TensorOptions().dtype(torch::kLong)).squeeze(1));
  F::cross_entropy(logits, torch::zeros({4, 1}, at::TensorOptions(at::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::zeros({4, 1}, at::TensorOptions(at::kLong)).squeeze(1));
  F::cross_entropy(logits, torch::zeros({4, 1}, torch::device(torch::kCPU).dtype(torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::zeros({4, 1}, torch::device(torch::kCPU).dtype(torch::kLong)).squeeze(1));
}

// Options and dtypes held in variables.
void longFromVariables() {
  auto logits = torch::randn({4, 3});
  auto options = torch::TensorOptions().dtype(torch::kLong);
  auto type = torch::kLong;
  F::cross_entropy(logits, torch::zeros({4, 1}, options));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::zeros({4, 1}, options).squeeze(1));
  F::cross_entropy(logits, torch::full({4, 1}, 1, type));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::full({4, 1}, 1, type).squeeze(1));
}

// full() takes its dtype from an integer fill value.
void longFromFillValue() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::full({4, 1}, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  // CHECK-FIXES: F::cross_entropy(logits, torch::full({4, 1}, 2).squeeze(1));
}

// ===== Dtype: Float targets are warned, not fixed ============================

// rand / randn / zeros default to Float; full() with a double fill value
// is Float; randint with kFloat is Float.
void floatDefaults() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::rand({4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit input [4, 3] of 'torch::nn::functional::cross_entropy': class indices of shape [4] expected [torch-loss-target-rank]
  F::cross_entropy(logits, torch::zeros({4, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  F::cross_entropy(logits, torch::full({4, 1}, 2.0));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1}, torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  F::cross_entropy(logits, torch::full({4, 1}, 2, torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// randint with written options that set no dtype gives the default Float,
// not randint's own default Long (measured on 1.13).
void randintOptionsWithoutDtype() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1}, torch::device(torch::kCPU)));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
  F::cross_entropy(logits, torch::randint(0, 3, {4, 1}, torch::TensorOptions()));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [4, 1] does not fit
}

// ===== Factories that throw, and the probability path ========================

// Not flagged: randn and rand of an integral dtype throw ("normal_kernel_cpu"
// not implemented for 'Long'), so the loss is never reached.
void integralRandom() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::randn({4, 1}, torch::kLong));
  F::cross_entropy(logits, torch::rand({4, 1}, torch::kLong));
}

// Not flagged: a [4, 1] target for a [4, 1] input is the probability path.
void singleClassProbabilities() {
  auto logits = torch::randn({4, 1});
  F::cross_entropy(logits, torch::empty({4, 1}));
}

// *_like factories keep the sizes: a Long [N, C] target is the probability
// path for CrossEntropy (not flagged) but multi-target for NLL.
void likeFactories() {
  auto logits = torch::randn({4, 3});
  F::cross_entropy(logits, torch::zeros_like(logits, torch::kLong));
  F::nll_loss(logits, torch::zeros_like(logits, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [4, 3] does not fit input [4, 3] of 'torch::nn::functional::nll_loss': class indices of shape [4] expected [torch-loss-target-rank]
}
