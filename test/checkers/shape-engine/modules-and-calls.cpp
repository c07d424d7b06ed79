// The shape engine on torch::nn modules and on calls: the module models
// (Linear, Conv1d/2d/3d, MaxPool / AvgPool, AdaptiveAvgPool, Embedding,
// Flatten, Sequential and the modules that keep sizes) called as m(x) and
// m->forward(x); user modules, helper functions and functors of the
// translation unit (call summaries with the arguments substituted); sizes
// from int parameters (symbols), constants and other tensors; references,
// lambdas, loops and tensors that escape (LibTorch 1.13, measured). Each
// torch_tidy_show reports what the engine inferred; silence means unknown.
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags

#include <torch/torch.h>

#include <cstdlib>
#include <vector>

void torch_tidy_show(const char *, const torch::Tensor &);

// ===== Linear ================================================================

// Linear(in, out) replaces the last dim: [*, in] -> [*, out]; a 1-d input
// gives [out]. The dtype is kept.
void linearModule() {
  torch::nn::Linear fc(4, 3);
  auto x = torch::randn({2, 4});
  torch_tidy_show("linear-call", fc(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("linear-forward", fc->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("linear-3d", fc(torch::randn({5, 2, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5, 2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("linear-1d", fc(torch::randn({4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
}

// LinearOptions, inline or in a variable; bias(false) changes no size.
void linearOptions() {
  torch::nn::Linear fc(torch::nn::LinearOptions(4, 3).bias(false));
  torch_tidy_show("linear-options", fc(torch::randn({2, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  auto opts = torch::nn::LinearOptions(6, 2);
  torch::nn::Linear fc2(opts);
  torch_tidy_show("linear-options-var", fc2->forward(torch::randn({7, 6})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [7, 2] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a last dim other than in_features ("mat1 and mat2 shapes
// cannot be multiplied"), a 0-d input ("both arguments to matmul need to be
// at least 1D").
void linearWrongFeatures() {
  torch::nn::Linear fc(4, 3);
  torch_tidy_show("linear-wrong", fc(torch::randn({2, 5})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void linearZeroDim() {
  torch::nn::Linear fc(4, 3);
  torch_tidy_show("linear-0d", fc(torch::randn({})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== Conv1d / Conv2d / Conv3d ==============================================

// [N, C_in, H, W] -> [N, C_out, H', W'], H' = (H + 2p - d(k - 1) - 1) / s + 1;
// an unbatched [C_in, H, W] gives [C_out, H', W'].
void conv2dModule() {
  torch::nn::Conv2d conv(3, 8, 3);
  auto x = torch::randn({2, 3, 32, 32});
  torch_tidy_show("conv2d-call", conv(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 8, 30, 30] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("conv2d-forward", conv->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 8, 30, 30] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("conv2d-unbatched", conv(torch::randn({3, 10, 12})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8, 8, 10] dtype Float [torchtidy-debug-shape]
}

// Conv2dOptions: stride, padding, dilation; padding(torch::kSame) keeps the
// spatial sizes (even kernels too), padding(torch::kValid) is padding 0.
void conv2dOptions() {
  torch::nn::Conv2d strided(
      torch::nn::Conv2dOptions(3, 16, 5).stride(2).padding(2));
  torch_tidy_show("conv2d-stride-pad", strided(torch::randn({1, 3, 28, 28})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 16, 14, 14] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv2d rect(
      torch::nn::Conv2dOptions(1, 4, {3, 5}).stride({1, 2}).padding(1));
  torch_tidy_show("conv2d-rect", rect(torch::randn({2, 1, 10, 11})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4, 10, 5] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv2d dilated(torch::nn::Conv2dOptions(1, 2, 3).dilation(2));
  torch_tidy_show("conv2d-dilation", dilated(torch::randn({1, 1, 9, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 5, 5] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv2d same(
      torch::nn::Conv2dOptions(3, 6, 4).padding(torch::kSame));
  torch_tidy_show("conv2d-same", same(torch::randn({2, 3, 7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6, 7, 9] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv2d sameDilated(
      torch::nn::Conv2dOptions(3, 6, 3).padding(torch::kSame).dilation(2));
  torch_tidy_show("conv2d-same-dilation", sameDilated(torch::randn({2, 3, 7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6, 7, 9] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv2d valid(
      torch::nn::Conv2dOptions(3, 6, 3).padding(torch::kValid));
  torch_tidy_show("conv2d-valid", valid(torch::randn({2, 3, 7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6, 5, 7] dtype Float [torchtidy-debug-shape]
  auto opts = torch::nn::Conv2dOptions(3, 6, 3).stride(3);
  torch::nn::Conv2d fromVar(opts);
  torch_tidy_show("conv2d-options-var", fromVar->forward(torch::randn({1, 3, 10, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 6, 3, 3] dtype Float [torchtidy-debug-shape]
}

// A padding per dim as a braced list (ConvOptions::padding(initializer_list)).
// FALSE NEGATIVE: LibTorch gives [2, 4, 10, 4] and [1, 4, 4, 4, 4]; the
// engine does not read the list padding, so the spatial sizes are unknown.
void convListPadding() {
  torch::nn::Conv2d rect(
      torch::nn::Conv2dOptions(1, 4, {3, 5}).stride({1, 2}).padding({1, 0}));
  torch_tidy_show("conv2d-list-padding", rect(torch::randn({2, 1, 10, 11})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4, ?, ?] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv3d mixed(torch::nn::Conv3dOptions(2, 4, {1, 3, 3})
                              .stride({1, 2, 2})
                              .padding({0, 1, 1}));
  torch_tidy_show("conv3d-list-padding", mixed(torch::randn({1, 2, 4, 8, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 4, ?, ?, ?] dtype Float [torchtidy-debug-shape]
}

// Conv1d: [N, C, L] or [C, L].
void conv1dModule() {
  torch::nn::Conv1d conv(4, 6, 3);
  torch_tidy_show("conv1d", conv(torch::randn({2, 4, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6, 8] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("conv1d-unbatched", conv->forward(torch::randn({4, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 8] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv1d strided(
      torch::nn::Conv1dOptions(4, 6, 5).stride(3).padding(1));
  torch_tidy_show("conv1d-stride", strided(torch::randn({2, 4, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 6, 3] dtype Float [torchtidy-debug-shape]
}

// Conv3d: [N, C, D, H, W] or [C, D, H, W].
void conv3dModule() {
  torch::nn::Conv3d conv(2, 4, 3);
  torch_tidy_show("conv3d", conv(torch::randn({1, 2, 5, 6, 7})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 4, 3, 4, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("conv3d-unbatched", conv->forward(torch::randn({2, 5, 6, 7})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3, 4, 5] dtype Float [torchtidy-debug-shape]
}

// A symbolic batch passes through.
void convSymbolicBatch(int64_t n) {
  torch::nn::Conv2d conv(3, 8, 3);
  torch_tidy_show("conv2d-symbolic-batch", conv(torch::randn({n, 3, 32, 32})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 8, 30, 30] dtype Float [torchtidy-debug-shape]
}

// FALSE NEGATIVE: LibTorch gives [1, 8, h-2, h-2]; the engine does not
// subtract from a symbol.
void convSymbolicSpatial(int64_t h) {
  torch::nn::Conv2d conv(3, 8, 3);
  torch_tidy_show("conv2d-symbolic-spatial", conv(torch::randn({1, 3, h, h})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 8, ?, ?] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a channel count other than in_channels, batched or not
// ("expected input[2, 4, 32, 32] to have 3 channels"), a rank that is
// neither batched nor unbatched, a kernel larger than the padded input.
void convWrongChannels() {
  torch::nn::Conv2d conv(3, 8, 3);
  torch_tidy_show("conv2d-wrong-channels", conv(torch::randn({2, 4, 32, 32})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void convUnbatchedWrongChannels() {
  torch::nn::Conv1d conv(4, 6, 3);
  torch_tidy_show("conv1d-wrong-channels", conv(torch::randn({5, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void convWrongRank() {
  torch::nn::Conv2d conv(3, 8, 3);
  torch_tidy_show("conv2d-wrong-rank", conv(torch::randn({3, 32})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void convKernelTooLarge() {
  torch::nn::Conv2d conv(3, 8, 5);
  torch_tidy_show("conv2d-too-small", conv(torch::randn({1, 3, 4, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== MaxPool / AvgPool / AdaptiveAvgPool ===================================

// The channels are kept; the stride defaults to the kernel; the same
// formula as convolution, rounded down; unbatched inputs too.
void maxPoolModules() {
  torch::nn::MaxPool2d pool(2);
  auto x = torch::randn({1, 3, 8, 8});
  torch_tidy_show("maxpool2d", pool(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("maxpool2d-forward", pool->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("maxpool2d-odd", pool(torch::randn({1, 3, 7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("maxpool2d-unbatched", pool(torch::randn({3, 8, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::MaxPool2d padded(
      torch::nn::MaxPool2dOptions(3).stride(2).padding(1));
  torch_tidy_show("maxpool2d-stride-pad", padded(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::MaxPool2d dilated(
      torch::nn::MaxPool2dOptions(2).stride(1).dilation(2));
  torch_tidy_show("maxpool2d-dilation", dilated(torch::randn({1, 1, 6, 6})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 1, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::MaxPool2d floor(torch::nn::MaxPool2dOptions(2).ceil_mode(false));
  torch_tidy_show("maxpool2d-floor", floor(torch::randn({1, 3, 7, 7})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 3, 3] dtype Float [torchtidy-debug-shape]
  torch::nn::MaxPool1d pool1(3);
  torch_tidy_show("maxpool1d", pool1(torch::randn({2, 4, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("maxpool1d-unbatched", pool1->forward(torch::randn({4, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch::nn::MaxPool3d pool3(2);
  torch_tidy_show("maxpool3d", pool3(torch::randn({1, 2, 4, 6, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 2, 3, 4] dtype Float [torchtidy-debug-shape]
}

// ceil_mode(true) rounds up: 7 with kernel 2 gives 4.
// FALSE NEGATIVE: LibTorch gives [1, 3, 4, 4]; ceil_mode is not modelled.
void maxPoolCeil() {
  torch::nn::MaxPool2d ceil(torch::nn::MaxPool2dOptions(2).ceil_mode(true));
  torch_tidy_show("maxpool2d-ceil", ceil(torch::randn({1, 3, 7, 7})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, ?, ?] dtype Float [torchtidy-debug-shape]
}

// AvgPool: the same rule, without dilation.
void avgPoolModules() {
  torch::nn::AvgPool1d pool1(2);
  torch_tidy_show("avgpool1d", pool1(torch::randn({2, 3, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("avgpool1d-unbatched", pool1(torch::randn({3, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::AvgPool2d keep(
      torch::nn::AvgPool2dOptions(3).stride(1).padding(1));
  torch_tidy_show("avgpool2d-keep", keep->forward(torch::randn({1, 3, 5, 5})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 5, 5] dtype Float [torchtidy-debug-shape]
  torch::nn::AvgPool2d rect(torch::nn::AvgPool2dOptions({2, 3}));
  torch_tidy_show("avgpool2d-rect", rect(torch::randn({1, 3, 8, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4, 3] dtype Float [torchtidy-debug-shape]
  torch::nn::AvgPool3d pool3(2);
  torch_tidy_show("avgpool3d", pool3(torch::randn({1, 1, 4, 4, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 1, 2, 2, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("avgpool3d-unbatched", pool3(torch::randn({1, 4, 4, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 2, 2] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a kernel larger than the input ("Output size is too
// small"), a 2-d input to MaxPool2d ("3D or 4D (batch mode) tensor
// expected").
void poolKernelTooLarge() {
  torch::nn::MaxPool2d pool(5);
  torch_tidy_show("maxpool2d-too-small", pool(torch::randn({1, 3, 4, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void poolWrongRank() {
  torch::nn::MaxPool2d pool(2);
  torch_tidy_show("maxpool2d-wrong-rank", pool(torch::randn({8, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Adaptive pooling gives its output size for the spatial dims.
void adaptivePools() {
  torch::nn::AdaptiveAvgPool2d gap(1);
  torch_tidy_show("adaptive-avg2d", gap(torch::randn({2, 3, 7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 1, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("adaptive-avg2d-forward", gap->forward(torch::randn({3, 7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 1, 1] dtype Float [torchtidy-debug-shape]
  torch::nn::AdaptiveAvgPool1d pool1(4);
  torch_tidy_show("adaptive-avg1d", pool1(torch::randn({2, 3, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("adaptive-avg1d-unbatched", pool1(torch::randn({3, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::AdaptiveAvgPool3d pool3(2);
  torch_tidy_show("adaptive-avg3d", pool3(torch::randn({1, 2, 4, 4, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 2, 2, 2] dtype Float [torchtidy-debug-shape]
}

// The 2-d and 3-d output sizes through their options struct
// (ExpandingArrayWithOptionalElem).
// FALSE NEGATIVE: LibTorch gives [3, 2, 3], [2, 3, 4, 4] and [2, 3, 3, 3];
// the engine does not read these options.
void adaptivePoolOptions() {
  torch::nn::AdaptiveAvgPool2d rect(
      torch::nn::AdaptiveAvgPool2dOptions({2, 3}));
  torch_tidy_show("adaptive-avg2d-options", rect->forward(torch::randn({3, 8, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, ?, ?] dtype Float [torchtidy-debug-shape]
  torch::nn::AdaptiveMaxPool2d max2(
      torch::nn::AdaptiveMaxPool2dOptions({4, 4}));
  torch_tidy_show("adaptive-max2d-options", max2(torch::randn({2, 3, 9, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, ?, ?] dtype Float [torchtidy-debug-shape]
  torch::nn::AdaptiveAvgPool2d square(torch::nn::AdaptiveAvgPool2dOptions(3));
  torch_tidy_show("adaptive-avg2d-options-int", square(torch::randn({2, 3, 9, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, ?, ?] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a 2-d input to AdaptiveAvgPool2d ("Input dimension should
// be at least 3").
void adaptiveWrongRank() {
  torch::nn::AdaptiveAvgPool2d gap(1);
  torch_tidy_show("adaptive-wrong-rank", gap(torch::randn({7, 9})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== Embedding / Flatten ===================================================

// Embedding(num, dim) appends dim to the indices' sizes; the result has the
// weight's dtype (Float), whatever the (Long or Int) indices.
void embeddingModule() {
  torch::nn::Embedding emb(10, 4);
  auto ids = torch::randint(0, 10, {2, 5});
  torch_tidy_show("embedding", emb(ids));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("embedding-forward", emb->forward(ids));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("embedding-1d", emb(torch::randint(0, 10, {3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Embedding fromOpts(torch::nn::EmbeddingOptions(100, 16));
  torch_tidy_show("embedding-options",
                  fromOpts(torch::randint(0, 10, {7}, torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [7, 16] dtype Float [torchtidy-debug-shape]
}

// Flatten flattens dims start_dim..end_dim (1..-1 by default).
void flattenModule() {
  torch::nn::Flatten flat;
  auto x = torch::randn({2, 3, 4, 5});
  torch_tidy_show("flatten", flat(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 60] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("flatten-forward", flat->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 60] dtype Float [torchtidy-debug-shape]
  torch::nn::Flatten all(torch::nn::FlattenOptions().start_dim(0));
  torch_tidy_show("flatten-all", all(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [120] dtype Float [torchtidy-debug-shape]
  torch::nn::Flatten middle(torch::nn::FlattenOptions().start_dim(1).end_dim(2));
  torch_tidy_show("flatten-middle", middle(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 12, 5] dtype Float [torchtidy-debug-shape]
  torch::nn::Flatten last(torch::nn::FlattenOptions().start_dim(-2));
  torch_tidy_show("flatten-negative", last(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 20] dtype Float [torchtidy-debug-shape]
}

// Not inferred: start_dim after end_dim, and the default start_dim 1 on a
// 1-d or 0-d input ("Dimension out of range").
void flattenReversed() {
  torch::nn::Flatten flat(torch::nn::FlattenOptions().start_dim(2).end_dim(1));
  torch_tidy_show("flatten-reversed", flat(torch::randn({2, 3, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void flattenOneDim() {
  torch::nn::Flatten flat;
  torch_tidy_show("flatten-1d", flat(torch::randn({6})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void flattenZeroDim() {
  torch::nn::Flatten flat;
  torch_tidy_show("flatten-0d", flat(torch::randn({})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== Sequential ============================================================

// Sequential's forward applies its children in order. (Its forward is a
// template: LibTorch 1.13 has no seq(x), only seq->forward(x).)
void sequentialModules() {
  torch::nn::Sequential mlp(torch::nn::Linear(4, 8), torch::nn::ReLU(),
                            torch::nn::Linear(8, 2));
  torch_tidy_show("sequential-mlp", mlp->forward(torch::randn({5, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5, 2] dtype Float [torchtidy-debug-shape]
  torch::nn::Sequential cnn(torch::nn::Conv2d(1, 4, 3), torch::nn::MaxPool2d(2),
                            torch::nn::Flatten(), torch::nn::Linear(676, 10));
  torch_tidy_show("sequential-cnn", cnn->forward(torch::randn({2, 1, 28, 28})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 10] dtype Float [torchtidy-debug-shape]
  torch::nn::Sequential deep(torch::nn::Linear(3, 5), torch::nn::Tanh(),
                             torch::nn::Dropout(0.1), torch::nn::Linear(5, 1));
  torch_tidy_show("sequential-deep", deep->forward(torch::randn({4, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 1] dtype Float [torchtidy-debug-shape]
  torch::nn::Sequential embed(torch::nn::Embedding(10, 4), torch::nn::Flatten());
  torch_tidy_show("sequential-embedding",
                  embed->forward(torch::randint(0, 10, {2, 3})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 12] dtype Float [torchtidy-debug-shape]
}

// Not inferred: children that do not fit (Linear(4, 8) then Linear(6, 2)).
void sequentialMismatch() {
  torch::nn::Sequential mlp(torch::nn::Linear(4, 8), torch::nn::Linear(6, 2));
  torch_tidy_show("sequential-mismatch", mlp->forward(torch::randn({5, 4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Not inferred: after a non-const method (push_back adds a child) the
// module is no longer known (LibTorch: [5, 2] then).
void sequentialPushBack() {
  torch::nn::Sequential mlp(torch::nn::Linear(4, 8));
  auto x = torch::randn({5, 4});
  torch_tidy_show("sequential-before-push", mlp->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5, 8] dtype Float [torchtidy-debug-shape]
  mlp->push_back(torch::nn::Linear(8, 2));
  torch_tidy_show("sequential-after-push", mlp->forward(x));
}
void sequentialEmptyPushBack() {
  torch::nn::Sequential seq;
  seq->push_back(torch::nn::Linear(4, 2));
  torch_tidy_show("sequential-empty-push", seq->forward(torch::randn({5, 4})));
}

// Not inferred: a module passed to a non-const reference may be replaced.
void tweak(torch::nn::Linear &fc);
void moduleByReference() {
  torch::nn::Linear fc(4, 3);
  auto x = torch::randn({2, 4});
  torch_tidy_show("before-tweak", fc(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  tweak(fc);
  torch_tidy_show("after-tweak", fc(x));
}

// ===== Modules that keep sizes ===============================================

// Activations, dropout and normalization keep the sizes and the dtype.
void sizeKeepingModules() {
  auto x = torch::randn({2, 3, 4, 4});
  torch::nn::ReLU relu;
  torch_tidy_show("relu", relu(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("relu-forward", relu->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Dropout drop(0.5);
  torch_tidy_show("dropout", drop(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::BatchNorm2d bn(3);
  torch_tidy_show("batchnorm2d", bn(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::BatchNorm1d bn1(3);
  torch_tidy_show("batchnorm1d", bn1(torch::randn({5, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [5, 3] dtype Float [torchtidy-debug-shape]
  torch::nn::LayerNorm ln(std::vector<int64_t>{4});
  torch_tidy_show("layernorm", ln(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Softmax softmax(1);
  torch_tidy_show("softmax", softmax(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::LogSoftmax logSoftmax(-1);
  torch_tidy_show("log-softmax", logSoftmax->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Sigmoid sigmoid;
  torch_tidy_show("sigmoid", sigmoid(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Tanh tanh;
  torch_tidy_show("tanh", tanh(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::LogSigmoid logSigmoid;
  torch_tidy_show("log-sigmoid", logSigmoid(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Softsign softsign;
  torch_tidy_show("softsign", softsign->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Tanhshrink tanhshrink;
  torch_tidy_show("tanhshrink", tanhshrink(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Softmin softmin(1);
  torch_tidy_show("softmin", softmin(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::GELU gelu;
  torch_tidy_show("gelu", gelu(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::LeakyReLU leaky(torch::nn::LeakyReLUOptions().negative_slope(0.2));
  torch_tidy_show("leaky-relu", leaky(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Identity identity;
  torch_tidy_show("identity-long", identity(torch::randint(0, 3, {4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("relu-double", relu(torch::randn({3}, torch::kDouble)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Double [torchtidy-debug-shape]
}

// BatchNorm's forward is declared in a templated base class.
// FALSE NEGATIVE: LibTorch gives [5, 3] and [2, 3, 4, 4]; bn->forward(x) on
// a BatchNorm is not followed (bn(x) is).
void batchNormForward() {
  torch::nn::BatchNorm1d bn1(3);
  torch_tidy_show("batchnorm1d-forward", bn1->forward(torch::randn({5, 3})));
  torch::nn::BatchNorm2d bn2(3);
  torch_tidy_show("batchnorm2d-forward", bn2->forward(torch::randn({2, 3, 4, 4})));
}

// Not inferred: the input is a parameter.
void moduleOfUnknown(const torch::Tensor &x) {
  torch::nn::ReLU relu;
  torch_tidy_show("relu-unknown", relu(x));
  torch::nn::Linear fc(4, 3);
  torch_tidy_show("linear-unknown", fc(x));
}

// ===== Inputs a module rejects ===============================================

// Linear's and Conv's weights are Float: a Double input throws ("mat1 and
// mat2 must have the same dtype", "Input type (double) and bias type
// (float) should be the same"); Embedding takes Long or Int indices only.
void moduleInputDTypes() {
  torch::nn::Linear fc(4, 3);
  torch_tidy_show("linear-double", fc(torch::randn({2, 4}, torch::kDouble)));
  torch::nn::Conv2d conv(3, 8, 3);
  torch_tidy_show("conv-double", conv(torch::randn({1, 3, 8, 8}, torch::kDouble)));
  torch::nn::Embedding embed(10, 4);
  torch_tidy_show("embedding-float", embed(torch::randn({2, 5})));
  torch_tidy_show("embedding-int", embed(torch::randint(0, 10, {2, 5}, torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5, 4] dtype Float [torchtidy-debug-shape]
  torch::nn::Sequential seq(torch::nn::Linear(4, 3), torch::nn::ReLU());
  torch_tidy_show("sequential-double", seq->forward(torch::randn({2, 4}, torch::kDouble)));
}

// padding='same' with a stride, and pooling padded by more than half its
// kernel, throw ("padding='same' is not supported for strided
// convolutions", "pad should be at most half of kernel size"): the sizes
// are unknown, the dtype is kept.
void moduleOptionsThatThrow() {
  torch::nn::Conv2d strided(
      torch::nn::Conv2dOptions(3, 8, 3).padding(torch::kSame).stride(2));
  torch_tidy_show("same-strided", strided(torch::randn({1, 3, 8, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
  torch::nn::MaxPool2d pool(torch::nn::MaxPool2dOptions(2).padding(2));
  torch_tidy_show("pool-padding", pool(torch::randn({1, 3, 8, 8})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("pool-fn-padding",
                  torch::max_pool2d(torch::randn({1, 3, 8, 8}), 2, 2, 2));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== User-defined modules ==================================================

// A torch::nn::Module subclass with register_module in its constructor and a
// TORCH_MODULE holder: forward is summarized with the fields' modules.
struct NetImpl : torch::nn::Module {
  NetImpl() {
    fc1 = register_module("fc1", torch::nn::Linear(784, 64));
    fc2 = register_module("fc2", torch::nn::Linear(64, 10));
  }
  torch::Tensor forward(torch::Tensor x) {
    x = torch::relu(fc1->forward(x.reshape({x.size(0), 784})));
    return fc2->forward(x);
  }
  torch::nn::Linear fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(Net);

void userModule() {
  Net model;
  auto x = torch::randn({16, 1, 28, 28});
  torch_tidy_show("net-forward", model->forward(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [16, 10] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("net-call", model(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [16, 10] dtype Float [torchtidy-debug-shape]
}

// Fields set in the member initializer list; a symbolic batch.
struct CnnImpl : torch::nn::Module {
  CnnImpl()
      : conv(register_module(
            "conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(1, 8, 3).padding(1)))),
        pool(register_module("pool", torch::nn::MaxPool2d(2))),
        head(register_module("head", torch::nn::Linear(8 * 14 * 14, 10))) {}
  torch::Tensor forward(const torch::Tensor &x) {
    auto h = pool(torch::relu(conv(x)));
    return head(h.flatten(1));
  }
  torch::nn::Conv2d conv;
  torch::nn::MaxPool2d pool;
  torch::nn::Linear head;
};
TORCH_MODULE(Cnn);

void userCnn(int64_t n) {
  Cnn model;
  torch_tidy_show("cnn-call", model(torch::randn({n, 1, 28, 28})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 10] dtype Float [torchtidy-debug-shape]
}

// Not inferred: a forward without a visible body; a virtual forward that a
// subclass may override.
struct OpaqueImpl : torch::nn::Module {
  torch::Tensor forward(const torch::Tensor &x);
};
TORCH_MODULE(Opaque);

void opaqueModule() {
  Opaque model;
  torch_tidy_show("opaque-forward", model->forward(torch::randn({2, 3})));
}

struct BaseImpl : torch::nn::Module {
  virtual torch::Tensor forward(const torch::Tensor &x) { return x.flatten(); }
};
void virtualForward(BaseImpl &m) {
  torch_tidy_show("virtual-forward", m.forward(torch::randn({2, 3})));
}

// A functor's operator() is summarized like a function.
struct Doubler {
  torch::Tensor operator()(const torch::Tensor &x) const {
    return torch::cat({x, x});
  }
};
void functorCall() {
  Doubler twice;
  torch_tidy_show("functor", twice(torch::randn({2, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
}

// ===== Helper functions ======================================================

// A function of the translation unit gives the join of its returns, with
// the arguments substituted: make_labels(8, 5) is randint(0, 5, {8, 1}).
torch::Tensor make_labels(int64_t n, int64_t c) {
  return torch::randint(0, c, {n, 1});
}
torch::Tensor make_batch(int64_t n, bool ones) {
  if (ones)
    return torch::ones({n, 3});
  return torch::zeros({n, 3});
}
torch::Tensor stacked(const torch::Tensor &x) { return torch::cat({x, x}); }
torch::Tensor pick(bool wide) {
  if (wide)
    return torch::zeros({2, 6});
  return torch::zeros({2, 3});
}

void helperCalls(int64_t n) {
  torch_tidy_show("make-labels", make_labels(8, 5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8, 1] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("make-labels-symbolic", make_labels(n, 5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 1] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("make-batch", make_batch(4, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stacked", stacked(torch::randn({2, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("stacked-twice", stacked(stacked(torch::randn({2, 3}))));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [8, 3] dtype Float [torchtidy-debug-shape]
}

// The returns of both branches are joined.
// FALSE NEGATIVE: LibTorch gives [2, 6]; the engine does not follow the
// argument into the branch.
void helperJoin() {
  torch_tidy_show("pick", pick(true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, ?] dtype Float [torchtidy-debug-shape]
}

// Calls nested three deep are followed.
torch::Tensor level4(const torch::Tensor &x) { return x.unsqueeze(0); }
torch::Tensor level3(const torch::Tensor &x) { return level4(x); }
torch::Tensor level2(const torch::Tensor &x) { return level3(x); }
torch::Tensor level1(const torch::Tensor &x) { return level2(x); }

void nestedCalls() {
  torch_tidy_show("nested-3", level2(torch::randn({2, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 2, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: recursion and calls nested four deep.
// FALSE NEGATIVE: LibTorch gives [8, 3] and [1, 2, 3].
torch::Tensor grow(const torch::Tensor &x, int depth) {
  if (depth == 0)
    return x;
  return grow(torch::cat({x, x}), depth - 1);
}
void helperLimits() {
  torch_tidy_show("recursive", grow(torch::randn({2, 3}), 2));
  torch_tidy_show("nested-4", level1(torch::randn({2, 3})));
}

// Not inferred: a function without a visible body; a size the callee makes
// up itself (it may differ on each call).
torch::Tensor external(int64_t n);
torch::Tensor random_rows() {
  int64_t k = std::rand() % 5 + 1;
  return torch::zeros({k, 2});
}
void helperUnknowns() {
  torch_tidy_show("external", external(3));
  torch_tidy_show("callee-size", random_rows());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 2] dtype Float [torchtidy-debug-shape]
}

// ===== Symbolic and constant sizes ===========================================

// An int parameter is one symbol, shared by every size it gives.
void symbolicSizes(int64_t n) {
  auto x = torch::zeros({n, 3});
  torch_tidy_show("symbolic", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 3] dtype Float [torchtidy-debug-shape]
  torch::nn::Linear fc(3, 2);
  torch_tidy_show("symbolic-linear", fc(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 2] dtype Float [torchtidy-debug-shape]
  torch::nn::Flatten flat(torch::nn::FlattenOptions().start_dim(0));
  torch_tidy_show("symbolic-flatten", flat(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3*n] dtype Float [torchtidy-debug-shape]
  torch::nn::Embedding emb(10, 4);
  torch_tidy_show("symbolic-embedding", emb(torch::randint(0, 10, {n})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [n, 4] dtype Float [torchtidy-debug-shape]
}

// const / constexpr locals and globals, enumerators and macros fold.
constexpr int64_t kBatch = 4;
enum { kHidden = 32 };
#define NUM_CLASSES 10

void constantSizes() {
  const int64_t features = 6;
  constexpr int hidden = 2 * kHidden;
  torch::nn::Linear fc1(features, hidden);
  torch::nn::Linear fc2(hidden, NUM_CLASSES);
  auto x = torch::randn({kBatch, features});
  torch_tidy_show("constant-fc1", fc1(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 64] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("constant-fc2", fc2(fc1(x)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 10] dtype Float [torchtidy-debug-shape]
  torch::nn::Conv2d conv(kBatch, kHidden, features / 2);
  torch_tidy_show("constant-conv", conv(torch::randn({1, kBatch, 10, 10})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 32, 8, 8] dtype Float [torchtidy-debug-shape]
}

// A size read from a known tensor is its size; from an unknown tensor, a
// local holding it is a symbol (named after the local), the call itself
// unknown.
void sizesFromTensor(const torch::Tensor &input) {
  auto x = torch::randn({6, 4});
  torch_tidy_show("size-of-known", torch::zeros({x.size(0), 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6, 1] dtype Float [torchtidy-debug-shape]
  const int64_t batch = input.size(0);
  torch_tidy_show("size-of-param", torch::zeros({batch, 2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [batch, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("size-of-param-direct", torch::ones({input.size(0), 3}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [?, 3] dtype Float [torchtidy-debug-shape]
}

// ===== References, lambdas, loops, escapes ===================================

// Not inferred: a variable a reference is bound to is not followed, nor is
// the reference.
// FALSE NEGATIVE: LibTorch gives [2, 3] and [1, 4, 5].
void references() {
  auto x = torch::randn({2, 3});
  const torch::Tensor &cref = x;
  torch_tidy_show("through-const-ref", cref);
  auto y = torch::randn({4, 5});
  torch::Tensor &ref = y;
  ref.unsqueeze_(0);
  torch_tidy_show("reference-target", y);
}

// A lambda's call is summarized; a tensor captured by reference is no
// longer followed (LibTorch: [4, 3]), one not captured is.
void lambdas() {
  auto flat = [](const torch::Tensor &t) { return t.reshape({-1}); };
  torch_tidy_show("lambda-call", flat(torch::randn({2, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [6] dtype Float [torchtidy-debug-shape]
  auto x = torch::randn({2, 3});
  auto grow = [&] { x = torch::cat({x, x}); };
  grow();
  torch_tidy_show("captured-by-ref", x);
  auto y = torch::randn({4});
  torch_tidy_show("not-captured", y);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
}

// A loop variable's size differs between iterations ([2, 3] then [4, 3]);
// a loop that keeps the sizes converges.
void loops() {
  for (int64_t size : {2, 4})
    torch_tidy_show("range-for-size", torch::zeros({size, 3}));
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: shape [?, 3] dtype Float [torchtidy-debug-shape]
  auto acc = torch::zeros({3});
  for (int i = 0; i < 3; ++i)
    acc = acc + torch::ones({3});
  torch_tidy_show("loop-same-shape", acc);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
}

// The elements of a vector of tensors.
// FALSE NEGATIVE: LibTorch gives [2, 3] each time; the vector's elements
// are not followed.
void rangeForTensors() {
  std::vector<torch::Tensor> batches = {torch::randn({2, 3}),
                                        torch::randn({2, 3})};
  for (const auto &b : batches)
    torch_tidy_show("range-for-element", b);
}

// A const reference parameter keeps the tensor; a non-const reference or a
// pointer may replace it: unknown afterwards.
void mutate(torch::Tensor &t);
void observe(const torch::Tensor &t);
void viaPointer(torch::Tensor *t);

void escapes() {
  auto x = torch::randn({2, 3});
  observe(x);
  torch_tidy_show("after-const-ref", x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  mutate(x);
  torch_tidy_show("after-mutable-ref", x);
  auto y = torch::randn({4, 5});
  viaPointer(&y);
  torch_tidy_show("after-pointer", y);
}
