// The shape engine on LibTorch's reductions and indexing: argmax / argmin,
// max / min (0-d, or a (values, indices) tuple read with std::get or a
// structured binding), sum / mean, sort / argsort / topk, select / narrow /
// slice, Tensor::index, index_select / gather, one_hot, sizes read off a
// tensor (size / sizes / dim / numel), stack / cat; as methods and torch::
// functions (LibTorch 1.13, measured). Negative dims count from the end; a
// call LibTorch rejects leaves the sizes unknown (shown [...]; the dtype is
// kept). Each torch_tidy_show reports what the engine inferred; silence
// means unknown.
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags

#include <torch/torch.h>

#include <tuple>

void torch_tidy_show(const char *, const torch::Tensor &);

// ===== argmax / argmin =======================================================

// No dim: the index into the flattened tensor, 0-d. A dim is removed, or
// kept as size 1 with keepdim. The indices are Long whatever the input.
void argReduceDims() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("argmax-all", x.argmax());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-dim", x.argmax(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-negative", x.argmax(-1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-keepdim", x.argmax(1, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-keepdim-negative", x.argmax(-3, /*keepdim=*/true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmin-dim", x.argmin(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmin-all", x.argmin());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-argmax", torch::argmax(x, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-argmin-keepdim", torch::argmin(x, -2, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-argmax-all", torch::argmax(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-long", torch::randint(0, 9, {5, 2}).argmax(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-0d", torch::tensor(2.5).argmax(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws.
void argmaxOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("argmax-out", x.argmax(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Long [torchtidy-debug-shape]
}
void argminOutOfRangeNegative() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("argmin-out-negative", torch::argmin(x, -3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Long [torchtidy-debug-shape]
}

// An unknown input: a dim gives unknown sizes; no dim is still 0-d.
void argmaxOfUnknown(const torch::Tensor &x) {
  torch_tidy_show("argmax-unknown", x.argmax(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argmax-unknown-all", x.argmax());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
}

// ===== max / min =============================================================

// max(dim) / min(dim) return (values, indices): the dim removed (kept as 1
// with keepdim); values of the input's dtype, Long indices.
void maxMinDims() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("max-values", std::get<0>(x.max(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-indices", std::get<1>(x.max(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("max-keepdim", std::get<0>(x.max(-1, true)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("min-indices-keepdim", std::get<1>(x.min(0, /*keepdim=*/true)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-max", std::get<0>(torch::max(x, 2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-min-indices", std::get<1>(torch::min(x, -2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Long [torchtidy-debug-shape]
}

// Structured bindings.
void maxMinBindings() {
  auto x = torch::randn({2, 3, 4});
  auto [values, indices] = x.max(0);
  torch_tidy_show("max-binding-values", values);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-binding-indices", indices);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Long [torchtidy-debug-shape]
  auto [lo, at] = torch::min(x, 1, true);
  torch_tidy_show("min-binding-values", lo);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("min-binding-indices", at);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Long [torchtidy-debug-shape]
}

// A tuple held in a variable, read once.
void maxTupleVariable() {
  auto x = torch::randn({2, 3, 4});
  auto pair = x.max(2);
  torch_tidy_show("max-tuple-var-indices", std::get<1>(pair));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
}
void minTypedTupleVariable() {
  auto x = torch::randn({2, 3, 4});
  std::tuple<torch::Tensor, torch::Tensor> typed = x.min(-1, true);
  torch_tidy_show("min-typed-tuple-values", std::get<0>(typed));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 1] dtype Float [torchtidy-debug-shape]
}

// std::get takes the tuple by reference, so the engine assumes it may be
// changed: the tensors it holds become unknown, and only those.
// FALSE NEGATIVE: std::get<1>(pair) is [2, 3] Long in LibTorch.
void maxTupleReadTwice() {
  auto x = torch::randn({2, 3, 4});
  auto pair = x.max(2);
  torch_tidy_show("max-tuple-twice-values", std::get<0>(pair));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-tuple-twice-indices", std::get<1>(pair));
  torch_tidy_show("max-tuple-twice-input", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
}

// argmax over every element with keepdim keeps every dim as size 1.
void argmaxAllKeepdim() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("argmax-all-keepdim", x.argmax(c10::nullopt, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 1] dtype Long [torchtidy-debug-shape]
}

// The dtype argument of sum and mean gives the result's dtype; the mean of
// an integral tensor throws ("mean(): could not infer output dtype").
void reductionDTypeArgument() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("sum-dtype", x.sum(torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("mean-dims-dtype", x.mean(torch::IntArrayRef{0}, true, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3] dtype Double [torchtidy-debug-shape]
  auto labels = torch::randint(0, 5, {4});
  torch_tidy_show("sum-long-as-int", labels.sum(torch::kInt));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Int [torchtidy-debug-shape]
  torch_tidy_show("mean-long-as-float", labels.mean(torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mean-long", labels.mean());
}

// The values keep an integral dtype.
void maxMinIntegral() {
  auto labels = torch::randint(0, 5, {4, 6});
  torch_tidy_show("max-long-values", std::get<0>(labels.max(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("max-long-all", labels.max());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("min-int-all", torch::min(labels.to(torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Int [torchtidy-debug-shape]
}

// max() / min() with no dim: the largest / smallest element, 0-d.
void maxMinAll() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("max-all", x.max());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("min-all", x.min());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-max-all", torch::max(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-min-all", torch::min(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-0d", torch::tensor(1.5).max());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
}

// max(other) / min(other): elementwise, the operands broadcast.
void maxElementwise() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("max-other", x.max(torch::randn({3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-min-other", torch::min(x, torch::randn({2, 1})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws.
void maxDimOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("max-out", std::get<0>(x.max(2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void minDimOutOfRange() {
  auto x = torch::randn({2, 3});
  auto [v, i] = torch::min(x, -3);
  torch_tidy_show("min-out-binding", v);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// An unknown input: the dim's indices are Long; max() is 0-d.
void maxOfUnknown(const torch::Tensor &x) {
  torch_tidy_show("max-unknown", std::get<1>(x.max(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("max-unknown-all", x.max());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype ? [torchtidy-debug-shape]
}

// ===== sum / mean ============================================================

// No dim: 0-d. Each listed dim is removed, or kept as 1 with keepdim; an
// empty list reduces every dim. ({0, 2} is ambiguous with the DimnameList
// overload in LibTorch 1.13, hence IntArrayRef{...}.)
void sumMeanAll() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("sum-all", x.sum());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mean-all", x.mean());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-sum-all", torch::sum(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-mean-all", torch::mean(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
}
void sumMeanDims() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("sum-dim", x.sum(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sum-negative", x.sum(-1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sum-list", x.sum(torch::IntArrayRef{0, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sum-list-negative", x.sum({-1, -2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sum-keepdim", x.sum(1, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sum-list-keepdim",
                  x.sum(torch::IntArrayRef{0, 2}, /*keepdim=*/true));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mean-dim", x.mean(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mean-list", x.mean({1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mean-keepdim", x.mean(-1, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-sum-dim", torch::sum(x, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-mean-list-keepdim",
                  torch::mean(x, torch::IntArrayRef{0, 1}, true));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 1, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sum-empty-list", x.sum(at::IntArrayRef{}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
}

// sum of an integral tensor is Long; a floating one keeps its dtype.
void sumIntegral() {
  auto labels = torch::randint(0, 5, {4, 6});
  torch_tidy_show("sum-long", labels.sum());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("sum-long-dim", labels.sum(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("sum-int", labels.to(torch::kInt).sum(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("sum-double", torch::randn({3}, torch::kDouble).sum());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Double [torchtidy-debug-shape]
}

// FALSE NEGATIVE: a Bool sum is [] Long too.
void sumBool() {
  auto labels = torch::randint(0, 5, {4, 6});
  torch_tidy_show("sum-bool", (labels > 2).sum());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype ? [torchtidy-debug-shape]
}

// Not inferred: a dim out of range, or a dim listed twice, throws.
void sumDimOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("sum-out", x.sum(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void sumRepeatedDim() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("sum-repeated", x.sum({1, -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void meanDimOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("mean-out", torch::mean(x, {-3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// An unknown input: sum() is 0-d; sum(dim) is unknown.
void sumOfUnknown(const torch::Tensor &x) {
  torch_tidy_show("sum-unknown", x.sum());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("sum-unknown-dim", x.sum(0));
}

// ===== sort / argsort / topk =================================================

// sort(dim = -1, descending) returns (values, indices) of the input's
// sizes; argsort the indices alone, Long.
void sortDims() {
  auto x = torch::randn({3, 5});
  torch_tidy_show("sort-values", std::get<0>(x.sort()));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sort-indices", std::get<1>(x.sort(0)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("sort-descending", std::get<0>(x.sort(-1, /*descending=*/true)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-sort", std::get<1>(torch::sort(x, 1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
  auto [sorted, order] = x.sort(0, true);
  torch_tidy_show("sort-binding-values", sorted);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sort-binding-indices", order);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("sort-long", std::get<0>(torch::randint(0, 9, {4}).sort()));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
}
void argsortDims() {
  auto x = torch::randn({3, 5});
  torch_tidy_show("argsort", x.argsort());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("argsort-dim", x.argsort(0, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-argsort", torch::argsort(x, -2, false));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
}

// A sort held in a variable.
void sortTupleVariable() {
  auto x = torch::randn({3, 5});
  auto result = x.sort(0);
  torch_tidy_show("sort-auto-tuple-indices", std::get<1>(result));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Long [torchtidy-debug-shape]
}

// topk(k, dim = -1): dim's size becomes k, for 0 <= k <= its size.
void topkSizes() {
  auto x = torch::randn({3, 5});
  torch_tidy_show("topk", std::get<0>(x.topk(2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("topk-indices", std::get<1>(x.topk(2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("topk-dim", std::get<0>(x.topk(3, 0)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("topk-negative-dim", std::get<1>(x.topk(1, -2, /*largest=*/false)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("topk-all", std::get<0>(x.topk(5)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("topk-zero", std::get<0>(x.topk(0)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 0] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-topk", std::get<0>(torch::topk(x, 4, 1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  auto [best, where] = torch::topk(x, 1, 0);
  torch_tidy_show("topk-binding-values", best);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("topk-binding-indices", where);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 5] dtype Long [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws.
void topkDimOutOfRange() {
  auto x = torch::randn({3, 5});
  torch_tidy_show("topk-out", std::get<0>(x.topk(1, 2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== select / narrow / slice ===============================================

// select(dim, index) removes dim; a negative index counts from the end.
// tensor[i] selects along dim 0.
void selectDims() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("select", x.select(0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("select-negative-dim", x.select(-1, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("select-negative-index", x.select(1, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-select", torch::select(x, 2, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("select-vector", torch::randn({5}).select(0, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("operator[]", x[1]);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("operator[]-chain", x[1][2]);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a dim out of range, or a 0-d tensor, throws.
void selectDimOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("select-dim-out", x.select(2, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void selectOf0d() {
  torch_tidy_show("select-0d", torch::tensor(1.0).select(0, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// narrow(dim, start, length): dim's size becomes length; start may be
// negative.
void narrowDims() {
  auto x = torch::randn({4, 6});
  torch_tidy_show("narrow", x.narrow(0, 1, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("narrow-negative-dim", x.narrow(-1, 0, 6));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("narrow-empty", x.narrow(1, 6, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 0] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("narrow-negative-start", x.narrow(1, -2, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-narrow", torch::narrow(x, 1, 2, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a dim out of range throws.
void narrowDimOutOfRange() {
  auto x = torch::randn({4, 6});
  torch_tidy_show("narrow-dim-out", torch::narrow(x, 2, 0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// slice(dim = 0, start, end, step = 1): bounds clamped to the size,
// negative ones from the end; the length rounds up.
void sliceDims() {
  auto x = torch::randn({4, 6});
  torch_tidy_show("slice-default", x.slice());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("slice", x.slice(1, 1, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("slice-step", x.slice(1, 0, 6, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("slice-step-uneven", x.slice(1, 1, 6, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("slice-negative", x.slice(-1, -3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("slice-clamped", x.slice(0, 2, 100));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("slice-empty", x.slice(0, 3, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [0, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-slice", torch::slice(x, 0, 1, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6] dtype Float [torchtidy-debug-shape]
}

// A bound the engine cannot see: that dim's size is unknown.
void sliceUnknownBound(int64_t n) {
  auto x = torch::randn({4, 6});
  torch_tidy_show("slice-unknown-start", x.slice(1, n));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, ?] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a step that is not positive, or a dim out of range, throws.
void sliceZeroStep() {
  auto x = torch::randn({4, 6});
  torch_tidy_show("slice-zero-step", x.slice(0, 0, 4, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void sliceNegativeStep() {
  auto x = torch::randn({4, 6});
  torch_tidy_show("slice-negative-step", x.slice(0, 0, 4, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void sliceDimOutOfRange() {
  auto x = torch::randn({4, 6});
  torch_tidy_show("slice-dim-out", x.slice(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== index =================================================================

// index({...}): an integer selects, a Slice slices, None adds a size-1 dim,
// Ellipsis ("...") stands for the dims not named; dims not indexed are kept.
void indexItems() {
  using namespace torch::indexing;
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("index-int", x.index({0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-ints", x.index({1, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-negative-int", x.index({-1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-slice-all", x.index({Slice(), 0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-slice", x.index({Slice(1, None), Slice(0, 2)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-slice-step",
                  x.index({Slice(), Slice(), Slice(None, None, 2)}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-slice-negative", x.index({Slice(-1, None)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-none", x.index({None}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-none-middle", x.index({Slice(), None, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-ellipsis", x.index({Ellipsis, 0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-ellipsis-string", x.index({"...", None}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-ellipsis-middle", x.index({0, Ellipsis, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
}

// A one-argument Slice(start): [1, 3, 4] here, and Slice(0, 1), Slice(-2)
// is [1, 2, 4].
void indexSliceOneBound() {
  using namespace torch::indexing;
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("index-slice-one-bound", x.index({Slice(-1)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-slice-one-bound-second", x.index({Slice(0, 1), Slice(-2)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: an integer out of range, more indices than dims, or an
// empty list ("not valid syntax") throw.
void indexIntOutOfRange() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("index-int-out", x.index({2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void indexTooMany() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("index-too-many", x.index({0, 0, 0}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void indexEmpty() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("index-empty", x.index({}));
}

// FALSE NEGATIVE: LibTorch 1.13 accepts two Ellipses here ([2]); the
// engine gives up.
void indexTwoEllipses() {
  using namespace torch::indexing;
  auto x = torch::randn({2, 3});
  torch_tidy_show("index-two-ellipses", x.index({Ellipsis, 0, Ellipsis}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Not inferred: advanced indexing with a tensor, a mask, or a bool.
// FALSE NEGATIVE: an index tensor of 3 elements gives [3, 3], and `true`
// adds a leading size-1 dim ([1, 5, 3]); a mask's count depends on the data.
void indexTensor() {
  auto x = torch::randn({5, 3});
  auto idx = torch::tensor({0, 2, 4});
  torch_tidy_show("index-tensor", x.index({idx}));
  torch_tidy_show("index-mask", x.index({x > 0}));
  torch_tidy_show("index-bool", x.index({true}));
}

// ===== index_select / gather =================================================

// index_select(dim, index): dim's size becomes the index's element count
// (a 1-d or 0-d Long or Int index).
void indexSelectDims() {
  auto x = torch::randn({5, 3});
  auto idx = torch::tensor({0, 2, 4, 4});
  torch_tidy_show("index-select", x.index_select(0, idx));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-select-negative",
                  x.index_select(-1, torch::tensor({1, 0})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [5, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-index-select",
                  torch::index_select(x, 1, idx.narrow(0, 0, 2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [5, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-select-int", x.index_select(0, idx.to(torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("index-select-0d", x.index_select(0, torch::tensor(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a 2-d index, or a dim out of range, throws.
void indexSelect2dIndex() {
  auto x = torch::randn({5, 3});
  torch_tidy_show("index-select-2d",
                  x.index_select(0, torch::zeros({2, 2}, torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void indexSelectDimOutOfRange() {
  auto x = torch::randn({5, 3});
  torch_tidy_show("index-select-out", x.index_select(2, torch::tensor({0})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// gather(dim, index): the index's sizes, the input's dtype.
void gatherDims() {
  auto x = torch::randn({3, 4});
  auto idx = torch::zeros({3, 2}, torch::kLong);
  torch_tidy_show("gather", x.gather(1, idx));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("gather-negative", x.gather(-1, idx));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("gather-dim0", x.gather(0, torch::zeros({2, 4}, torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-gather", torch::gather(x, 1, idx));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("gather-long", torch::randint(0, 3, {3, 4}).gather(1, idx));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Long [torchtidy-debug-shape]
}

// ===== one_hot ===============================================================

// one_hot(labels, num_classes): a trailing dim of num_classes, Long.
void oneHotClasses() {
  auto labels = torch::randint(0, 5, {4});
  torch_tidy_show("one-hot", torch::one_hot(labels, 5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 5] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("one-hot-2d", torch::one_hot(torch::randint(0, 3, {2, 3}), 7));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 7] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("nn-one-hot", torch::nn::functional::one_hot(labels, 6));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 6] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("one-hot-0d", torch::one_hot(torch::tensor(2), 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
}

// Without num_classes the count is the largest label + 1, read from the
// data: unknown.
void oneHotInferred() {
  auto labels = torch::randint(0, 5, {4});
  torch_tidy_show("one-hot-inferred", torch::one_hot(labels));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, ?] dtype Long [torchtidy-debug-shape]
}

// ===== size / sizes / dim / numel ============================================

// Integers read off a tensor size new tensors.
void sizeQueries() {
  auto x = torch::randn({2, 3, 4});
  torch_tidy_show("size", torch::zeros({x.size(0)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("size-negative", torch::zeros({x.size(-1), x.size(1)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-size", torch::ones({torch::size(x, 2)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sizes-index", torch::zeros({x.sizes()[1]}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sizes", torch::zeros(x.sizes()));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("dim", torch::zeros({x.dim()}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("numel", torch::zeros({x.numel()}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [24] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-numel", torch::empty({torch::numel(x), 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [24, 1] dtype Float [torchtidy-debug-shape]
  int64_t n = x.size(0) * x.size(2);
  torch_tidy_show("size-product", torch::zeros({n}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("view-size", x.view({x.size(0), -1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 12] dtype Float [torchtidy-debug-shape]
}

// A symbolic size stays a symbol.
void sizeOfSymbol(int64_t batch) {
  auto x = torch::randn({batch, 3});
  torch_tidy_show("size-symbol", torch::zeros({x.size(0), x.size(1)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [batch, 3] dtype Float [torchtidy-debug-shape]
}

// The sizes of an unknown tensor are unknown.
void sizeOfUnknown(const torch::Tensor &x) {
  torch_tidy_show("size-unknown", torch::zeros({x.size(0), 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("dim-unknown", torch::zeros({x.dim()}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?] dtype Float [torchtidy-debug-shape]
}

// ===== stack / cat ===========================================================

// stack(tensors, dim = 0): equal sizes, a new dim of the tensor count at
// dim in [-rank - 1, rank].
void stackDims() {
  auto a = torch::randn({2, 3});
  auto b = torch::randn({2, 3});
  torch_tidy_show("stack", torch::stack({a, b}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack-dim1", torch::stack({a, b, a}, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack-last", torch::stack({a, b}, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack-negative", torch::stack({a, b}, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack-most-negative", torch::stack({a, b}, -3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack-one", torch::stack({a}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stack-0d", torch::stack({torch::tensor(1), torch::tensor(2)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype Long [torchtidy-debug-shape]
}

// Not inferred: sizes that differ, or a dim out of range, throw.
void stackMismatch() {
  torch_tidy_show("stack-mismatch",
                  torch::stack({torch::randn({2, 3}), torch::randn({3, 2})}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void stackDimOutOfRange() {
  auto a = torch::randn({2, 3});
  torch_tidy_show("stack-out", torch::stack({a, a}, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// cat(tensors, dim = 0): the sizes along dim add up, the others match.
void catDims() {
  auto a = torch::randn({2, 3});
  auto b = torch::randn({4, 3});
  auto c = torch::randn({2, 5});
  torch_tidy_show("cat", torch::cat({a, b}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat-dim1", torch::cat({a, c}, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 8] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat-negative", torch::cat({a, c, a}, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 11] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat-negative-first", torch::cat({a, b}, -2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat-one", torch::cat({a}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("cat-long", torch::cat({torch::zeros({2}, torch::kLong),
                                          torch::ones({3}, torch::kLong)}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [5] dtype Long [torchtidy-debug-shape]
}

// FALSE NEGATIVE: cat and stack promote the dtypes (Float and Long give
// Float); the engine keeps only a common dtype.
void catMixedDTypes() {
  torch_tidy_show("cat-mixed",
                  torch::cat({torch::zeros({2}), torch::zeros({3}, torch::kLong)}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [5] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("stack-mixed",
                  torch::stack({torch::zeros({2}), torch::zeros({2}, torch::kLong)}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 2] dtype ? [torchtidy-debug-shape]
}

// FALSE NEGATIVE: cat skips a legacy empty [0] tensor: [2, 3].
void catLegacyEmpty() {
  torch_tidy_show("cat-legacy-empty",
                  torch::cat({torch::zeros({0}), torch::randn({2, 3})}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Not inferred: sizes that differ off dim, ranks that differ, a dim out of
// range, or 0-d tensors throw.
void catMismatch() {
  torch_tidy_show("cat-mismatch",
                  torch::cat({torch::randn({2, 3}), torch::randn({2, 4})}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void catRankMismatch() {
  torch_tidy_show("cat-rank",
                  torch::cat({torch::randn({2, 3}), torch::randn({3})}, 0));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void catDimOutOfRange() {
  auto a = torch::randn({2, 3});
  torch_tidy_show("cat-out", torch::cat({a, a}, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void cat0d() {
  torch_tidy_show("cat-0d", torch::cat({torch::tensor(1.0), torch::tensor(2.0)}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Not inferred: an unknown tensor in the list (it may be a legacy empty
// tensor, which cat skips).
// FALSE NEGATIVE: stack needs equal sizes, so stack({a, u}) is [2, 2, 3].
void catOfUnknown(const torch::Tensor &u) {
  auto a = torch::randn({2, 3});
  torch_tidy_show("cat-unknown", torch::cat({a, u}, 1));
  torch_tidy_show("stack-unknown", torch::stack({a, u}));
}

