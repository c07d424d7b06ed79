//===--- ShapeAnnotations.h - Finding shape annotations in the AST --------===//
//
// Part of torch-tidy. Finds the annotation a declaration carries and parses
// it (core/ShapeAnnotation.h has the grammar). An annotation is written
//
// - as the attribute TORCH_TIDY_SHAPE("[B, C]") of include/torch_tidy/shape.h,
//   which clang sees as [[clang::annotate("torch_tidy.shape", "[B, C]")]];
//   on a function it annotates the result;
// - in a comment, read with the raw lexer from the declaration's lines (clang
//   attaches no ordinary comment to a declaration unless -fparse-all-comments):
//   * a variable or field: `// shape: [...]` after its declaration on the
//     line where it ends (only `;` and the statement's other declarators in
//     between), a block comment right after it, or a comment alone on the
//     line above a declaration that starts its line;
//   * a parameter: a comment right after it, or after its `,` / `)` when
//     the comment ends the line, a block comment right before it, or a
//     comment alone on the line above a parameter that starts its line;
//   * a function's result: `// returns shape: [...]` alone on the line
//     above the function.
//   (A declaration that starts its line may follow C++11 attributes.)
//
// Only tensors are annotated: declarations of another type, and functions
// returning another type, have no annotation. Nor do LibTorch's own
// declarations, nor declarations written by a macro (the attribute aside).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_SHAPEANNOTATIONS_H
#define TORCH_TIDY_ENGINE_SHAPEANNOTATIONS_H

#include "../core/ShapeAnnotation.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <string>

namespace clang::tidy::torch {

/// The annotation of one declaration, parsed.
struct DeclAnnotation {
  /// The annotation's text (`[B, C] float`).
  std::string Text;
  /// The text parsed: a spec, or the first error.
  torchtidy::SpecParse Parse;
  /// Where the text starts (in a comment, or in the attribute's string).
  SourceLocation Begin;
  /// The attribute's string, when written as TORCH_TIDY_SHAPE.
  const StringLiteral *Literal = nullptr;

  bool ok() const { return Parse.ok(); }
  const torchtidy::ShapeSpec &spec() const { return Parse.Spec; }
  /// The location of byte \p Offset of the text.
  SourceLocation locationOf(std::size_t Offset, const ASTContext &Ctx) const;
};

/// Finds and caches the annotations of declarations.
class AnnotationFinder {
public:
  explicit AnnotationFinder(ASTContext &Ctx) : Ctx(Ctx) {}

  /// The annotation of a variable, field or parameter of tensor type, or of
  /// the result of a function returning a tensor (the annotation of this
  /// declaration only; see the two functions below for redeclarations).
  /// Null when it has none.
  const DeclAnnotation *find(const Decl *D);
  /// The annotation of parameter \p I of \p FD, on any of its declarations.
  const DeclAnnotation *findParameter(const FunctionDecl *FD, unsigned I);
  /// The annotation of \p FD's result, on any of its declarations.
  const DeclAnnotation *findResult(const FunctionDecl *FD);

private:
  std::unique_ptr<DeclAnnotation> lookUp(const Decl *D);
  ASTContext &Ctx;
  llvm::DenseMap<const Decl *, std::unique_ptr<DeclAnnotation>> Cache;
};

/// Whether \p D can carry an annotation: a variable, field or parameter of
/// tensor type, or a function returning a tensor, outside LibTorch.
bool isAnnotatable(const Decl *D);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_SHAPEANNOTATIONS_H
