// Malformed annotations: one warning each, quoting the annotation and
// pointing at the column of the error, in every placement and form. Other
// comments, and annotations of declarations that are not tensors, are
// silent.
// RUN: %check_torch_tidy %s torch-shape-annotation %t -- -- %mirror_flags -I%annotation_include

#include <torch/torch.h>
#include <torch_tidy/shape.h>

// ===== Each error of the grammar =============================================

void grammar() {
  torch::Tensor unterminated; // shape: [B, C
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: malformed shape annotation '[B, C': missing ']' at the end of the shape [torch-shape-annotation]
  torch::Tensor noBracket; // shape: B, C
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: malformed shape annotation 'B, C': expected '[' to start the shape [torch-shape-annotation]
  torch::Tensor empty; // shape:
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: malformed shape annotation '': expected '[' to start the shape [torch-shape-annotation]
  torch::Tensor missingComma; // shape: [B C]
  // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: malformed shape annotation '[B C]': expected ',' or ']' after a dim [torch-shape-annotation]
  torch::Tensor emptyDim; // shape: [B,, C]
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: malformed shape annotation '[B,, C]': expected a size, a name, '_', '*name' or '...' [torch-shape-annotation]
  torch::Tensor negative; // shape: [B, -1]
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: malformed shape annotation '[B, -1]': a size cannot be negative [torch-shape-annotation]
  torch::Tensor huge; // shape: [99999999999999999999]
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: malformed shape annotation '[99999999999999999999]': size is too large [torch-shape-annotation]
  torch::Tensor twoVariadic; // shape: [*batch, C, ...]
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: malformed shape annotation '[*batch, C, ...]': only one dim may be variadic ('*name' or '...') [torch-shape-annotation]
  torch::Tensor starAlone; // shape: [*, C]
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: malformed shape annotation '[*, C]': expected a name after '*' [torch-shape-annotation]
  torch::Tensor twoDots; // shape: [.., C]
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: malformed shape annotation '[.., C]': expected '...' [torch-shape-annotation]
  torch::Tensor typo; // shape: [B] flaot
  // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: malformed shape annotation '[B] flaot': unknown dtype 'flaot' (long, int, float, double, half, bfloat16, bool or uint8) [torch-shape-annotation]
  torch::Tensor scalarType; // shape: [B] torch::kLong
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: malformed shape annotation '[B] torch::kLong': unknown dtype 'torch::kLong'; did you mean 'long'? [torch-shape-annotation]
  torch::Tensor prose; // shape: [B, C] the logits
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: malformed shape annotation '[B, C] the logits': unknown dtype 'the' (long, int, float, double, half, bfloat16, bool or uint8) [torch-shape-annotation]
  torch::Tensor twoShapes; // shape: [B] [C]
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: malformed shape annotation '[B] [C]': unexpected text after the shape (a ';' may separate a comment) [torch-shape-annotation]
}

// ===== Every placement =======================================================

// Parameters: after, after the ',' or ')', before, on the line above, and
// the attribute (the column is the string's).
void parameters(const torch::Tensor &a /* shape: [B C] */,
                // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: malformed shape annotation '[B C]': expected ',' or ']' after a dim [torch-shape-annotation]
                const torch::Tensor &b, // shape: [B
                // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: malformed shape annotation '[B': missing ']' at the end of the shape [torch-shape-annotation]
                /* shape: (B) */ const torch::Tensor &c,
                // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: malformed shape annotation '(B)': expected '[' to start the shape [torch-shape-annotation]
                // shape: [B] lnog
                const torch::Tensor &d,
                // CHECK-MESSAGES: :[[@LINE-2]]:31: warning: malformed shape annotation '[B] lnog': unknown dtype 'lnog' (long, int, float, double, half, bfloat16, bool or uint8) [torch-shape-annotation]
                TORCH_TIDY_SHAPE("[B, , C]") const torch::Tensor &e) {}
// CHECK-MESSAGES: :[[@LINE-1]]:39: warning: malformed shape annotation '[B, , C]': expected a size, a name, '_', '*name' or '...' [torch-shape-annotation]

// A result.
// returns shape: [N, C
torch::Tensor result();
// CHECK-MESSAGES: :[[@LINE-2]]:24: warning: malformed shape annotation '[N, C': missing ']' at the end of the shape [torch-shape-annotation]
// returns shape: [N, C D]
[[nodiscard]] static inline torch::Tensor withAttributes();
// CHECK-MESSAGES: :[[@LINE-2]]:25: warning: malformed shape annotation '[N, C D]': expected ',' or ']' after a dim [torch-shape-annotation]
// returns shape: [N
auto trailingReturn() -> torch::Tensor;
// CHECK-MESSAGES: :[[@LINE-2]]:21: warning: malformed shape annotation '[N': missing ']' at the end of the shape [torch-shape-annotation]
struct Model {
  // returns shape: [B, 10) float
  virtual torch::Tensor forward(const torch::Tensor &x) const;
  // CHECK-MESSAGES: :[[@LINE-2]]:27: warning: malformed shape annotation '[B, 10) float': expected ',' or ']' after a dim [torch-shape-annotation]
};
TORCH_TIDY_SHAPE("[N]]") torch::Tensor attributeResult();
// CHECK-MESSAGES: :[[@LINE-1]]:22: warning: malformed shape annotation '[N]]': unexpected text after the shape (a ';' may separate a comment) [torch-shape-annotation]

// Fields, a global, and comment styles.
struct Batch {
  torch::Tensor data; ///< shape: [B, C,]
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: malformed shape annotation '[B, C,]': expected a size, a name, '_', '*name' or '...' [torch-shape-annotation]
  /** shape: [B] Long */
  torch::Tensor target;
  // CHECK-MESSAGES: :[[@LINE-2]]:18: warning: malformed shape annotation '[B] Long': unknown dtype 'Long'; did you mean 'long'? [torch-shape-annotation]
  torch::Tensor weights TORCH_TIDY_SHAPE("B");
  // CHECK-MESSAGES: :[[@LINE-1]]:43: warning: malformed shape annotation 'B': expected '[' to start the shape [torch-shape-annotation]
};
torch::Tensor gMask; //! shape: [H W]
// CHECK-MESSAGES: :[[@LINE-1]]:36: warning: malformed shape annotation '[H W]': expected ',' or ']' after a dim [torch-shape-annotation]

// One warning for one annotation, however many declarations it annotates
// (a prototype's parameter, its definition's, and the call).
void declaredTwice(const torch::Tensor &x /* shape: [B */);
// CHECK-MESSAGES: :[[@LINE-1]]:55: warning: malformed shape annotation '[B': missing ']' at the end of the shape [torch-shape-annotation]
void declaredTwice(const torch::Tensor &x) { declaredTwice(x); }

// Once in a template, not per instantiation.
template <typename T> struct Holder {
  torch::Tensor value; // shape: [T
  // CHECK-MESSAGES: :[[@LINE-1]]:36: warning: malformed shape annotation '[T': missing ']' at the end of the shape [torch-shape-annotation]
};
template <typename T> void generic() {
  torch::Tensor t; // shape: [N, 
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: malformed shape annotation '[N,': missing ']' at the end of the shape [torch-shape-annotation]
  Holder<T> h;
}
template void generic<int>();
template void generic<float>();

// ===== Text that is hard to quote ============================================

void unusualText() {
  torch::Tensor unicode; // shape: [B, Ç]
  // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: malformed shape annotation '[B, Ç]': expected a size, a name, '_', '*name' or '...' [torch-shape-annotation]
  torch::Tensor fullwidth; // shape: ［B］
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: malformed shape annotation '［B］': expected '[' to start the shape [torch-shape-annotation]
  TORCH_TIDY_SHAPE("[B\x01]") torch::Tensor control;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: malformed shape annotation '[B\x01]': expected ',' or ']' after a dim [torch-shape-annotation]
  torch::Tensor longText; // shape: [B, CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC
  // CHECK-MESSAGES: :[[@LINE-1]]:153: warning: malformed shape annotation '[B, CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC...': missing ']' at the end of the shape [torch-shape-annotation]
}

// ===== Silence ===============================================================

// Comments that do not start with `shape:` or `returns shape:`.
void notAnnotations() {
  torch::Tensor a; // the shape: [B, C
  torch::Tensor b; // Shape: [B, C
  torch::Tensor c; // shapes: [B, C
  torch::Tensor d; // returns shape: [B, C
  // shape: [B, C
  foo:;
}

// Declarations that are not tensors; a function that returns no tensor.
void notTensors() {
  int n; // shape: [B, C
  std::vector<torch::Tensor> list; // shape: [B, C
}
// returns shape: [N, C
void returnsNothing();
// shape: [B, C
torch::Tensor commentAboveAFunctionIsNotAResult();

// A comment that belongs to another declaration on its line, or that does
// not stand alone on the line above.
void otherDeclarations() {
  torch::Tensor a; torch::Tensor b; // shape: [B, C
  // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: malformed shape annotation '[B, C': missing ']' at the end of the shape [torch-shape-annotation]
  int k = 0; // shape: [B, C
  torch::Tensor c;
  (void)k;
}

// Silenced: NOLINT after the annotation's ';'.
void silenced() {
  torch::Tensor a; // shape: [B; NOLINT(torch-shape-annotation)
  torch::Tensor b; // shape: [B]; NOLINT(torch-shape-annotation)
}

// Well-formed annotations.
void wellFormed(const torch::Tensor &a /* shape: [*batch, C] */, const torch::Tensor &b /* shape: [] */) {
  torch::Tensor c; // shape: [B, 1] long; class indices, one per row
  torch::Tensor d; // shape: [..., _, 8] bfloat16
  TORCH_TIDY_SHAPE("[ N , C ]  float64") torch::Tensor e;
}
