//===--- AnnotatedFacts.cpp - What shape annotations tell the dataflow ----===//

#include "AnnotatedFacts.h"
#include "AstUtils.h"
#include "ShapeAnnotations.h"
#include "TorchTypes.h"

#include "../core/AnnotationMatch.h"

#include "clang/AST/ExprCXX.h"
#include "llvm/ADT/StringMap.h"

#include <map>
#include <string>
#include <utility>

namespace clang::tidy::torch {

using torchtidy::ShapeSpec;
using torchtidy::SymbolId;

/// The annotations of one analyzed function, and the symbols of their names.
class AnnotationScope {
public:
  explicit AnnotationScope(EngineContext &EC) : EC(EC), Finder(EC.Ctx) {}

  AnnotationFinder &finder() { return Finder; }

  /// The symbol of \p Name in the analyzed function.
  Dim functionName(const std::string &Name) {
    auto [It, Inserted] = FunctionNames.try_emplace(Name, 0);
    if (Inserted)
      It->second = EC.Symbols.add(Name);
    return Dim::symbol(It->second);
  }

  /// The symbol of \p Name in the scope \p Key (an object, or a call).
  Dim scopedName(const void *Key, const std::string &Name) {
    auto [It, Inserted] = ScopedNames.try_emplace({Key, Name}, 0);
    if (Inserted)
      It->second = EC.Symbols.add(Name);
    return Dim::symbol(It->second);
  }

private:
  EngineContext &EC;
  AnnotationFinder Finder;
  llvm::StringMap<SymbolId> FunctionNames;
  std::map<std::pair<const void *, std::string>, SymbolId> ScopedNames;
};

namespace {

AnnotationScope &scopeOf(EngineContext &EC) {
  if (!EC.Annotations)
    EC.Annotations = std::make_shared<AnnotationScope>(EC);
  return *EC.Annotations;
}

/// No variadic name is bound.
std::optional<std::vector<Dim>> unbound(const std::string &) {
  return std::nullopt;
}

/// Meets \p V with the annotated \p Sizes and \p Type; \p Step (its Result
/// filled in here) records the annotation when it taught anything.
void meetWith(Value &V, const Shape &Sizes, DType Type, OriginStep Step) {
  TensorFact F;
  if (const auto *T = std::get_if<TensorFact>(&V))
    F = *T;
  else if (!std::holds_alternative<std::monostate>(V))
    return;
  Shape Met = torchtidy::meetWithAnnotation(F.Sizes, Sizes);
  DType MetType = F.Type == DType::Unknown ? Type : F.Type;
  if (Met == F.Sizes && MetType == F.Type)
    return;
  F.Sizes = std::move(Met);
  F.Type = MetType;
  if (F.Sizes.hasRank()) {
    Step.Result = F.Sizes;
    addOrigin(F, std::move(Step));
  }
  V = std::move(F);
}

/// The result of a call of an annotated function: names bound from the
/// arguments met with the parameters' annotations.
void meetCallResult(EngineContext &EC, const ShapeState &State,
                    const CallExpr *Call, const FunctionDecl *FD,
                    const DeclAnnotation &Result, Value &V) {
  AnnotationScope &Scope = scopeOf(EC);
  unsigned Offset = objectArgumentCount(Call);
  std::map<std::string, Dim> Sizes;
  std::map<std::string, std::vector<Dim>> Covered;
  ExprEvaluator Eval(EC, State);
  for (unsigned I = Offset; I < Call->getNumArgs(); ++I) {
    const DeclAnnotation *P = Scope.finder().findParameter(FD, I - Offset);
    if (!P || !P->ok())
      continue;
    Value Arg = Eval.valueOf(Call->getArg(I));
    const auto *T = std::get_if<TensorFact>(&Arg);
    if (!T)
      continue;
    for (torchtidy::NameUse &U :
         torchtidy::matchSpec(P->spec(), T->Sizes, T->Type).Uses) {
      if (U.Variadic)
        Covered.try_emplace(U.Name, std::move(U.Sizes));
      else
        Sizes.try_emplace(U.Name, U.Sizes.front());
    }
  }
  Shape Made = torchtidy::instantiateSpec(
      Result.spec(),
      [&](const std::string &Name) {
        auto It = Sizes.find(Name);
        return It != Sizes.end() ? It->second : Scope.scopedName(Call, Name);
      },
      [&](const std::string &Name) -> std::optional<std::vector<Dim>> {
        auto It = Covered.find(Name);
        if (It == Covered.end())
          return std::nullopt;
        return It->second;
      });
  std::string Op = FD->getIdentifier() ? FD->getName().str() : "call";
  meetWith(V, Made, Result.spec().Type,
           OriginStep{SourceRange(Call->getExprLoc(), Call->getEndLoc()), Op,
                      "", Shape()});
}

/// Meets \p V with annotation \p A of \p D, a parameter or local of the
/// analyzed function, whose names are the function's.
void meetWithFunctionNames(AnnotationScope &Scope, const DeclAnnotation &A,
                           const NamedDecl *D, Value &V) {
  meetWith(V,
           torchtidy::instantiateSpec(
               A.spec(),
               [&](const std::string &Name) { return Scope.functionName(Name); },
               unbound),
           A.spec().Type,
           OriginStep{SourceRange(A.Begin), "", D->getName().str(), Shape(),
                      StepKind::Annotation});
}

/// The scope of the names of fields reached through `this`.
const char ThisObject = 0;

} // namespace

const void *objectScopeOf(const Expr *Base, const void *Otherwise) {
  Base = Base->IgnoreParenImpCasts();
  if (isa<CXXThisExpr>(Base))
    return &ThisObject;
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Base))
    return DRE->getDecl();
  return Otherwise;
}

std::optional<TensorFact> annotatedParameterFact(EngineContext &EC,
                                                 const ParmVarDecl *P) {
  const auto *FD = dyn_cast<FunctionDecl>(P->getDeclContext());
  if (!FD)
    return std::nullopt;
  AnnotationScope &Scope = scopeOf(EC);
  const DeclAnnotation *A =
      Scope.finder().findParameter(FD, P->getFunctionScopeIndex());
  if (!A || !A->ok())
    return std::nullopt;
  Value V;
  meetWithFunctionNames(Scope, *A, P, V);
  if (const auto *T = std::get_if<TensorFact>(&V))
    return *T;
  return std::nullopt;
}

void meetVariableAnnotation(EngineContext &EC, const ValueDecl *D, Value &V) {
  const auto *VD = dyn_cast<VarDecl>(D);
  if (!VD || isa<ParmVarDecl>(VD) || !isTensorType(VD->getType()))
    return;
  AnnotationScope &Scope = scopeOf(EC);
  const DeclAnnotation *A = Scope.finder().find(VD);
  if (!A || !A->ok())
    return;
  meetWithFunctionNames(Scope, *A, VD, V);
}

void meetExpressionAnnotation(EngineContext &EC, const ShapeState &State,
                              const Expr *E, Value &V) {
  if (!isTensorType(E->getType()))
    return;
  if (const auto *Call = dyn_cast<CallExpr>(E)) {
    const FunctionDecl *FD = Call->getDirectCallee();
    if (!FD || isInTorchLibrary(FD))
      return;
    if (const DeclAnnotation *R = scopeOf(EC).finder().findResult(FD))
      if (R->ok())
        meetCallResult(EC, State, Call, FD, *R, V);
    return;
  }
  const ValueDecl *D = nullptr;
  const void *Key = nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    D = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (!D)
      D = dyn_cast<VarDecl>(ME->getMemberDecl()); // a static member
    Key = isa_and_nonnull<FieldDecl>(D) ? objectScopeOf(ME->getBase(), ME) : D;
  } else if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
    // Locals are followed by the dataflow; references and globals are not,
    // so their annotations hold wherever they are read.
    const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
    if (!VD || isa<ParmVarDecl>(VD) || State.lookup(VD))
      return;
    if (!VD->hasGlobalStorage() && !VD->getType()->isReferenceType())
      return;
    D = VD;
    Key = VD->hasGlobalStorage() ? static_cast<const void *>(VD) : nullptr;
  }
  if (!D)
    return;
  AnnotationScope &Scope = scopeOf(EC);
  const DeclAnnotation *A = Scope.finder().find(D);
  if (!A || !A->ok())
    return;
  meetWith(V,
           torchtidy::instantiateSpec(
               A->spec(),
               [&](const std::string &Name) {
                 return Key ? Scope.scopedName(Key, Name)
                            : Scope.functionName(Name);
               },
               unbound),
           A->spec().Type,
           OriginStep{SourceRange(A->Begin), "",
                      D->getName().str(), Shape(), StepKind::Annotation});
}

} // namespace clang::tidy::torch
