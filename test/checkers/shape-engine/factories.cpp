// The shape engine on LibTorch's factories: sizes from braced lists, the
// dtype from TensorOptions, a ScalarType, torch::dtype(...) or the factory's
// default (LibTorch 1.13, measured). Each torch_tidy_show reports what the
// engine inferred; silence means unknown.
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags

#include <torch/torch.h>

#include <vector>

void torch_tidy_show(const char *, const torch::Tensor &);

// ===== randn / rand / zeros / ones / empty ===================================

// The sizes as written; the default dtype is Float.
void sizedFactories() {
  torch_tidy_show("randn", torch::randn({2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("rand", torch::rand({5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("zeros", torch::zeros({2, 3, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("ones", torch::ones({1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("empty", torch::empty({3, 0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 0] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("at::randn", at::randn({7}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [7] dtype Float [torchtidy-debug-shape]
}

// An empty list is a 0-d tensor; a single size need not be braced.
void zeroDimAndSingleSize() {
  torch_tidy_show("zeros-0d", torch::zeros({}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("ones-int", torch::ones(6));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6] dtype Float [torchtidy-debug-shape]
}

// The dtype as a ScalarType, torch::dtype(...), or TensorOptions().dtype(...).
void factoryDTypes() {
  torch_tidy_show("randn-double", torch::randn({2, 3}, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("zeros-long", torch::zeros({2}, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("ones-bool", torch::ones({4}, torch::dtype(torch::kBool)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("empty-int",
                  torch::empty({2, 2}, torch::TensorOptions().dtype(torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 2] dtype Int [torchtidy-debug-shape]
  torch_tidy_show("rand-half", torch::rand({3}, torch::dtype(torch::kHalf)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Half [torchtidy-debug-shape]
  torch_tidy_show("zeros-scalar-type",
                  torch::zeros({2}, at::ScalarType::Byte));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2] dtype Byte [torchtidy-debug-shape]
}

// Options that set no dtype (a device, requires_grad) leave the default.
void optionsWithoutDType() {
  torch_tidy_show("device", torch::zeros({2}, torch::device(torch::kCPU)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("requires-grad",
                  torch::ones({3}, torch::requires_grad()));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("dtype-then-device",
                  torch::zeros({2}, torch::dtype(torch::kLong).device(torch::kCPU)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2] dtype Long [torchtidy-debug-shape]
}

// Options held in a variable keep their dtype.
void optionsVariable() {
  auto opts = torch::TensorOptions().dtype(torch::kDouble);
  torch_tidy_show("options-var", torch::zeros({2, 2}, opts));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2] dtype Double [torchtidy-debug-shape]
  torch::Dtype kind = torch::kLong;
  torch_tidy_show("dtype-var", torch::ones({3}, kind));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
}

// Options from a parameter: sizes known, the dtype not.
void optionsParameter(const torch::TensorOptions &opts) {
  torch_tidy_show("options-param", torch::zeros({2, 5}, opts));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype ? [torchtidy-debug-shape]
}

// Not inferred: LibTorch rejects a negative size, and randn / rand of an
// integral dtype ("normal_kernel_cpu" not implemented for 'Long').
void factoriesThatThrow() {
  torch_tidy_show("negative-size", torch::zeros({2, -1}));
  torch_tidy_show("randn-long", torch::randn({2}, torch::kLong));
  torch_tidy_show("rand-int", torch::rand({2}, torch::kInt));
}

// Not inferred: sizes held in a std::vector, or passed in.
// FALSE NEGATIVE: the vector's elements are written in place; the engine
// follows braced lists only.
void sizesFromVector(at::IntArrayRef passed) {
  std::vector<int64_t> sizes = {2, 3};
  torch_tidy_show("vector-sizes", torch::zeros(sizes));
  torch_tidy_show("arrayref-param", torch::zeros(passed));
}

// ===== full ==================================================================

// full's dtype follows the fill value in 1.13: an integer gives Long, a
// floating value Float, a bool Bool; options override it.
void fullDTypes() {
  torch_tidy_show("full-int", torch::full({2, 2}, 7));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("full-double", torch::full({3}, 0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("full-bool", torch::full({1, 4}, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 4] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("full-options", torch::full({2}, 7, torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("full-double-long", torch::full({2}, 1.5, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Long [torchtidy-debug-shape]
}

// A fill value the engine cannot see: the sizes only.
void fullUnknownValue(const torch::Scalar &value) {
  torch_tidy_show("full-scalar-param", torch::full({2, 3}, value));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype ? [torchtidy-debug-shape]
}

// Not inferred: a negative size throws.
void fullThrows() {
  torch_tidy_show("full-negative", torch::full({-2}, 1.0));
}

// ===== randint ===============================================================

// randint is Long unless options say otherwise; options without a dtype
// give the default Float (measured on 1.13).
void randintDTypes() {
  torch_tidy_show("randint-high", torch::randint(10, {3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("randint-low-high", torch::randint(0, 10, {2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("randint-int", torch::randint(0, 10, {4}, torch::kInt));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Int [torchtidy-debug-shape]
  torch_tidy_show("randint-device",
                  torch::randint(0, 3, {4}, torch::device(torch::kCPU)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a negative size, or an empty range (low >= high) throw.
void randintThrows() {
  torch_tidy_show("randint-negative", torch::randint(0, 10, {-3}));
}
void randintEmptyRange() {
  torch_tidy_show("randint-empty-range", torch::randint(5, 2, {3}));
}

// ===== arange / linspace / eye ===============================================

// arange's length is ceil((end - start) / step); Long when every bound is
// an integer, Float otherwise.
void arangeLengths() {
  torch_tidy_show("arange-end", torch::arange(5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("arange-start-end", torch::arange(2, 10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("arange-step", torch::arange(0, 10, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("arange-negative-step", torch::arange(10, 0, -3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("arange-empty", torch::arange(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [0] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("arange-float-options", torch::arange(5, torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5] dtype Float [torchtidy-debug-shape]
}

// Floating bounds give Float.
// FALSE NEGATIVE: the length of a range with floating bounds is not
// computed (ceil(2.5 / 1) = 3 here).
void arangeFloating() {
  torch_tidy_show("arange-double-end", torch::arange(0.5, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a zero step, or bounds that contradict the step's sign.
void arangeZeroStep() {
  torch_tidy_show("arange-zero-step", torch::arange(0, 10, 0));
}
void arangeWrongDirection() {
  torch_tidy_show("arange-wrong-direction", torch::arange(10, 0));
}

// linspace(start, end, steps): [steps], Float unless told.
void linspaceSteps() {
  torch_tidy_show("linspace", torch::linspace(0, 1, 5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("linspace-double", torch::linspace(0, 1, 3, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Double [torchtidy-debug-shape]
}

// Not inferred: a negative number of steps throws.
void linspaceThrows() {
  torch_tidy_show("linspace-negative", torch::linspace(0, 1, -1));
}

// eye(n) is [n, n], eye(n, m) [n, m].
void eyeSizes() {
  torch_tidy_show("eye", torch::eye(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("eye-n-m", torch::eye(2, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("eye-long", torch::eye(3, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 3] dtype Long [torchtidy-debug-shape]
}

// Not inferred: a negative size throws.
void eyeThrows() {
  torch_tidy_show("eye-negative", torch::eye(-1));
}

// ===== tensor / from_blob ====================================================

// torch::tensor: the nested braced lists' sizes; integers give Long,
// floating values the default Float, bools Bool.
void tensorLiterals() {
  torch_tidy_show("tensor-ints", torch::tensor({1, 2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("tensor-nested", torch::tensor({{1, 2}, {3, 4}, {5, 6}}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("tensor-doubles", torch::tensor({1.0, 2.0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("tensor-bools", torch::tensor({true, false}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("tensor-scalar", torch::tensor(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("tensor-options", torch::tensor({1, 2}, torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
}

// Not inferred: ragged lists, and elements of different types, throw.
void tensorRagged() {
  torch_tidy_show("tensor-ragged", torch::tensor({{1, 2}, {3}}));
}
void tensorMixedTypes() {
  torch_tidy_show("tensor-mixed", torch::tensor({1, 2.5}));
}
void tensorMixedIntegers() {
  torch_tidy_show("tensor-mixed-ints", torch::tensor({1, int64_t(2)}));
}

// Not inferred: data the engine cannot see.
void tensorFromVector(const std::vector<float> &data) {
  torch_tidy_show("tensor-vector", torch::tensor(data));
}

// from_blob(data, sizes[, strides][, options]): the sizes given, Float
// unless told.
void fromBlob() {
  float data[6] = {0, 1, 2, 3, 4, 5};
  int32_t ints[6] = {0, 1, 2, 3, 4, 5};
  torch_tidy_show("from-blob", torch::from_blob(data, {2, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("from-blob-int", torch::from_blob(ints, {6}, torch::kInt));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6] dtype Int [torchtidy-debug-shape]
  torch_tidy_show("from-blob-strides", torch::from_blob(data, {3, 2}, {1, 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
}

// ===== The *_like family =====================================================

// The sizes of the tensor given; its dtype unless options set one.
void likeFactories() {
  auto x = torch::randn({2, 3});
  auto i = torch::randint(0, 5, {4});
  torch_tidy_show("zeros-like", torch::zeros_like(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("ones-like-long", torch::ones_like(x, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("randn-like", torch::randn_like(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("rand-like", torch::rand_like(x, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("empty-like", torch::empty_like(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("full-like", torch::full_like(x, 7));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("randint-like", torch::randint_like(x, 10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("randint-like-low", torch::randint_like(i, 2, 10));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
}

// Not inferred: the tensor given is unknown (a parameter); options alone
// give the dtype.
void likeOfUnknown(const torch::Tensor &x) {
  torch_tidy_show("zeros-like-param", torch::zeros_like(x));
  torch_tidy_show("ones-like-param-long", torch::ones_like(x, torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Long [torchtidy-debug-shape]
}
