//===--- AnnotatedFacts.h - What shape annotations tell the dataflow ------===//
//
// Part of torch-tidy. An annotation is a fact at its declaration:
//
// - an annotated parameter starts the function with the annotated sizes;
// - an annotated local variable holds them after its declaration and after
//   every assignment (the annotation is a contract of the variable);
// - an annotated field, global or reference holds them wherever it is read;
// - a call of an annotated function has the annotated result, its names
//   bound from the arguments' sizes.
//
// Where inference already knows a size, the inferred size wins (it is what
// the program computes; a contradiction is torch-shape-annotation's to
// report); the annotation fills in what inference does not know.
//
// Names: each name is one symbol within the analyzed function (all of its
// parameters' and variables' annotations); a field's names are one symbol
// per object (`batch.data` and `batch.target` share `B`, another batch has
// its own); a callee's result names are bound from the arguments at each
// call, or else are symbols of that call. A variadic dim (`*batch`, `...`)
// gives an unknown rank unless a call binds its name.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_ANNOTATEDFACTS_H
#define TORCH_TIDY_ENGINE_ANNOTATEDFACTS_H

#include "ExprEvaluator.h"
#include "ShapeState.h"
#include "Value.h"

#include "clang/AST/Decl.h"

#include <optional>

namespace clang::tidy::torch {

/// The scope of the names of a field reached through \p Base: the variable
/// or `this` it is reached through, else \p Otherwise (the one access).
const void *objectScopeOf(const Expr *Base, const void *Otherwise);

/// The fact annotated parameter \p P of the analyzed function starts with.
std::optional<TensorFact> annotatedParameterFact(EngineContext &EC,
                                                 const ParmVarDecl *P);

/// Meets \p V, the value being stored into local variable \p D, with \p D's
/// annotation. Parameters are left alone: their annotation is a fact at the
/// call, not a contract of the variable.
void meetVariableAnnotation(EngineContext &EC, const ValueDecl *D, Value &V);

/// Meets \p V, the value of \p E, with what an annotation says of it: the
/// result of a call of an annotated function, or the read of an annotated
/// field, global or reference variable.
void meetExpressionAnnotation(EngineContext &EC, const ShapeState &State,
                              const Expr *E, Value &V);

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_ANNOTATEDFACTS_H
