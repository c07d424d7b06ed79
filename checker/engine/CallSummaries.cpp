//===--- CallSummaries.cpp - Results of calls to the TU's own functions ---===//

#include "CallSummaries.h"
#include "TensorLists.h"
#include "TorchTypes.h"

#include "clang/AST/RecursiveASTVisitor.h"

namespace clang::tidy::torch {

namespace {

/// Sizes named by symbols made from \p First on are the callee's own
/// unknowns: each call may give them other values.
Dim forgetDim(const Dim &D, torchtidy::SymbolId First) {
  for (torchtidy::SymbolId S : D.symbols())
    if (S >= First)
      return Dim();
  return D;
}

Shape forgetShape(const Shape &S, torchtidy::SymbolId First) {
  if (!S.hasRank())
    return S;
  std::vector<Dim> Dims;
  for (const Dim &D : S.dims())
    Dims.push_back(forgetDim(D, First));
  return Shape::of(std::move(Dims));
}

void forgetFact(TensorFact &F, torchtidy::SymbolId First) {
  F.Sizes = forgetShape(F.Sizes, First);
  F.Origin = F.Origin.mapped(
      [&](OriginStep &S) { S.Result = forgetShape(S.Result, First); },
      MaxOriginSteps);
}

void forgetModule(ModuleValue &M, torchtidy::SymbolId First) {
  for (Dim *D : {&M.In, &M.Out, &M.StartDim, &M.EndDim})
    *D = forgetDim(*D, First);
  for (std::vector<Dim> *L : {&M.Kernel, &M.Stride, &M.Padding, &M.Dilation})
    for (Dim &D : *L)
      D = forgetDim(D, First);
  for (ModuleValue &C : M.Children)
    forgetModule(C, First);
}

Value forgetSymbols(Value V, torchtidy::SymbolId First) {
  if (auto *T = std::get_if<TensorFact>(&V))
    forgetFact(*T, First);
  else if (auto *I = std::get_if<IntValue>(&V))
    I->Value = forgetDim(I->Value, First);
  else if (auto *L = std::get_if<IntListValue>(&V))
    for (Dim &D : L->Elements)
      D = forgetDim(D, First);
  else if (const ModuleValue *M = asModule(V)) {
    ModuleValue Copy = *M;
    forgetModule(Copy, First);
    V = std::move(Copy);
  }
  else if (auto *Tu = std::get_if<TupleValue>(&V))
    for (TensorFact &F : Tu->Elements)
      forgetFact(F, First);
  else if (const ObjectValue *O = asObject(V)) {
    ObjectValue Copy = *O;
    for (Value &A : Copy.Args)
      A = forgetSymbols(std::move(A), First);
    V = objectValue(std::move(Copy));
  }
  else if (auto *L = std::get_if<TensorListValue>(&V)) {
    for (TensorFact &F : L->Elements)
      forgetFact(F, First);
    forgetFact(L->Each, First);
    L->Count = forgetDim(L->Count, First);
  }
  else if (const DataValue *D = asData(V)) {
    DataValue Copy = *D;
    forgetFact(Copy.Data, First);
    forgetFact(Copy.Target, First);
    Copy.Size = forgetDim(Copy.Size, First);
    V = std::move(Copy);
  }
  return V;
}

bool sameArgs(llvm::ArrayRef<Value> A, llvm::ArrayRef<Value> B) {
  if (A.size() != B.size())
    return false;
  for (std::size_t I = 0; I < A.size(); ++I)
    if (!sameFacts(A[I], B[I]))
      return false;
  return true;
}

/// Finds the fields of one class that a method assigns.
class FieldAssignments : public RecursiveASTVisitor<FieldAssignments> {
public:
  llvm::SmallPtrSet<const FieldDecl *, 8> Assigned;

  void noteTarget(const Expr *E) {
    // An element of a vector of tensors (v[i], v.at(i), v.back()) is a
    // part of the vector.
    while (true) {
      E = E->IgnoreParenImpCasts();
      if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E);
          OCE && OCE->getOperator() == OO_Subscript && OCE->getNumArgs() == 2 &&
          isTensorVector(OCE->getArg(0)->getType()))
        E = OCE->getArg(0);
      else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E);
               MCE && MCE->getImplicitObjectArgument() &&
               isTensorVector(MCE->getImplicitObjectArgument()->getType()))
        E = MCE->getImplicitObjectArgument();
      else
        break;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(E->IgnoreParenImpCasts()))
      if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
        Assigned.insert(F);
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      noteTarget(BO->getLHS());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->isIncrementDecrementOp() || UO->getOpcode() == UO_AddrOf)
      noteTarget(UO->getSubExpr());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OCE) {
    if (OCE->isAssignmentOp() && OCE->getNumArgs() >= 1)
      noteTarget(OCE->getArg(0));
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MCE) {
    // x.unsqueeze_(0) and other methods named like in-place ops; a vector
    // of tensors appended to or changed.
    const Expr *Obj = MCE->getImplicitObjectArgument();
    if (const CXXMethodDecl *MD = MCE->getMethodDecl(); MD && Obj)
      if (MD->getIdentifier() &&
          (MD->getName().ends_with("_") ||
           (isTensorVector(Obj->getType()) &&
            listEffectOf(MD->getName()) != ListEffect::Reads)))
        noteTarget(Obj);
    return true;
  }
  bool VisitCXXForRangeStmt(CXXForRangeStmt *FR) {
    // for (const auto &t : v): its elements are handles, changed in place
    // through const references too.
    if (const Expr *R = FR->getRangeInit(); R && isTensorVector(R->getType()))
      noteTarget(R);
    return true;
  }
  bool VisitVarDecl(VarDecl *VD) {
    // A non-const reference to a field may change it.
    if (VD->getType()->isReferenceType() &&
        !VD->getType().getNonReferenceType().isConstQualified() && VD->getInit())
      noteTarget(VD->getInit());
    return true;
  }
};

} // namespace

bool CallSummaries::isFollowedBody(const FunctionDecl *FD) {
  const FunctionDecl *Def = nullptr;
  return FD && FD->hasBody(Def) && Def && !Def->isDependentContext() &&
         !isInTorchLibrary(Def);
}

bool CallSummaries::isAnalyzable(const FunctionDecl *FD) {
  if (!isFollowedBody(FD))
    return false;
  const FunctionDecl *Def = nullptr;
  FD->hasBody(Def);
  if (const auto *MD = dyn_cast<CXXMethodDecl>(Def))
    if (MD->isVirtual() && !MD->hasAttr<FinalAttr>() &&
        !MD->getParent()->hasAttr<FinalAttr>())
      return false; // an override elsewhere may run instead
  return true;
}

Value CallSummaries::resultOf(const FunctionDecl *Callee,
                              llvm::ArrayRef<Value> Args,
                              unsigned CallerDepth, bool ExactOverrider,
                              const Value &This) {
  if (CallerDepth >= MaxCallDepth ||
      !(ExactOverrider ? isFollowedBody(Callee) : isAnalyzable(Callee)))
    return std::monostate();
  const FunctionDecl *Def = nullptr;
  Callee->hasBody(Def);
  if (InProgress.count(Def))
    return std::monostate(); // recursion
  std::vector<Result> &Known = Results[Def];
  for (const Result &R : Known)
    if (sameArgs(R.Args, Args) && sameFacts(R.This, This))
      return R.Returned;

  InProgress.insert(Def);
  torchtidy::SymbolId First =
      static_cast<torchtidy::SymbolId>(Session.Symbols.size());
  llvm::DenseMap<const ValueDecl *, Value> Bindings;
  for (unsigned I = 0; I < Def->getNumParams() && I < Args.size(); ++I)
    if (!std::holds_alternative<std::monostate>(Args[I]))
      Bindings[Def->getParamDecl(I)] = Args[I];
  EngineContext Nested(Ctx, Session, CallerDepth + 1);
  Nested.This = This;
  Value Returned;
  if (runDataflow(Def, Nested, Limits, Bindings) && !Nested.Returns.empty()) {
    bool FirstReturn = true;
    for (const auto &[Stmt, V] : Nested.Returns) {
      Returned = FirstReturn ? V : join(Returned, V);
      FirstReturn = false;
    }
  }
  Returned = forgetSymbols(std::move(Returned), First);
  InProgress.erase(Def);
  // The vector may have grown while the callee's own calls were analyzed.
  Results[Def].push_back(
      {std::vector<Value>(Args.begin(), Args.end()), This, Returned});
  return Returned;
}

bool CallSummaries::isSetOnlyByConstructors(const FieldDecl *F) {
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (!RD || !RD->hasDefinition())
    return false;
  auto It = AssignedOutsideConstructors.find(RD);
  if (It == AssignedOutsideConstructors.end()) {
    FieldAssignments Finder;
    for (const CXXMethodDecl *MD : RD->methods()) {
      if (isa<CXXConstructorDecl>(MD) || isa<CXXDestructorDecl>(MD))
        continue;
      const FunctionDecl *Def = nullptr;
      if (MD->hasBody(Def))
        Finder.TraverseStmt(const_cast<Stmt *>(Def->getBody()));
    }
    It = AssignedOutsideConstructors.try_emplace(RD, Finder.Assigned).first;
  }
  // Assignments from outside the class's own methods are not seen
  // (documented): modules assign their fields in their constructors.
  return !It->second.count(F);
}

void CallSummaries::computeFields(const CXXRecordDecl *RD,
                                  unsigned CallerDepth) {
  llvm::DenseMap<const FieldDecl *, Value> &Out = Fields[RD];
  if (CallerDepth >= MaxCallDepth || InProgress.count(RD))
    return;
  InProgress.insert(RD);
  torchtidy::SymbolId First =
      static_cast<torchtidy::SymbolId>(Session.Symbols.size());
  bool Any = false;
  bool Failed = false;
  for (const CXXConstructorDecl *Ctor : RD->ctors()) {
    const FunctionDecl *Def = nullptr;
    if (Ctor->isCopyOrMoveConstructor() || !Ctor->hasBody(Def))
      continue;
    EngineContext Nested(Ctx, Session, CallerDepth + 1);
    const llvm::DenseMap<const ValueDecl *, Value> NoBindings;
    if (!runDataflow(Def, Nested, Limits, NoBindings) || !Nested.ExitState) {
      Failed = true;
      break;
    }
    for (const FieldDecl *F : RD->fields()) {
      const Value *V = Nested.ExitState->lookup(F);
      Value FV = V ? *V : Value();
      auto Slot = Out.find(F);
      if (!Any)
        Out[F] = FV;
      else if (Slot != Out.end())
        Slot->second = join(Slot->second, FV);
    }
    Any = true;
  }
  InProgress.erase(RD);
  if (Failed || !Any) {
    Out.clear();
    return;
  }
  for (auto &[F, V] : Out)
    V = isSetOnlyByConstructors(F) ? forgetSymbols(std::move(V), First)
                                   : Value();
}

Value CallSummaries::fieldValueOf(const FieldDecl *F, const ObjectValue &Object,
                                  unsigned CallerDepth) {
  const FunctionDecl *Def = nullptr;
  if (!Object.Ctor || F->getParent() != Object.Class ||
      !Object.Ctor->hasBody(Def) || !Def || CallerDepth >= MaxCallDepth ||
      !isSetOnlyByConstructors(F))
    return std::monostate();
  std::vector<ConstructedFields> &Known = ObjectFields[Object.Ctor];
  for (const ConstructedFields &C : Known)
    if (sameArgs(C.Args, Object.Args)) {
      auto It = C.Fields.find(F);
      return It == C.Fields.end() ? Value() : It->second;
    }
  if (InProgress.count(Def))
    return std::monostate();
  InProgress.insert(Def);
  torchtidy::SymbolId First =
      static_cast<torchtidy::SymbolId>(Session.Symbols.size());
  llvm::DenseMap<const ValueDecl *, Value> Bindings;
  for (unsigned I = 0; I < Def->getNumParams() && I < Object.Args.size(); ++I)
    if (!std::holds_alternative<std::monostate>(Object.Args[I]))
      Bindings[Def->getParamDecl(I)] = Object.Args[I];
  EngineContext Nested(Ctx, Session, CallerDepth + 1);
  ConstructedFields Made;
  Made.Args = Object.Args;
  if (runDataflow(Def, Nested, Limits, Bindings) && Nested.ExitState)
    for (const FieldDecl *Field : Object.Class->fields())
      if (const Value *V = Nested.ExitState->lookup(Field))
        Made.Fields[Field] = forgetSymbols(*V, First);
  InProgress.erase(Def);
  Value R;
  if (auto It = Made.Fields.find(F); It != Made.Fields.end())
    R = It->second;
  ObjectFields[Object.Ctor].push_back(std::move(Made));
  return R;
}

Value CallSummaries::fieldValue(const FieldDecl *F, unsigned CallerDepth) {
  const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent());
  if (!RD)
    return std::monostate();
  if (!Fields.count(RD))
    computeFields(RD, CallerDepth);
  auto It = Fields.find(RD);
  if (It == Fields.end())
    return std::monostate();
  auto FI = It->second.find(F);
  return FI == It->second.end() ? Value() : FI->second;
}

} // namespace clang::tidy::torch
