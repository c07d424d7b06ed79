//===--- CallSummaries.h - Results of calls to the TU's own functions -----===//
//
// Part of torch-tidy. A call to a function whose body is in the translation
// unit (a helper that builds labels, a module's forward) is analyzed with
// the facts of its arguments: its result is the join of what its return
// statements give. Results are kept per distinct argument facts. Sizes the
// callee makes up (its own unknown integers) are unknown to the caller.
// Recursion, unknown callees and calls nested too deep give unknown.
//
// A field of a class is known where every constructor leaves the same fact
// in it and no other method assigns it (the modules a torch::nn::Module
// registers in its constructor).
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_ENGINE_CALLSUMMARIES_H
#define TORCH_TIDY_ENGINE_CALLSUMMARIES_H

#include "ExprEvaluator.h"
#include "ShapeDataflow.h"

#include "clang/AST/DeclCXX.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallPtrSet.h"

#include <vector>

namespace clang::tidy::torch {

class CallSummaries {
public:
  CallSummaries(ASTContext &Ctx, AnalysisSession &Session,
                const EngineLimits &Limits)
      : Ctx(Ctx), Session(Session), Limits(Limits) {}

  /// Calls nested deeper than this are unknown.
  static constexpr unsigned MaxCallDepth = 3;

  /// Whether calls of \p FD can be followed: its body is in the translation
  /// unit, it is not LibTorch's, not a template pattern, not a virtual
  /// method another class may override.
  static bool isAnalyzable(const FunctionDecl *FD);
  /// Whether \p FD's body is in the translation unit and is the user's
  /// (not LibTorch's, not a template pattern), virtual or not.
  static bool isFollowedBody(const FunctionDecl *FD);

  /// What \p Callee returns given \p Args (one per parameter, in order),
  /// called from an analysis \p CallerDepth calls deep. \p ExactOverrider:
  /// the object's dynamic type is known (a dataset the engine saw made), so
  /// a virtual \p Callee is the one that runs.
  Value resultOf(const FunctionDecl *Callee, llvm::ArrayRef<Value> Args,
                 unsigned CallerDepth, bool ExactOverrider = false,
                 const Value &This = Value());

  /// What \p F holds in the object \p Object: what the constructor that
  /// made it leaves there given its arguments, when only constructors
  /// assign \p F; monostate otherwise.
  Value fieldValueOf(const FieldDecl *F, const ObjectValue &Object,
                     unsigned CallerDepth);

  /// What \p F holds after construction, when that is the same whatever the
  /// constructor and no other method assigns it; monostate otherwise.
  Value fieldValue(const FieldDecl *F, unsigned CallerDepth);

  /// Whether only constructors assign \p F: its value is fixed for the
  /// object's life.
  bool isSetOnlyByConstructors(const FieldDecl *F);

private:
  struct Result {
    std::vector<Value> Args;
    Value This;
    Value Returned;
  };
  struct ConstructedFields {
    std::vector<Value> Args;
    llvm::DenseMap<const FieldDecl *, Value> Fields;
  };
  llvm::DenseMap<const CXXConstructorDecl *, std::vector<ConstructedFields>>
      ObjectFields;
  void computeFields(const CXXRecordDecl *RD, unsigned CallerDepth);

  ASTContext &Ctx;
  AnalysisSession &Session;
  EngineLimits Limits;
  llvm::DenseMap<const FunctionDecl *, std::vector<Result>> Results;
  llvm::DenseMap<const CXXRecordDecl *, llvm::DenseMap<const FieldDecl *, Value>>
      Fields;
  llvm::DenseMap<const CXXRecordDecl *, llvm::SmallPtrSet<const FieldDecl *, 8>>
      AssignedOutsideConstructors;
  llvm::SmallPtrSet<const Decl *, 8> InProgress;
};

} // namespace clang::tidy::torch

#endif // TORCH_TIDY_ENGINE_CALLSUMMARIES_H
