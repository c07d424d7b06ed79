//===--- AnnotationFlowSites.h - Where tensors flow into annotations ------===//
//
// Part of torch-tidy. The places in a function body where a tensor flows
// into an annotated declaration: an annotated local initialized or
// assigned, an annotated field or global assigned, a value returned by a
// function with an annotated result, an argument for an annotated
// parameter. torch-shape-annotation checks each against its annotation.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_ANNOTATIONFLOWSITES_H
#define TORCH_TIDY_ENGINE_ANNOTATIONFLOWSITES_H

#include "ShapeAnnotations.h"

#include "clang/AST/Decl.h"
#include "clang/AST/Expr.h"

#include <vector>

namespace clang::tidy::torch {

/// A place where a tensor flows into an annotated declaration.
struct AnnotationFlowSite {
  enum Kind : unsigned char { Variable, Field, Result, Argument };
  AnnotationFlowSite(Kind K, const Expr *Value, const NamedDecl *Target,
                     const FunctionDecl *Callee,
                     const DeclAnnotation *Annotation,
                     const void *Scope = nullptr)
      : K(K), Value(Value), Target(Target), Callee(Callee),
        Annotation(Annotation), Scope(Scope) {}

  Kind K;
  /// The expression whose tensor flows in.
  const Expr *Value;
  /// The annotated variable, field or parameter, or the function (Result).
  const NamedDecl *Target;
  /// Argument: the function called.
  const FunctionDecl *Callee = nullptr;
  const DeclAnnotation *Annotation;
  /// Where its names bind: null for the function checked, an object for a
  /// field, the call for an argument.
  const void *Scope = nullptr;
};

/// The flow sites of \p Fn's body, in source order (not those of the
/// lambdas and local classes inside it, which are functions of their own).
/// Only well-formed annotations make sites.
std::vector<AnnotationFlowSite> collectFlowSites(const FunctionDecl *Fn,
                                                 AnnotationFinder &Finder);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_ANNOTATIONFLOWSITES_H
