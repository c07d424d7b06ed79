// Annotated shapes are facts for the loss checks, like inferred ones: at
// annotated parameters, variables, fields, globals and references, and at
// calls of annotated functions, in every placement of the annotation.
// [B, 10] with [B, 1] is certainly multi-target: the batch sizes are one
// name, and 10 != 1 excludes the class-probability path.
// RUN: %check_torch_tidy %s torch-loss-target-rank %t -- -- %mirror_flags -I%annotation_include

#include <torch/torch.h>
#include <torch_tidy/shape.h>

namespace F = torch::nn::functional;

torch::Tensor loadLabels();
torch::Tensor runModel();

// ===== Parameters ============================================================

// A block comment after each parameter.
void afterEachParameter(const torch::Tensor &logits /* shape: [B, 10] */, const torch::Tensor &labels /* shape: [B, 1] */) {
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A line comment that ends the parameter's line, after its ',' or ')'.
void endOfLine(const torch::Tensor &logits, // shape: [B, 10]
               const torch::Tensor &labels) // shape: [B, 1]
{
  torch::nn::CrossEntropyLoss criterion;
  criterion(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: target of shape [B, 1] does not fit input [B, 10] of 'CrossEntropyLoss': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: criterion(logits, labels.squeeze(1));
}

// A comment alone on the line above a parameter that starts its line.
void lineAbove(
    // shape: [B, 10]
    const torch::Tensor &logits,
    // shape: [B, 1]
    const torch::Tensor &labels) {
  torch::cross_entropy_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::cross_entropy_loss': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: torch::cross_entropy_loss(logits, labels.squeeze(1));
}

// A block comment right before a parameter.
void blockBefore(/* shape: [B, 10] */ torch::Tensor logits, /* shape: [B, 1] */ torch::Tensor labels) {
  F::nll_loss(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::nll_loss': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::nll_loss(logits, labels.squeeze(1));
}

// The attribute form.
void attribute(TORCH_TIDY_SHAPE("[B, 10]") const torch::Tensor &logits,
               TORCH_TIDY_SHAPE("[B, 1] long") const torch::Tensor &labels) {
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// The annotation of an earlier declaration (a header's prototype) holds for
// the definition.
void declaredEarlier(const torch::Tensor &logits /* shape: [B, 10] */,
                     const torch::Tensor &labels /* shape: [B, 1] */);
void declaredEarlier(const torch::Tensor &logits, const torch::Tensor &labels) {
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A parameter changed by an in-place op: the annotation was a fact at entry.
void inPlaceAfterEntry(torch::Tensor labels /* shape: [B] */) {
  labels.unsqueeze_(1);
  auto logits = runModel(); // shape: [B, 10]
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// No warning: C may be 1, and then the target has the input's sizes (the
// class-probability path).
void unknownClassCount(const torch::Tensor &logits /* shape: [B, C] */, const torch::Tensor &labels /* shape: [B, 1] */) {
  F::cross_entropy(logits, labels);
}

// No warning: two names are two sizes that may differ (LibTorch then throws
// a batch-size error, not this one).
void differentNames(const torch::Tensor &logits /* shape: [B, 10] */, const torch::Tensor &labels /* shape: [N, 1] */) {
  F::cross_entropy(logits, labels);
}

// No warning: a variadic dim gives an unknown rank.
void variadic(const torch::Tensor &logits /* shape: [*batch, 10] */, const torch::Tensor &labels /* shape: [*batch, 1] */) {
  F::cross_entropy(logits, labels);
}

// No warning: prose that mentions a shape is not an annotation, nor is a
// comment above a parameter that does not start its line.
void notAnnotations(const torch::Tensor &logits /* the logits, shape: [B, 10] */,
                    // shape: [B, 1]
                    const torch::Tensor &a, const torch::Tensor &labels) {
  F::cross_entropy(logits, labels);
}

// No warning: a malformed annotation says nothing (torch-shape-annotation
// reports it).
void malformed(const torch::Tensor &logits /* shape: [B, 10 */, const torch::Tensor &labels /* shape: [B, 1] */) {
  F::cross_entropy(logits, labels);
}

// ===== Variables =============================================================

// What inference cannot see (another function's result) is annotated.
void unknownInitializers() {
  auto logits = runModel(); // shape: [B, 10]
  // shape: [B, 1]
  auto labels = loadLabels();
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A variable's annotation holds after each assignment, on every path.
void assignedLater(bool useCache) {
  auto logits = runModel(); // shape: [B, 10]
  torch::Tensor labels; // shape: [B, 1]
  if (useCache)
    labels = loadLabels();
  else
    labels = loadLabels().clone();
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// The annotation fills in the sizes inference does not know: [?, 1] and
// [B, 1] make [B, 1].
void annotationFillsIn() {
  auto logits = runModel(); // shape: [B, 10]
  auto labels = loadLabels().view({-1, 1}); // shape: [B, 1]
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// A reference is not followed by the dataflow; its annotation holds
// wherever it is read.
void reference(const torch::Tensor &logits /* shape: [B, 10] */) {
  const torch::Tensor &labels = loadLabels(); // shape: [B, 1]
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// The attribute form on a variable.
void attributeOnVariable() {
  TORCH_TIDY_SHAPE("[B, 10]") torch::Tensor logits = runModel();
  torch::Tensor labels TORCH_TIDY_SHAPE("[B, 1]") = loadLabels();
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
}

// An annotated global holds wherever it is read.
torch::Tensor gLabels; // shape: [8, 1]
void global() {
  F::cross_entropy(torch::randn({8, 10}), gLabels);
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(torch::randn({8, 10}), gLabels.squeeze(1));
}

// No warning: what the program computes wins over a contradicting
// annotation ([8] fits; torch-shape-annotation reports the annotation).
void inferredWins() {
  auto logits = torch::randn({8, 10});
  auto labels = torch::randint(0, 10, {8}); // shape: [8, 1]
  F::cross_entropy(logits, labels);
}

// No warning: the annotation of one variable is not another's.
void otherVariable() {
  auto logits = runModel(); // shape: [B, 10]
  auto labels = loadLabels(); // shape: [B]
  auto other = loadLabels();
  F::cross_entropy(logits, labels);
  F::cross_entropy(logits, other);
}

// ===== Fields ================================================================

struct Batch {
  torch::Tensor data;   // shape: [B, 10]
  torch::Tensor target; // shape: [B, 1]
};

// The names of a field's annotation are one size per object.
void fieldsOfOneObject(const Batch &batch) {
  F::cross_entropy(batch.data, batch.target);
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(batch.data, batch.target.squeeze(1));
}

// Through a range-for variable, and copied into a local.
void fieldsInALoop(const std::vector<Batch> &batches) {
  for (const Batch &batch : batches) {
    torch::Tensor labels = batch.target;
    F::cross_entropy(batch.data, labels);
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
    // CHECK-FIXES: F::cross_entropy(batch.data, labels.squeeze(1));
  }
}

// Through `this`, and the attribute form on a field.
struct Trainer {
  TORCH_TIDY_SHAPE("[B, 10]") torch::Tensor logits_;
  torch::Tensor labels_; // shape: [B, 1]
  torch::nn::CrossEntropyLoss criterion_;

  void step() {
    criterion_(logits_, this->labels_);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: target of shape [B, 1] does not fit input [B, 10] of 'CrossEntropyLoss': class indices of shape [B] expected [torch-loss-target-rank]
    // CHECK-FIXES: criterion_(logits_, this->labels_.squeeze(1));
  }

  // FALSE NEGATIVE: a field's names are its object's, not the method's: the
  // B of labels_ and the B of logits may differ.
  void stepWith(const torch::Tensor &logits /* shape: [B, 10] */) {
    criterion_(logits, labels_);
  }
};

// No warning: two objects have their own batch sizes.
void fieldsOfTwoObjects(const Batch &a, const Batch &b) {
  F::cross_entropy(a.data, b.target);
}

// ===== Results of annotated functions ========================================

// returns shape: [N, 1]
torch::Tensor columnLabels(const torch::Tensor &logits /* shape: [N, C] */);

// Names bind from the arguments: N is 8 at this call.
void resultNamesFromArguments() {
  auto logits = torch::randn({8, 10});
  auto labels = columnLabels(logits);
  F::cross_entropy(logits, labels);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, labels.squeeze(1));
  F::cross_entropy(logits, columnLabels(logits));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, columnLabels(logits).squeeze(1));
}

// The names bound at a call are the caller's: B here.
void resultNamesFromCallerNames(const torch::Tensor &logits /* shape: [B, 10] */) {
  F::cross_entropy(logits, columnLabels(logits));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [B, 1] does not fit input [B, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [B] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, columnLabels(logits).squeeze(1));
}

// The attribute form, and a variadic name bound at the call.
TORCH_TIDY_SHAPE("[*batch, 1]") torch::Tensor keepLastDim(TORCH_TIDY_SHAPE("[*batch, C]") const torch::Tensor &x);
void variadicResult() {
  auto logits = torch::randn({8, 10});
  F::cross_entropy(logits, keepLastDim(logits));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(logits, keepLastDim(logits).squeeze(1));
}

// A method's result.
struct Loader {
  // returns shape: [B, 1]
  torch::Tensor labelsFor(const torch::Tensor &images /* shape: [B, 3, H, W] */) const;
};
void methodResult(const Loader &loader) {
  auto images = torch::randn({8, 3, 32, 32});
  F::cross_entropy(torch::randn({8, 10}), loader.labelsFor(images));
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: target of shape [8, 1] does not fit input [8, 10] of 'torch::nn::functional::cross_entropy': class indices of shape [8] expected [torch-loss-target-rank]
  // CHECK-FIXES: F::cross_entropy(torch::randn({8, 10}), loader.labelsFor(images).squeeze(1));
}

// No warning: N is bound by no argument, so each call has its own N.
// returns shape: [N, 1]
torch::Tensor freshLabels(int n);
void unboundResultName() {
  F::cross_entropy(torch::randn({8, 10}), freshLabels(8));
}
