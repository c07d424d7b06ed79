// The shape engine on LibTorch's shape ops: view / reshape (a -1 solved from
// the element count), view_as / reshape_as / expand_as, expand, repeat,
// unsqueeze / squeeze and their in-place forms, flatten / unflatten,
// permute, transpose / swapaxes / swapdims / t and their in-place forms, as
// methods and torch:: functions. Negative dims count from the end; a call
// LibTorch rejects leaves the sizes unknown (shown [...]; the dtype is kept).
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags

#include <torch/torch.h>

void torch_tidy_show(const char *, const torch::Tensor &);

// ===== view / reshape ========================================================

// The sizes written; one -1 is solved from the element count (24 here).
void viewSizes() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("view", x.view({6, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("view-flat", x.view({-1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [24] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("view-infer-last", x.view({2, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 12] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("view-infer-one", x.view({-1, 3, 2, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("reshape", x.reshape({4, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-reshape", torch::reshape(x, {-1, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("reshape-0d", torch::randn({1, 1}).reshape({}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
}

// The dtype is kept.
void viewKeepsDType() {
  auto labels = torch::randint(0, 5, {8});
  torch_tidy_show("view-long", labels.view({-1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8, 1] dtype Long [torchtidy-debug-shape]
}

// Not inferred: element counts that differ, a -1 that does not divide, two
// -1s (each throws).
void viewThatThrows() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("view-count", x.view({2, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void viewNotDivisible() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("view-divisible", x.view({5, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void viewTwoInferred() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("view-two-inferred", x.reshape({-1, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Not inferred: view(dtype) reinterprets the elements.
// FALSE NEGATIVE: Float and Int have the same size, so the sizes are kept.
void viewAsDType() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("view-dtype", x.view(torch::kInt));
}

// Not inferred: the tensor viewed is unknown.
void viewOfUnknown(const torch::Tensor &x) {
  torch_tidy_show("view-unknown", x.view({-1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 2] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("reshape-unknown", x.reshape({-1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?] dtype ? [torchtidy-debug-shape]
}

// ===== view_as / reshape_as / expand_as / expand / repeat ====================

// The other tensor's sizes, the dtype of the tensor viewed.
void viewAsOther() {
  auto x = torch::randn({2, 3, 4});
  auto target = torch::zeros({6, 4}, torch::kLong);
  torch_tidy_show("view-as", x.view_as(target));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("reshape-as", x.reshape_as(target));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 4] dtype Float [torchtidy-debug-shape]
  auto column = torch::randn({3, 1});
  torch_tidy_show("expand-as", column.expand_as(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: view_as to a tensor of a different element count throws.
// FIXME: the engine takes the other tensor's sizes without checking them.
void viewAsWrongCount() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("view-as-count", x.view_as(torch::zeros({4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
}

// expand: size-1 dims grow, -1 keeps a size, new dims lead.
void expandSizes() {
  auto column = torch::randn({3, 1});
  torch_tidy_show("expand", column.expand({3, 5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("expand-keep", column.expand({-1, 5}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("expand-lead", column.expand({2, 3, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: fewer sizes than dims, or a size that is not 1 changed.
void expandFewer() {
  auto column = torch::randn({3, 1});
  torch_tidy_show("expand-fewer", column.expand({4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void expandNotOne() {
  auto x = torch::randn({3, 4});
  torch_tidy_show("expand-not-one", x.expand({3, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// repeat multiplies each size; extra repeats add leading dims.
void repeatSizes() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("repeat", x.repeat({2, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("repeat-lead", x.repeat({2, 1, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: fewer repeats than dims throws.
void repeatFewer() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("repeat-fewer", x.repeat({2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== unsqueeze =============================================================

// unsqueeze(d) for d in [-rank-1, rank]; the in-place form changes x.
void unsqueezeDims() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("unsqueeze-front", x.unsqueeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unsqueeze-end", x.unsqueeze(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unsqueeze-negative", x.unsqueeze(-1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unsqueeze-most-negative", x.unsqueeze(-3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-unsqueeze", torch::unsqueeze(x, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unsqueeze-0d", torch::tensor(5).unsqueeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1] dtype Long [torchtidy-debug-shape]
}

void unsqueezeInPlace() {
  auto x = torch::randn({2, 3});
  x.unsqueeze_(0);
  torch_tidy_show("unsqueeze_", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unsqueeze_-result", x.unsqueeze_(-1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3, 1] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws.
void unsqueezeOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("unsqueeze-out", x.unsqueeze(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== squeeze ===============================================================

// squeeze() removes every size-1 dim; squeeze(d) removes d only if its size
// is 1, and otherwise keeps the sizes.
void squeezeDims() {
  auto x = torch::randn({1, 3, 1, 2});
  torch_tidy_show("squeeze-all", x.squeeze());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("squeeze-dim", x.squeeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 1, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("squeeze-negative", x.squeeze(-2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("squeeze-not-one", x.squeeze(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 1, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-squeeze-all", torch::squeeze(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-squeeze-dim", torch::squeeze(x, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("squeeze-0d", torch::tensor(1.5).squeeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("squeeze-to-0d", torch::zeros({1, 1}).squeeze());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
}

void squeezeInPlace() {
  auto x = torch::randn({1, 3, 1});
  x.squeeze_(0);
  torch_tidy_show("squeeze_-dim", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 1] dtype Float [torchtidy-debug-shape]
  x.squeeze_();
  torch_tidy_show("squeeze_-all", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws; squeeze() of a size that may be
// 1 gives a rank that depends on it.
void squeezeOutOfRange() {
  auto x = torch::randn({1, 3});
  torch_tidy_show("squeeze-out", x.squeeze(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void squeezeUnknownSize(int64_t n) {
  auto x = torch::randn({n, 3});
  torch_tidy_show("squeeze-symbol", x.squeeze());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("squeeze-symbol-dim", x.squeeze(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== flatten / unflatten ===================================================

// flatten(start_dim = 0, end_dim = -1) multiplies the sizes in between.
void flattenRanges() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("flatten-all", x.flatten());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [24] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("flatten-from-1", x.flatten(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 12] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("flatten-range", x.flatten(0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("flatten-negative", x.flatten(-2, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 12] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("flatten-one-dim", x.flatten(1, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-flatten", torch::flatten(x, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 12] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("flatten-0d", torch::tensor(2).flatten());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1] dtype Long [torchtidy-debug-shape]
}

// Not inferred: a start after the end throws, as does a dim out of range.
void flattenReversed() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("flatten-reversed", x.flatten(2, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void flattenOutOfRange() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("flatten-out", x.flatten(0, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// unflatten(dim, sizes) splits one dim; a -1 is solved from its size.
void unflattenSizes() {
  auto x = torch::randn({2, 12});
  torch_tidy_show("unflatten", x.unflatten(1, {3, 4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unflatten-negative", x.unflatten(-1, {-1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-unflatten", torch::unflatten(x, 0, {1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 12] dtype Float [torchtidy-debug-shape]
}

// Not inferred: sizes whose product is not the dim's size throw.
void unflattenWrongProduct() {
  auto x = torch::randn({2, 12});
  torch_tidy_show("unflatten-product", x.unflatten(1, {5, -1}));
}

// ===== permute / transpose / swapaxes / swapdims / t =========================

// permute(dims): each dim once, negative ones from the end.
void permuteDims() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("permute", x.permute({2, 0, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("permute-negative", x.permute({-1, 0, -2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-permute", torch::permute(x, {1, 0, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2, 4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: too few dims, or a dim twice.
void permuteTooFew() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("permute-few", x.permute({1, 0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void permuteRepeated() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("permute-repeated", x.permute({0, 0, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// transpose / swapaxes / swapdims exchange two dims, in place with `_`.
void transposeDims() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("transpose", x.transpose(0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("transpose-negative", x.transpose(-1, -2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-transpose", torch::transpose(x, 0, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("swapaxes", x.swapaxes(0, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("swapdims", x.swapdims(1, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-swapaxes", torch::swapaxes(x, 0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-swapdims", torch::swapdims(x, -1, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3, 2] dtype Float [torchtidy-debug-shape]
}

void transposeInPlace() {
  auto x = torch::randn({2, 3, 4});
  x.transpose_(0, 1);
  torch_tidy_show("transpose_", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2, 4] dtype Float [torchtidy-debug-shape]
  x.swapaxes_(0, 2);
  torch_tidy_show("swapaxes_", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 2, 3] dtype Float [torchtidy-debug-shape]
  x.swapdims_(1, 2);
  torch_tidy_show("swapdims_", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3, 2] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws.
void transposeOutOfRange() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("transpose-out", x.transpose(0, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// t() transposes a matrix, keeps a vector or a 0-d tensor.
void transposeMatrix() {
  auto m = torch::randn({2, 3});
  torch_tidy_show("t", m.t());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("t-vector", torch::randn({5}).t());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-t", torch::t(m));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  m.t_();
  torch_tidy_show("t_", m);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
}

// Not inferred: t() of more than two dims throws.
void transpose3d() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("t-3d", x.t());
}
