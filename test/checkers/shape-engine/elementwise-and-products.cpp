// The shape engine on LibTorch's elementwise ops and products: dtype
// conversions (to / type_as / toType), copies (clone / detach / contiguous /
// cpu), unary ops that keep the dtype (relu / abs / neg / clamp) and those
// that give a floating result (sigmoid / tanh / exp / log / sqrt, softmax /
// log_softmax), dropout, the in-place fills (fill_ / zero_ / normal_ /
// uniform_ / copy_ / masked_fill / requires_grad_), the broadcasting binary
// ops (add / sub / mul / div / pow / maximum / minimum / remainder / where
// and the comparisons) with their type promotion, matmul / mm / bmm, and the
// pooling functions of torch:: and torch::nn::functional; as methods,
// torch:: functions, operators and in-place forms (LibTorch 1.13, measured).
// A call LibTorch rejects leaves the sizes unknown (shown [...]; the dtype
// is kept). Each torch_tidy_show reports what the engine inferred; silence
// means unknown.
// RUN: %check_torch_tidy %s torchtidy-debug-shape %t -- -- %mirror_flags

#include <torch/torch.h>

void torch_tidy_show(const char *, const torch::Tensor &);

namespace F = torch::nn::functional;

// ===== to / type_as / toType =================================================

// to(dtype), to(options), to(device[, dtype]) and to(other) keep the sizes
// and take the dtype given (none: the same); type_as(other) takes other's
// dtype, toType(t) the one named.
void conversions() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("to-double", x.to(torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("to-long", x.to(torch::kLong));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("to-options",
                  x.to(torch::TensorOptions().dtype(torch::kHalf)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3] dtype Half [torchtidy-debug-shape]
  torch_tidy_show("to-dtype-fn", x.to(torch::dtype(torch::kInt)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Int [torchtidy-debug-shape]
  torch_tidy_show("to-device", x.to(torch::kCPU));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("to-device-dtype", x.to(torch::kCPU, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("to-other", x.to(torch::zeros({5}, torch::kBool)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("type-as", x.type_as(torch::zeros({7}, torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("to-type", x.toType(torch::kByte));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Byte [torchtidy-debug-shape]
}

// Not inferred: the tensor converted is unknown (the dtype asked for is
// still known), or the tensor whose dtype is taken.
void conversionsOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("to-unknown", u.to(torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("type-as-unknown", torch::randn({2}).type_as(u));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2] dtype ? [torchtidy-debug-shape]
}

// ===== clone / detach / contiguous / cpu =====================================

// Sizes and dtype kept; detach_ detaches in place.
void copies() {
  auto x = torch::randint(0, 5, {2, 3});
  torch_tidy_show("clone", x.clone());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-clone", torch::clone(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("detach", x.detach());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("torch-detach", torch::detach(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("contiguous", x.t().contiguous());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3, 2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("cpu", x.cpu());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
  auto y = torch::randn({4});
  torch_tidy_show("detach-inplace", y.detach_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
}

// Not inferred: the tensor copied is unknown.
void copiesOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("clone-unknown", u.clone());
  torch_tidy_show("cpu-unknown", u.cpu());
}

// ===== relu / abs / neg / clamp ==============================================

// Sizes and dtype kept, as methods, torch:: functions, unary minus and
// F::relu.
void unaryKeep() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("relu", x.relu());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-relu", torch::relu(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("abs", torch::abs(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("neg", x.neg());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("unary-minus", -x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("clamp", x.clamp(-1, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("clamp-min", torch::clamp(x, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-relu", F::relu(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// An integral tensor stays integral (integer clamp bounds).
void unaryKeepInt() {
  auto n = torch::randint(-5, 5, {4});
  torch_tidy_show("relu-long", n.relu());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("abs-long", n.abs());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("neg-long", -n);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("clamp-long", n.clamp(0, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  auto i = torch::zeros({3}, torch::kInt);
  torch_tidy_show("abs-int", torch::abs(i));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Int [torchtidy-debug-shape]
}

// The in-place forms give the tensor itself.
void unaryInPlace() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("relu-inplace", x.relu_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("abs-inplace", x.abs_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("neg-inplace", x.neg_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("clamp-inplace", x.clamp_(0, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// torch::relu_(x) / torch::exp_(x) give x too.
// FALSE NEGATIVE: LibTorch leaves x [2, 3] Float; the engine forgets x once
// it is passed to a function taking Tensor &.
void unaryInPlaceFunctions() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("torch-relu-inplace", torch::relu_(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("after-torch-relu-inplace", x);
  torch_tidy_show("torch-exp-inplace", torch::exp_(x));
}

// Not inferred: the input is unknown.
void unaryOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("relu-unknown", u.relu());
  torch_tidy_show("clamp-unknown", torch::clamp(u, 0, 1));
  torch_tidy_show("neg-unknown", -u);
}

// ===== sigmoid / tanh / exp / log / sqrt =====================================

// Sizes kept; a floating input keeps its dtype.
void floatingUnary() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("sigmoid", x.sigmoid());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-sigmoid", torch::sigmoid(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("tanh", torch::tanh(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("exp", x.exp());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("log", torch::log(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sqrt", x.sqrt());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  auto d = torch::rand({4}, torch::kDouble);
  torch_tidy_show("exp-double", d.exp());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("sigmoid-inplace", x.sigmoid_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("tanh-inplace", x.tanh_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// An integral (or Bool) input gives the default Float, unlike relu / abs /
// neg / clamp above, which keep the integral dtype.
void floatingUnaryOfInt() {
  auto n = torch::randint(1, 5, {4});
  torch_tidy_show("sigmoid-long", n.sigmoid());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("tanh-long", torch::tanh(n));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("exp-long", n.exp());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("log-long", n.log());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sqrt-long", torch::sqrt(n));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  auto i = torch::ones({2, 2}, torch::kInt);
  torch_tidy_show("sqrt-int", i.sqrt());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 2] dtype Float [torchtidy-debug-shape]
  auto b = torch::ones({3}, torch::kBool);
  torch_tidy_show("exp-bool", b.exp());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: the input is unknown.
void floatingOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("exp-unknown", u.exp());
  torch_tidy_show("sigmoid-unknown", torch::sigmoid(u));
}

// ===== softmax / log_softmax / dropout =======================================

// Sizes and dtype kept; dims count from the end when negative.
void softmaxes() {
  auto x = torch::randn({2, 5});
  torch_tidy_show("softmax", x.softmax(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("softmax-neg-dim", torch::softmax(x, -1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("log-softmax", x.log_softmax(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-log-softmax", torch::log_softmax(x, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-softmax", F::softmax(x, F::SoftmaxFuncOptions(1)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-log-softmax",
                  F::log_softmax(x, F::LogSoftmaxFuncOptions(-1)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
}

// A dtype argument gives the result's dtype; an integral input can be
// softmaxed only with one (without it LibTorch throws "not implemented for
// 'Long'").
void softmaxDType() {
  auto n = torch::randint(0, 5, {2, 5});
  torch_tidy_show("softmax-long-dtype", n.softmax(1, torch::kFloat));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
}

// Not inferred: the input is unknown.
void softmaxOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("softmax-unknown", u.softmax(-1));
  torch_tidy_show("F-log-softmax-unknown",
                  F::log_softmax(u, F::LogSoftmaxFuncOptions(1)));
}

// dropout keeps sizes and dtype, as torch::dropout and F::dropout.
void dropouts() {
  auto x = torch::randn({4, 3});
  torch_tidy_show("dropout", torch::dropout(x, 0.5, true));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-dropout", F::dropout(x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-dropout-p", F::dropout(x, F::DropoutFuncOptions().p(0.2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: the input is unknown.
void dropoutOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("dropout-unknown", torch::dropout(u, 0.5, false));
}

// ===== fill_ / zero_ / normal_ / uniform_ / copy_ / requires_grad_ ===========

// The in-place fills give the tensor itself: its sizes and dtype (a fill
// value or a copied source of another dtype is converted; a source
// broadcasts to the tensor).
void fills() {
  auto x = torch::empty({2, 3});
  torch_tidy_show("fill", x.fill_(1.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("zero", x.zero_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("normal", x.normal_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("uniform", x.uniform_(-1, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("copy", x.copy_(torch::zeros({3}, torch::kLong)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("requires-grad", x.requires_grad_());
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  auto n = torch::zeros({4}, torch::kLong);
  torch_tidy_show("fill-long", n.fill_(2.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
}

// Not inferred: the tensor filled is unknown.
void fillsOfUnknown(torch::Tensor u) {
  torch_tidy_show("zero-unknown", u.zero_());
}

// ===== masked_fill ===========================================================

// A Bool mask broadcast to the tensor: the tensor's sizes and dtype.
void maskedFill() {
  auto x = torch::randn({2, 3});
  auto mask = torch::rand({2, 3}).gt(0.5);
  torch_tidy_show("masked-fill", x.masked_fill(mask, 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-masked-fill", torch::masked_fill(x, mask, -1.0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("masked-fill-row",
                  x.masked_fill(torch::ones({3}, torch::kBool), 0));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("masked-fill-inplace", x.masked_fill_(mask, 1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: the tensor is unknown.
void maskedFillOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("masked-fill-unknown",
                  u.masked_fill(torch::ones({3}, torch::kBool), 0));
}

// ===== add / sub / mul / div =================================================

// The operands broadcast: [2, 1, 4] with [3, 1] is [2, 3, 4]; a 0-d tensor
// broadcasts to anything.
void broadcasting() {
  auto a = torch::randn({2, 1, 4});
  auto b = torch::randn({3, 1});
  torch_tidy_show("add", a.add(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-add", torch::add(a, b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("operator-plus", a + b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sub", b.sub(a));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("operator-minus", a - b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mul", torch::mul(a, b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("operator-times", b * a);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("div", a.div(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("operator-divide", a / b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("add-0d", a + torch::tensor(1.0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("add-alpha", a.add(b, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
}

// A Scalar on either side keeps the tensor's sizes.
void withScalars() {
  auto x = torch::randn({2, 3});
  torch_tidy_show("add-scalar", x.add(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("plus-scalar", x + 2.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("scalar-minus", 1 - x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("scalar-times", 2 * x);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("div-scalar", torch::div(x, 4));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: sizes that do not broadcast ("The size of tensor a (3) must
// match the size of tensor b (4) at non-singleton dimension 1").
void addBadBroadcast() {
  torch_tidy_show("add-bad", torch::randn({2, 3}) + torch::randn({4}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void mulBadBroadcast() {
  torch_tidy_show("mul-bad", torch::randn({2, 3}).mul(torch::randn({3, 2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// Not inferred: an unknown operand.
void binaryOfUnknown(const torch::Tensor &u) {
  auto x = torch::randn({2, 3});
  torch_tidy_show("add-unknown", x + u);
  torch_tidy_show("mul-unknown", u.mul(x));
}

// ===== type promotion ========================================================

// Between dimensioned tensors the higher category wins (Bool < integral <
// floating), and within a category the wider type.
// FALSE NEGATIVE: Int + Long is Long, Float + Double is Double; the engine
// promotes only across categories.
void promotionTensors() {
  auto f = torch::randn({3});
  auto d = torch::randn({3}, torch::kDouble);
  auto l = torch::randint(0, 5, {3});
  auto i = torch::randint(0, 5, {3}, torch::kInt);
  auto b = torch::ones({3}, torch::kBool);
  torch_tidy_show("long-plus-float", l + f);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("float-plus-long", f.add(l));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("int-times-double", i * d);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("long-plus-long", l + l);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("float-plus-bool", f + b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("bool-plus-bool", b + b);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("int-plus-long", i + l);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("float-plus-double", f + d);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("long-sub-int", torch::sub(l, i));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype ? [torchtidy-debug-shape]
}

// A 0-d tensor counts only when its category is higher: Float + a Double
// 0-d is Float, Int + a Long 0-d is Int, but Long + a Float 0-d is Float.
// FALSE NEGATIVE: Float and Int (the engine gives no dtype within a
// category).
void promotionZeroDim() {
  auto f = torch::randn({3});
  auto l = torch::randint(0, 5, {3});
  auto i = torch::randint(0, 5, {3}, torch::kInt);
  torch_tidy_show("long-plus-float-0d", l + torch::tensor(1.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("int-plus-double-0d",
                  i.add(torch::tensor(2.0, torch::kDouble)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("float-plus-double-0d",
                  f + torch::tensor(1.0, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [3] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("int-plus-long-0d", i + torch::tensor(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype ? [torchtidy-debug-shape]
}

// A Scalar counts only by category: an integer keeps an integral tensor's
// dtype, a floating Scalar makes an integral (or Bool) tensor the default
// Float and keeps a floating tensor's dtype.
// FALSE NEGATIVE: Bool + 1 is Long.
void promotionScalars() {
  auto l = torch::randint(0, 5, {3});
  auto i = torch::randint(0, 5, {3}, torch::kInt);
  auto d = torch::randn({3}, torch::kDouble);
  auto b = torch::ones({3}, torch::kBool);
  torch_tidy_show("long-plus-int", l + 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("int-times-int", i * 3);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Int [torchtidy-debug-shape]
  torch_tidy_show("long-plus-double", l + 2.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("int-mul-double", i.mul(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("double-plus-double", d + 1.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("bool-plus-double", b + 0.5);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("bool-plus-int", b + 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype ? [torchtidy-debug-shape]
}

// div of integral operands is true division: the default Float.
void divisionOfInts() {
  auto l = torch::randint(1, 5, {3});
  auto i = torch::randint(1, 5, {3}, torch::kInt);
  torch_tidy_show("div-long-long", l.div(l));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("div-int-scalar", torch::div(i, 2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
}

// ===== in-place arithmetic ===================================================

// add_ / sub_ / mul_ / div_ and += -= *= /= give the tensor itself; the
// other operand broadcasts to it.
void inPlaceArithmetic() {
  auto x = torch::randn({2, 3});
  auto row = torch::randn({3});
  torch_tidy_show("add-inplace", x.add_(row));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("sub-inplace", x.sub_(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mul-inplace", x.mul_(torch::randint(0, 2, {2, 1})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("div-inplace", x.div_(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("plus-assign", x += row);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("minus-assign", x -= 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("times-assign", x *= 2);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("divide-assign", x /= row);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  auto n = torch::randint(0, 5, {3});
  torch_tidy_show("long-plus-assign", n += 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
}

// ===== pow / maximum / minimum / remainder ===================================

// pow broadcasts and promotes like add: a Long tensor to an integer power
// stays Long, to a floating power gives Float.
void powers() {
  auto x = torch::randn({2, 3});
  auto l = torch::randint(0, 5, {3});
  torch_tidy_show("pow", x.pow(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("pow-tensor", torch::pow(x, torch::randn({3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("pow-long", l.pow(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("pow-long-half", l.pow(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("pow-long-float", torch::pow(l, x));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("pow-inplace", x.pow_(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// FALSE NEGATIVE: pow(Scalar, Tensor) is [3] Long for 2 and [3] Float for
// 2.5; the engine follows only a tensor first argument.
void scalarPow() {
  auto l = torch::randint(0, 5, {3});
  torch_tidy_show("scalar-pow", torch::pow(2, l));
  torch_tidy_show("scalar-pow-float", torch::pow(2.5, l));
}

// Not inferred: sizes that do not broadcast.
void powBad() {
  torch_tidy_show("pow-bad", torch::randn({2, 3}).pow(torch::randn({2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// maximum / minimum broadcast and promote.
void maxMin() {
  auto a = torch::randn({4, 1});
  auto b = torch::randn({3});
  torch_tidy_show("maximum", a.maximum(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-minimum", torch::minimum(a, b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("maximum-long-float", torch::randint(0, 3, {3}).maximum(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("minimum-long", torch::minimum(torch::randint(0, 3, {2, 1}),
                                                 torch::randint(0, 3, {3})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3] dtype Long [torchtidy-debug-shape]
}

// Not inferred: sizes that do not broadcast.
void maximumBad() {
  torch_tidy_show("maximum-bad",
                  torch::maximum(torch::randn({2}), torch::randn({3})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// remainder broadcasts and promotes; integral stays integral.
void remainders() {
  auto x = torch::randn({2, 3});
  auto l = torch::randint(0, 9, {3});
  torch_tidy_show("remainder", x.remainder(2));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("remainder-long", l.remainder(3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("remainder-long-float", torch::remainder(l, 2.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("remainder-tensor", torch::remainder(x, l));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("remainder-inplace", x.remainder_(1.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// FALSE NEGATIVE: l % 2 is [3] Long; the engine does not follow operator%.
void remainderOperator() {
  auto l = torch::randint(0, 9, {3});
  torch_tidy_show("operator-percent", l % 2);
}

// Not inferred: sizes that do not broadcast.
void remainderBad() {
  torch_tidy_show("remainder-bad",
                  torch::randn({2, 3}).remainder(torch::randn({2})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== where =================================================================

// The condition and both values broadcast; the values promote (a Long and a
// Float value give Float).
// FALSE NEGATIVE: torch::where's dtype (Float, Float, Float, Long here); the
// engine joins it with the Bool condition.
void wheres() {
  auto cond = torch::rand({2, 1}).gt(0.5);
  auto x = torch::randn({3});
  auto y = torch::randn({2, 3});
  torch_tidy_show("where-method", x.where(cond, y));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("where", torch::where(cond, x, y));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("where-scalar", torch::where(cond, x, 0.0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("where-long-float",
                  torch::where(cond, torch::randint(0, 3, {3}), y));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3] dtype ? [torchtidy-debug-shape]
  torch_tidy_show("where-long-long",
                  torch::where(cond, torch::randint(0, 3, {3}),
                               torch::randint(0, 3, {2, 1})));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [2, 3] dtype ? [torchtidy-debug-shape]
}

// Not inferred: a condition that does not broadcast.
void whereBad() {
  auto cond = torch::ones({4}, torch::kBool);
  torch_tidy_show("where-bad",
                  torch::where(cond, torch::randn({3}), torch::randn({3})));
}

// ===== eq / ne / lt / le / gt / ge ===========================================

// Broadcast, Bool, whatever the operands' dtypes; a Scalar keeps the sizes.
void comparisons() {
  auto a = torch::randn({2, 1});
  auto b = torch::randn({3});
  torch_tidy_show("eq", a.eq(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("torch-ne", torch::ne(a, b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("lt-scalar", a.lt(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("le", torch::le(b, 0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("gt", a.gt(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("ge-long", torch::randint(0, 3, {4}).ge(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Bool [torchtidy-debug-shape]
  torch_tidy_show("eq-long-float", torch::randint(0, 3, {3}).eq(b));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Bool [torchtidy-debug-shape]
}

// FALSE NEGATIVE: a < b and b >= a are [2, 3] Bool, a == 0 is [2, 1] Bool;
// the engine does not follow the comparison operators.
void comparisonOperators() {
  auto a = torch::randn({2, 1});
  auto b = torch::randn({3});
  torch_tidy_show("operator-less", a < b);
  torch_tidy_show("operator-equal", a == 0);
  torch_tidy_show("operator-greater-equal", b >= a);
}

// Not inferred: sizes that do not broadcast (the dtype is still Bool), or
// an unknown operand.
void comparisonBad() {
  torch_tidy_show("eq-bad", torch::randn({2}).eq(torch::randn({3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Bool [torchtidy-debug-shape]
}
void comparisonOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("gt-unknown", u.gt(0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Bool [torchtidy-debug-shape]
}

// ===== matmul / mm / bmm =====================================================

// matmul: 1-d . 1-d is 0-d, 2-d . 1-d drops the last dim, 1-d . 2-d the
// first; batch dims broadcast ([2, 1] with [5] is [2, 5]).
void matmuls() {
  auto v = torch::randn({3});
  auto m = torch::randn({4, 3});
  torch_tidy_show("matmul-dot", v.matmul(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-mv", m.matmul(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-vm", torch::matmul(torch::randn({4}), m));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-mm", torch::matmul(m, torch::randn({3, 5})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-batched",
                  torch::randn({2, 1, 3, 4}).matmul(torch::randn({5, 4, 6})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 5, 3, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-batch-vector", torch::randn({7, 4, 3}).matmul(v));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [7, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-vector-batch", v.matmul(torch::randn({7, 3, 2})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [7, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("matmul-double",
                  torch::randn({2, 3}, torch::kDouble)
                      .matmul(torch::randn({3}, torch::kDouble)));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [2] dtype Double [torchtidy-debug-shape]
}

// Not inferred: inner sizes that differ ("size mismatch"), batch dims that
// do not broadcast, a 0-d operand ("both arguments to matmul need to be at
// least 1D").
void matmulBad() {
  torch_tidy_show("matmul-bad", torch::randn({4, 3}).matmul(torch::randn({4})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void matmulBadBatch() {
  torch_tidy_show("matmul-bad-batch",
                  torch::randn({2, 3, 4}).matmul(torch::randn({3, 4, 5})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void matmulZeroDim() {
  torch_tidy_show("matmul-0d", torch::randn({3}).matmul(torch::tensor(2.0)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// mm of two matrices, bmm of two batches of the same count; an integral
// product stays integral.
void mms() {
  auto a = torch::randn({2, 3});
  torch_tidy_show("mm", a.mm(torch::randn({3, 5})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-mm", torch::mm(a, torch::randn({3, 1})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("mm-long",
                  torch::randint(0, 3, {2, 3}).mm(torch::randint(0, 3, {3, 2})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 2] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("bmm", torch::randn({4, 2, 3}).bmm(torch::randn({4, 3, 5})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4, 2, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("torch-bmm",
                  torch::bmm(torch::randn({1, 2, 3}), torch::randn({1, 3, 3})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 2, 3] dtype Float [torchtidy-debug-shape]
}

// Not inferred: inner sizes that differ ("mat1 and mat2 shapes cannot be
// multiplied"), an operand of mm that is not a matrix, bmm batch counts
// that differ, an operand of bmm that is not 3-d, an unknown operand.
void mmBad() {
  torch_tidy_show("mm-bad", torch::randn({2, 3}).mm(torch::randn({2, 3})));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void mmNot2d() {
  torch_tidy_show("mm-3d",
                  torch::mm(torch::randn({1, 2, 3}), torch::randn({3, 2})));
}
void bmmBadBatch() {
  torch_tidy_show("bmm-bad-batch",
                  torch::randn({4, 2, 3}).bmm(torch::randn({2, 3, 5})));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void bmmNot3d() {
  torch_tidy_show("bmm-2d", torch::bmm(torch::randn({2, 3}), torch::randn({3, 2})));
}
void productsOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("matmul-unknown", torch::randn({2, 3}).matmul(u));
  torch_tidy_show("mm-unknown", u.mm(torch::randn({3, 4})));
}

// ===== pooling functions (torch::) ===========================================

// (size + 2 * padding - dilation * (kernel - 1) - 1) / stride + 1, the
// stride defaulting to the kernel; the unbatched form has no batch dim;
// adaptive pooling gives the output size asked for.
void poolingAten() {
  torch_tidy_show("max-pool1d", torch::max_pool1d(torch::randn({2, 3, 10}), {2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 5] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-pool2d",
                  torch::max_pool2d(torch::randn({1, 3, 8, 8}), {2, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-pool2d-stride-pad",
                  torch::max_pool2d(torch::randn({1, 3, 7, 7}), {3, 3}, {2, 2},
                                    {1, 1}));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [1, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-pool2d-unbatched",
                  torch::max_pool2d(torch::randn({3, 9, 6}), {3, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [3, 3, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-pool3d",
                  torch::max_pool3d(torch::randn({1, 2, 4, 6, 8}), {2, 2, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 2, 2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("avg-pool1d", torch::avg_pool1d(torch::randn({2, 3, 9}), {2}));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("avg-pool2d",
                  torch::avg_pool2d(torch::randn({1, 3, 8, 9}), {2, 3}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 4, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("avg-pool2d-stride",
                  torch::avg_pool2d(torch::randn({1, 3, 8, 8}), {3, 3}, {1, 1}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 6, 6] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("avg-pool3d",
                  torch::avg_pool3d(torch::randn({2, 1, 4, 4, 4}), {2, 2, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 1, 2, 2, 2] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("adaptive-avg-pool1d",
                  torch::adaptive_avg_pool1d(torch::randn({2, 3, 9}), {4}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("adaptive-avg-pool2d",
                  torch::adaptive_avg_pool2d(torch::randn({1, 3, 8, 8}), {1, 1}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 1, 1] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("adaptive-avg-pool3d",
                  torch::adaptive_avg_pool3d(torch::randn({1, 2, 4, 6, 8}),
                                             {2, 3, 4}));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [1, 2, 2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("max-pool2d-double",
                  torch::max_pool2d(torch::randn({1, 1, 4, 4}, torch::kDouble),
                                    {2, 2}));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [1, 1, 2, 2] dtype Double [torchtidy-debug-shape]
}

// avg_pool2d of a Long tensor is Long on the CPU (max_pool2d is not
// implemented for it).
void avgPoolLong() {
  torch_tidy_show("avg-pool2d-long",
                  torch::avg_pool2d(torch::randint(0, 9, {1, 1, 4, 4}), {2, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 1, 2, 2] dtype Long [torchtidy-debug-shape]
}

// Not inferred: a kernel larger than the input ("Output size is too
// small"), an input of the wrong rank, an unknown input.
void maxPoolTooSmall() {
  torch_tidy_show("max-pool2d-too-small",
                  torch::max_pool2d(torch::randn({1, 3, 2, 2}), {3, 3}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void maxPoolWrongRank() {
  torch_tidy_show("max-pool2d-2d-input",
                  torch::max_pool2d(torch::randn({8, 8}), {2, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void adaptivePoolWrongRank() {
  torch_tidy_show("adaptive-avg-pool2d-2d-input",
                  torch::adaptive_avg_pool2d(torch::randn({8, 8}), {2, 2}));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void poolingOfUnknown(const torch::Tensor &u) {
  torch_tidy_show("max-pool2d-unknown", torch::max_pool2d(u, {2, 2}));
}

// ===== pooling functions (torch::nn::functional) =============================

// The same sizes from the FuncOptions.
void poolingFunctional() {
  auto x = torch::randn({1, 3, 8, 8});
  torch_tidy_show("F-max-pool1d", F::max_pool1d(torch::randn({2, 3, 10}),
                                                F::MaxPool1dFuncOptions(3)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-max-pool2d", F::max_pool2d(x, F::MaxPool2dFuncOptions(2)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [1, 3, 4, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-max-pool2d-stride",
                  F::max_pool2d(x, F::MaxPool2dFuncOptions(3).stride(1).padding(1)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 8, 8] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-max-pool3d", F::max_pool3d(torch::randn({1, 2, 4, 6, 8}),
                                                F::MaxPool3dFuncOptions(2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 2, 2, 3, 4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-avg-pool1d", F::avg_pool1d(torch::randn({2, 3, 9}),
                                                F::AvgPool1dFuncOptions(3)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [2, 3, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-avg-pool2d",
                  F::avg_pool2d(x, F::AvgPool2dFuncOptions(3).stride(2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 3, 3, 3] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-avg-pool3d", F::avg_pool3d(torch::randn({1, 2, 4, 4, 4}),
                                                F::AvgPool3dFuncOptions(2)));
  // CHECK-MESSAGES: :[[@LINE-2]]:3: warning: shape [1, 2, 2, 2, 2] dtype Float [torchtidy-debug-shape]
}

// FALSE NEGATIVE: LibTorch gives [2, 3, 3], [1, 3, 2, 4] and
// [1, 2, 1, 1, 1]; the engine does not read the output size from the
// adaptive FuncOptions.
void adaptivePoolingFunctional() {
  torch_tidy_show("F-adaptive-avg-pool1d",
                  F::adaptive_avg_pool1d(torch::randn({2, 3, 9}),
                                         F::AdaptiveAvgPool1dFuncOptions(3)));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [2, 3, ?] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-adaptive-avg-pool2d",
                  F::adaptive_avg_pool2d(torch::randn({1, 3, 8, 8}),
                                         F::AdaptiveAvgPool2dFuncOptions({2, 4})));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [1, 3, ?, ?] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("F-adaptive-avg-pool3d",
                  F::adaptive_avg_pool3d(torch::randn({1, 2, 4, 6, 8}),
                                         F::AdaptiveAvgPool3dFuncOptions(1)));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [1, 2, ?, ?, ?] dtype Float [torchtidy-debug-shape]
}

// Not inferred: an input of the wrong rank ("Expected 2 to 3 dimensions"),
// a kernel larger than the input.
void functionalPoolWrongRank() {
  torch_tidy_show("F-avg-pool1d-4d-input",
                  F::avg_pool1d(torch::randn({1, 2, 3, 9}),
                                F::AvgPool1dFuncOptions(3)));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}
void functionalPoolTooSmall() {
  torch_tidy_show("F-max-pool2d-too-small",
                  F::max_pool2d(torch::randn({1, 1, 3, 3}),
                                F::MaxPool2dFuncOptions(4)));
  // CHECK-MESSAGES: :[[@LINE-3]]:3: warning: shape [...] dtype Float [torchtidy-debug-shape]
}

// ===== Promotions and arguments that change the dtype ========================

// A floating bound promotes an integral tensor; integer bounds keep it.
void clampPromotes() {
  auto n = torch::randint(0, 5, {4});
  torch_tidy_show("clamp-float-bound", n.clamp(0.5));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("clamp-int-bounds", n.clamp(0, 3));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
}

// softmax / log_softmax take the dtype argument; an options struct may set
// one, which is not followed (the dtype is unknown).
void softmaxDTypeFromArgument() {
  namespace F = torch::nn::functional;
  auto x = torch::randn({2, 3});
  torch_tidy_show("softmax-double", x.softmax(1, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("log-softmax-double", torch::log_softmax(x, 1, torch::kDouble));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Double [torchtidy-debug-shape]
  torch_tidy_show("F-softmax-options", F::softmax(x, F::SoftmaxFuncOptions(1).dtype(torch::kDouble)));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype ? [torchtidy-debug-shape]
}

// Out-of-place masked_fill broadcasts self against the mask.
void maskedFillBroadcasts() {
  auto row = torch::randn({3});
  torch_tidy_show("masked-fill-broadcast", row.masked_fill(torch::ones({2, 3}, torch::kBool), 0));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [2, 3] dtype Float [torchtidy-debug-shape]
}

// `/` is true division: Long / Long is Float. A rounding mode keeps the
// integral type. Two Bool tensors cannot be subtracted.
void divisionOperators() {
  auto l = torch::randint(0, 5, {4});
  torch_tidy_show("slash-long", l / l);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Float [torchtidy-debug-shape]
  torch_tidy_show("minus-long", l - l);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
  torch_tidy_show("div-floor", l.div(l, "floor"));
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: shape [4] dtype Long [torchtidy-debug-shape]
}
void boolSubtraction() {
  auto b = torch::ones({3}, torch::kBool);
  torch_tidy_show("bool-minus-bool", b - b);
}
