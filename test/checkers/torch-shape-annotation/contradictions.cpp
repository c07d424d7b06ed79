// A tensor that flows into an annotated declaration and certainly
// contradicts its annotation: a wrong rank, a fixed size, a dtype. Checked
// where it flows: a variable's initializer and assignments, the arguments
// of a call, a returned tensor, an assignment to a field or a global.
// Unknown sizes, and sizes that may be equal, are silence.
// RUN: %check_torch_tidy %s torch-shape-annotation %t -- -- %mirror_flags -I%annotation_include

#include <torch/torch.h>
#include <torch_tidy/shape.h>

torch::Tensor load();

// ===== Variables =============================================================

// The initializer, in each placement of the annotation.
void initializers() {
  auto a = torch::randint(0, 5, {8, 1}); // shape: [B]
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: tensor of shape [8, 1] does not match the annotation '[B]' of 'a': rank 1 expected [torch-shape-annotation]
  // shape: [B, 5]
  auto b = torch::randn({8, 4});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: tensor of shape [8, 4] does not match the annotation '[B, 5]' of 'b': size 5 expected at dim 1 [torch-shape-annotation]
  TORCH_TIDY_SHAPE("[B] long") auto c = torch::randn({8});
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: tensor of dtype Float does not match the annotation '[B] long' of 'c': dtype Long expected [torch-shape-annotation]
  torch::Tensor d TORCH_TIDY_SHAPE("[]") = torch::randn({1});
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: tensor of shape [1] does not match the annotation '[]' of 'd': rank 0 expected [torch-shape-annotation]
  const torch::Tensor &e = torch::randn({8, 3}); // shape: [B, C, H, W]
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: tensor of shape [8, 3] does not match the annotation '[B, C, H, W]' of 'e': rank 4 expected [torch-shape-annotation]
}

// Every assignment, after the declaration.
void assignments(bool flip) {
  torch::Tensor labels; // shape: [B] long
  labels = torch::randint(0, 5, {8});
  labels = torch::randint(0, 5, {8, 1});
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: tensor of shape [8, 1] does not match the annotation '[B] long' of 'labels': rank 1 expected [torch-shape-annotation]
  if (flip)
    labels = torch::rand({8});
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: tensor of dtype Float does not match the annotation '[B] long' of 'labels': dtype Long expected [torch-shape-annotation]
}

// Variadic dims: the dims around them count from each end.
void variadic() {
  auto a = torch::randn({7}); // shape: [*batch, C, 3]
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: tensor of shape [7] does not match the annotation '[*batch, C, 3]' of 'a': rank 2 or more expected [torch-shape-annotation]
  auto b = torch::randn({2, 3, 4, 5}); // shape: [N, ..., 5, 4]
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: tensor of shape [2, 3, 4, 5] does not match the annotation '[N, ..., 5, 4]' of 'b': size 5 expected at dim 2 [torch-shape-annotation]
  auto c = torch::randn({5}); // shape: [..., 5]
  auto d = torch::randn({2, 3, 5}); // shape: [*batch, 5]
}

// No warning: what the analysis does not know, or cannot tell apart.
void silence(int n, int m) {
  auto unknown = load(); // shape: [B, 5]
  auto symbolic = torch::randn({n, m}); // shape: [B, 5]
  auto fits = torch::randint(0, 5, {8, 1}); // shape: [B, 1] long
  auto any = torch::randn({8, 3}); // shape: [_, _]
  auto view = load().view({-1, 5}); // shape: [B, 5]
  torch::Tensor undefined; // shape: [B]
}

// No warning: a parameter's annotation is a fact at the call; assigning
// the parameter later is not checked.
void parameterReassigned(torch::Tensor x /* shape: [B] */) {
  x = torch::randn({8, 8});
}

// ===== Arguments =============================================================

void train(const torch::Tensor &logits /* shape: [B, C] */,
           const torch::Tensor &labels /* shape: [B] long */);

void arguments() {
  auto logits = torch::randn({8, 5});
  train(logits, torch::randint(0, 5, {8, 1}));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: argument of shape [8, 1] does not match the annotation '[B] long' of parameter 'labels' of 'train': rank 1 expected [torch-shape-annotation]
  train(logits, torch::rand({8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: argument of dtype Float does not match the annotation '[B] long' of parameter 'labels' of 'train': dtype Long expected [torch-shape-annotation]
  train(logits.view({-1}), torch::randint(0, 5, {8}));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: argument of shape [40] does not match the annotation '[B, C]' of parameter 'logits' of 'train': rank 2 expected [torch-shape-annotation]
  train(logits, torch::randint(0, 5, {8}));
  train(load(), load());
}

// Methods, operators and an annotation on an earlier declaration.
struct Model {
  torch::Tensor forward(TORCH_TIDY_SHAPE("[B, 784]") const torch::Tensor &images);
  torch::Tensor operator()(const torch::Tensor &images /* shape: [B, 1, 28, 28] */);
};
void methods(Model &model) {
  model.forward(torch::randn({8, 28, 28}));
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: argument of shape [8, 28, 28] does not match the annotation '[B, 784]' of parameter 'images' of 'forward': rank 2 expected [torch-shape-annotation]
  model(torch::randn({8, 3, 28, 28}));
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: argument of shape [8, 3, 28, 28] does not match the annotation '[B, 1, 28, 28]' of parameter 'images' of 'operator()': size 1 expected at dim 1 [torch-shape-annotation]
  model.forward(torch::randn({8, 784}));
}

// ===== Results ===============================================================

// returns shape: [B]
torch::Tensor rowSums(const torch::Tensor &x /* shape: [B, C] */) {
  if (x.dim() == 0)
    return x;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: returned tensor of shape [B, C] does not match the annotation '[B]' of the result of 'rowSums': rank 1 expected [torch-shape-annotation]
  auto flat = x.view({-1});
  return flat.unsqueeze(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned tensor of shape [B*C, 1] does not match the annotation '[B]' of the result of 'rowSums': rank 1 expected [torch-shape-annotation]
}

// The attribute form, on a definition whose prototype has none.
TORCH_TIDY_SHAPE("[N, 10]") torch::Tensor scores(int n);
torch::Tensor scores(int n) {
  return torch::randn({n, 5});
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: returned tensor of shape [n, 5] does not match the annotation '[N, 10]' of the result of 'scores': size 10 expected at dim 1 [torch-shape-annotation]
}

// No warning: N is not known to be anything.
// returns shape: [N, 1]
torch::Tensor column(int n) { return torch::randn({n, 1}); }

// ===== Fields and globals ====================================================

struct Batch {
  torch::Tensor data;   // shape: [B, C] float
  torch::Tensor target; // shape: [B] long
  void reset() {
    target = torch::randint(0, 5, {8, 1});
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: tensor of shape [8, 1] does not match the annotation '[B] long' of field 'target': rank 1 expected [torch-shape-annotation]
    this->data = torch::randint(0, 5, {8, 5});
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: tensor of dtype Long does not match the annotation '[B, C] float' of field 'data': dtype Float expected [torch-shape-annotation]
  }
};

void fields(Batch &batch) {
  batch.target = torch::randint(0, 5, {8}).unsqueeze(1);
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: tensor of shape [8, 1] does not match the annotation '[B] long' of field 'target': rank 1 expected [torch-shape-annotation]
  batch.data = torch::randn({8, 5});
}

torch::Tensor gWeights; // shape: [10]
void globals() {
  gWeights = torch::ones({11});
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: tensor of shape [11] does not match the annotation '[10]' of 'gWeights': size 10 expected at dim 0 [torch-shape-annotation]
}

// ===== Lambdas ===============================================================

// A lambda is a function of its own.
void lambdas() {
  auto make = []() {
    auto y = torch::randn({8, 2}); // shape: [B]
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: tensor of shape [8, 2] does not match the annotation '[B]' of 'y': rank 1 expected [torch-shape-annotation]
    return y;
  };
  make();
}

// ===== Templates =============================================================

// FALSE NEGATIVE: the shape engine does not analyze templates (neither the
// written code, whose types may be dependent, nor each instantiation).
template <typename T> void generic(T scale) {
  auto y = torch::randn({8, 2}); // shape: [B]
}
template void generic<int>(int);
