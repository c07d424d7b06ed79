//===--- ShapeDataflow.h - Forward dataflow of tensor facts over the CFG --===//
//
// Part of torch-tidy. Runs once per function: a forward dataflow over
// clang's CFG whose state maps local variables to facts (ShapeState).
// Declarations and assignments bind new facts; in-place ops change a tensor
// and its aliases; a variable passed by non-const reference becomes
// unknown; one whose address is taken, or that a lambda captures by
// reference, is never tracked. Paths join by keeping what they agree on;
// loops are visited until the facts stop changing, widened to unknown after
// a bounded number of visits. The engine computes facts and never reports.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_SHAPEDATAFLOW_H
#define TORCH_TIDY_ENGINE_SHAPEDATAFLOW_H

#include "ExprEvaluator.h"
#include "llvm/ADT/DenseMap.h"
#include "Value.h"

#include "clang/AST/Decl.h"

#include <memory>
#include <optional>

namespace clang::tidy::torch {

class CallSummaries;

/// Bounds that keep the analysis linear in the size of a function.
struct EngineLimits {
  /// Visits of one block before its changing facts are widened to unknown.
  unsigned WidenAfterVisits = 4;
  /// Total block visits, per block of the function, before giving up (all
  /// facts of the function then read as unknown).
  unsigned MaxVisitsPerBlock = 32;
};

/// The facts found in one function, at the points where each expression is
/// evaluated. Facts hold on every path that reaches the expression.
class FunctionShapes {
public:
  FunctionShapes(ASTContext &Ctx, const EngineLimits &Limits);
  ~FunctionShapes();

  /// The fact of the tensor \p E evaluates to, when anything is known.
  std::optional<TensorFact> tensorFact(const Expr *E) const;
  /// What \p E evaluates to (a tensor, an integer, a list, options), when
  /// the analysis evaluated it.
  std::optional<Value> value(const Expr *E) const;
  /// Names of the symbolic sizes in the facts.
  const SymbolTable &symbols() const { return EC.Symbols; }
  /// False when the function was too large or complex to analyze.
  bool complete() const { return Complete; }

private:
  friend std::unique_ptr<FunctionShapes>
  analyzeFunction(const FunctionDecl *, ASTContext &, const EngineLimits &);
  friend std::unique_ptr<FunctionShapes> analyzeFunctionInContext(
      const FunctionDecl *, ASTContext &,
      const llvm::DenseMap<const ValueDecl *, Value> &, const FunctionShapes &,
      const EngineLimits &);
  AnalysisSession Session;
  std::unique_ptr<CallSummaries> Calls;
  EngineContext EC;
  bool Complete = false;
};

/// Runs the dataflow over \p Fn into \p EC, with \p Bindings as the facts
/// of its parameters (an unbound integer parameter is a symbol). Returns
/// whether the analysis completed.
bool runDataflow(const FunctionDecl *Fn, EngineContext &EC,
                 const EngineLimits &Limits,
                 const llvm::DenseMap<const ValueDecl *, Value> &Bindings);

/// Analyzes \p Fn (a function with a body). A template is analyzed as
/// written, once: what depends on its parameters is unknown.
std::unique_ptr<FunctionShapes> analyzeFunction(const FunctionDecl *Fn,
                                                ASTContext &Ctx,
                                                const EngineLimits &Limits = {});

/// Analyzes \p Fn as one call of it runs: \p Bindings are the facts of its
/// parameters there, as the analysis of the calling function \p Caller
/// found them (their sizes' symbols and tensor objects are Caller's).
std::unique_ptr<FunctionShapes> analyzeFunctionInContext(
    const FunctionDecl *Fn, ASTContext &Ctx,
    const llvm::DenseMap<const ValueDecl *, Value> &Bindings,
    const FunctionShapes &Caller, const EngineLimits &Limits = {});

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_SHAPEDATAFLOW_H
