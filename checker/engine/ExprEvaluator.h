//===--- ExprEvaluator.h - The abstract value of one expression -----------===//
//
// Part of torch-tidy. Computes what an expression evaluates to from the
// values of its subexpressions (already computed in CFG order and cached)
// and the current ShapeState. It changes no variable: effects on variables
// (assignments, in-place ops, references passed) are the dataflow's
// (ShapeDataflow). It does add to the analysis's bookkeeping: symbols for
// sizes, tensor object ids, and the analyses of the functions it calls.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_EXPREVALUATOR_H
#define TORCH_TIDY_ENGINE_EXPREVALUATOR_H

#include "ShapeState.h"
#include "Value.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/Expr.h"
#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>
#include <vector>

namespace clang::tidy::torch {

struct OpCall;
class AnnotationScope;

class CallSummaries;

/// What the analysis of one function shares with the analyses of the calls
/// it makes: names of sizes, tensor object ids, call results.
struct AnalysisSession {
  SymbolTable Symbols;
  unsigned NextObject = 1; // 0 means "may be any tensor"
  CallSummaries *Calls = nullptr;
};

/// Per-function bookkeeping shared by the evaluator and the dataflow.
struct EngineContext {
  EngineContext(ASTContext &Ctx, AnalysisSession &Session, unsigned Depth = 0)
      : Ctx(Ctx), Session(Session), Symbols(Session.Symbols), CallDepth(Depth) {}
  ASTContext &Ctx;
  AnalysisSession &Session;
  SymbolTable &Symbols;
  /// How many calls deep this analysis is (0: the function a check asked about).
  unsigned CallDepth;
  /// Values of the expressions evaluated so far (last visit wins).
  llvm::DenseMap<const Expr *, Value> ExprValues;
  /// One symbol per named site, stable across visits of a loop.
  llvm::DenseMap<const void *, torchtidy::SymbolId> SiteSymbols;
  /// One object id per (expression, result) that makes a new tensor.
  llvm::DenseMap<std::pair<const Expr *, unsigned>, unsigned> ObjectIds;
  /// The value of each return statement (last visit wins).
  llvm::DenseMap<const ReturnStmt *, Value> Returns;
  /// What the variables and fields hold where the function returns.
  std::optional<ShapeState> ExitState;
  /// The object a method runs on, when the call that is analyzed knows it
  /// (an ObjectValue); monostate otherwise.
  Value This;
  /// The function's shape annotations and their names' symbols, made on
  /// first use (AnnotatedFacts.cpp).
  std::shared_ptr<AnnotationScope> Annotations;

  Dim symbolFor(const void *Site, llvm::StringRef Name);
  /// The tensor object made by \p E (its \p Part-th result for an op that
  /// returns several tensors).
  unsigned objectFor(const Expr *E, unsigned Part = 0);
};

/// Computes the value of an expression. Each kind of expression has its
/// rule (ExprEvaluator.cpp's visitor); LibTorch's calls go to their tables:
/// ops to OpTable, torch::nn classes to ModuleModels, small value classes
/// and std functions to ClassModels, calls of the translation unit's own
/// functions to CallSummaries.
class ExprEvaluator {
public:
  ExprEvaluator(EngineContext &EC, const ShapeState &State)
      : EC(EC), State(State) {}

  /// Computes the value of \p E from its children's values.
  Value evaluate(const Expr *E);
  /// The cached value of \p E, or evaluates it.
  Value valueOf(const Expr *E);

  // Typed views used by the tables; unknown when \p E is something else.
  TensorFact tensorOf(const Expr *E);
  Dim intOf(const Expr *E);
  std::optional<std::vector<Dim>> intListOf(const Expr *E);
  std::optional<TensorListValue> tensorListOf(const Expr *E);
  OptionsValue optionsOf(const Expr *E);
  Tri boolOf(const Expr *E);
  bool isNone(const Expr *E);
  /// The braced list an argument was written as (`{8, 1}`), through the
  /// initializer_list and ArrayRef wrappers clang adds.
  const InitListExpr *bracedList(const Expr *E);
  /// The element count and dtype of a braced literal given to torch::tensor.
  std::optional<Shape> bracedDataShape(const Expr *E, DType &Type);
  /// An IntArrayRef-like construction: a braced list, or one integer.
  Value intListOfConstruction(const CXXConstructExpr *E);
  /// The constant value of \p E, when it is a constant integer expression.
  std::optional<int64_t> constantInt(const Expr *E);

  /// A new tensor made by \p Call, with its history.
  TensorFact result(const OpCall &Call, Shape Sizes, DType Type);

  /// What the variables hold where \p E is evaluated.
  const ShapeState &state() const { return State; }
  EngineContext &context() { return EC; }
  ASTContext &ast() { return EC.Ctx; }

private:
  /// bracedDataShape, with the C++ type of the elements seen so far.
  std::optional<Shape> bracedDataShape(const Expr *E, DType &Type,
                                       QualType &ElementType);

  EngineContext &EC;
  const ShapeState &State;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_EXPREVALUATOR_H
