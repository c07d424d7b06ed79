//===--- TensorLists.cpp - std::vector<torch::Tensor> in the dataflow -----===//

#include "TensorLists.h"
#include "TorchTypes.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::torch {

bool isTensorVector(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  return Spec && Spec->getIdentifier() && Spec->getName() == "vector" &&
         isDeclaredIn(Spec, {"std"}) && Spec->getTemplateArgs().size() >= 1 &&
         Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type &&
         isTensorType(Spec->getTemplateArgs()[0].getAsType());
}

ListEffect listEffectOf(llvm::StringRef Method) {
  if (Method == "push_back" || Method == "emplace_back")
    return ListEffect::Appends;
  if (Method == "clear")
    return ListEffect::Clears;
  if (llvm::is_contained({"size", "empty", "capacity", "max_size", "reserve",
                          "shrink_to_fit", "at", "operator[]", "front", "back"},
                         Method))
    return ListEffect::Reads;
  return ListEffect::Changes;
}

namespace {

/// Every statement under \p Root (itself included), without recursion:
/// expressions nest deeper than the stack allows.
template <typename Fn> void forEachStmt(const Stmt *Root, Fn F) {
  llvm::SmallVector<const Stmt *, 64> Work = {Root};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    F(S);
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

/// The variable or field (of this object) \p E names, or null.
const ValueDecl *namedVar(const Expr *E) {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<VarDecl>(DRE->getDecl());
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
      return dyn_cast<FieldDecl>(ME->getMemberDecl());
  return nullptr;
}

/// How \p S uses variables: every mention, and the mentions that only read
/// the value (an lvalue-to-rvalue conversion).
struct Mentions {
  llvm::DenseMap<const ValueDecl *, unsigned> All, Reads;
  bool Jumps = false; ///< break, continue, goto or a label

  void add(const Stmt *Root) {
    forEachStmt(Root, [&](const Stmt *S) {
      if (isa<BreakStmt, ContinueStmt, GotoStmt, IndirectGotoStmt, LabelStmt>(
              S))
        Jumps = true;
      if (const auto *E = dyn_cast<Expr>(S))
        if (isa<DeclRefExpr, MemberExpr>(E))
          if (const ValueDecl *D = namedVar(E))
            ++All[D];
      if (const auto *IC = dyn_cast<ImplicitCastExpr>(S);
          IC && IC->getCastKind() == CK_LValueToRValue)
        if (isa<DeclRefExpr, MemberExpr>(IC->getSubExpr()->IgnoreParens()))
          if (const ValueDecl *D = namedVar(IC->getSubExpr()))
            ++Reads[D];
    });
  }
  unsigned count(const llvm::DenseMap<const ValueDecl *, unsigned> &M,
                 const ValueDecl *D) const {
    auto It = M.find(D);
    return It == M.end() ? 0 : It->second;
  }
  bool onlyRead(const ValueDecl *D) const {
    return count(All, D) == count(Reads, D);
  }
};

/// The bound of a counted loop: numbers and variables combined by
/// arithmetic and casts; no calls (which could change anything).
bool isPlainBound(const Expr *E, llvm::SmallVectorImpl<const ValueDecl *> &Vars) {
  bool Plain = true;
  forEachStmt(E, [&](const Stmt *S) {
    if (isa<IntegerLiteral, ParenExpr, CastExpr, UnaryExprOrTypeTraitExpr>(S))
      return;
    if (const auto *UO = dyn_cast<UnaryOperator>(S)) {
      Plain &= !UO->isIncrementDecrementOp() && UO->getOpcode() != UO_AddrOf;
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(S)) {
      Plain &= !BO->isAssignmentOp();
      return;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(S)) {
      if (const auto *VD = dyn_cast<VarDecl>(DRE->getDecl()))
        Vars.push_back(VD);
      else
        Plain &= isa<EnumConstantDecl>(DRE->getDecl());
      return;
    }
    if (const auto *ME = dyn_cast<MemberExpr>(S)) {
      if (const ValueDecl *F = namedVar(ME))
        Vars.push_back(F);
      else
        Plain = false;
      return;
    }
    Plain &= isa<CXXThisExpr>(S);
  });
  return Plain;
}

/// The index variable \p E names.
const VarDecl *indexNamed(const Expr *E) {
  const auto *DRE = E ? dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()) : nullptr;
  return DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
}

/// `push_back(x)` / `emplace_back(x)` of a vector of tensors, as one of a
/// loop body's own statements: the vector.
const ValueDecl *appendedBy(const Stmt *S) {
  if (const auto *FE = dyn_cast<FullExpr>(S))
    S = FE->getSubExpr();
  const auto *MCE = dyn_cast<CXXMemberCallExpr>(S);
  if (!MCE || MCE->getNumArgs() != 1 || !MCE->getMethodDecl() ||
      !MCE->getMethodDecl()->getIdentifier() ||
      listEffectOf(MCE->getMethodDecl()->getName()) != ListEffect::Appends)
    return nullptr;
  const Expr *Obj = MCE->getImplicitObjectArgument();
  if (!Obj || !isTensorVector(Obj->getType()))
    return nullptr;
  return namedVar(Obj);
}

/// The body's own statements that append, each to a vector named nowhere
/// else in the loop, into L.Appended; false when there are none.
bool collectAppended(const Stmt *Body, const Mentions &InLoop, CountedLoop &L) {
  llvm::SmallVector<const Stmt *, 8> Own;
  if (const auto *CS = dyn_cast<CompoundStmt>(Body))
    Own.assign(CS->body_begin(), CS->body_end());
  else
    Own.push_back(Body);
  for (const Stmt *S : Own)
    if (const ValueDecl *V = appendedBy(S))
      if (InLoop.count(InLoop.All, V) == 1 && !llvm::is_contained(L.Appended, V))
        L.Appended.push_back(V);
  return !L.Appended.empty();
}

std::optional<CountedLoop> countedLoop(const ForStmt *FS) {
  const auto *Init = dyn_cast_or_null<DeclStmt>(FS->getInit());
  if (!Init || !Init->isSingleDecl() || !FS->getCond() || !FS->getInc() ||
      !FS->getBody())
    return std::nullopt;
  const auto *Index = dyn_cast<VarDecl>(Init->getSingleDecl());
  if (!Index || !Index->getType()->isIntegerType() || !Index->getInit())
    return std::nullopt;
  CountedLoop L;
  L.Begin = Index->getInit();
  // i < End, i <= End, End > i, End >= i.
  const auto *Cond = dyn_cast<BinaryOperator>(FS->getCond()->IgnoreParenImpCasts());
  if (!Cond)
    return std::nullopt;
  BinaryOperatorKind Op = Cond->getOpcode();
  if ((Op == BO_LT || Op == BO_LE) && indexNamed(Cond->getLHS()) == Index)
    L.End = Cond->getRHS();
  else if ((Op == BO_GT || Op == BO_GE) && indexNamed(Cond->getRHS()) == Index)
    L.End = Cond->getLHS();
  else
    return std::nullopt;
  L.Inclusive = Op == BO_LE || Op == BO_GE;
  // ++i, i++, i += 1.
  const Expr *Inc = FS->getInc()->IgnoreParenImpCasts();
  if (const auto *UO = dyn_cast<UnaryOperator>(Inc)) {
    if (!UO->isIncrementOp() || indexNamed(UO->getSubExpr()) != Index)
      return std::nullopt;
  } else if (const auto *CA = dyn_cast<CompoundAssignOperator>(Inc)) {
    const auto *One = dyn_cast<IntegerLiteral>(CA->getRHS()->IgnoreParenImpCasts());
    if (CA->getOpcode() != BO_AddAssign || indexNamed(CA->getLHS()) != Index ||
        !One || One->getValue() != 1)
      return std::nullopt;
  } else {
    return std::nullopt;
  }
  llvm::SmallVector<const ValueDecl *, 4> BoundVars;
  if (!isPlainBound(L.End, BoundVars))
    return std::nullopt;
  Mentions InLoop;
  InLoop.add(FS->getBody());
  if (InLoop.Jumps || !InLoop.onlyRead(Index))
    return std::nullopt;
  InLoop.add(FS->getCond());
  for (const ValueDecl *V : BoundVars)
    if (V == Index || !InLoop.onlyRead(V))
      return std::nullopt;
  if (!collectAppended(FS->getBody(), InLoop, L))
    return std::nullopt;
  return L;
}

std::optional<CountedLoop> countedLoop(const CXXForRangeStmt *FR) {
  const Expr *Range = FR->getRangeInit();
  const auto *DRE =
      Range ? dyn_cast<DeclRefExpr>(Range->IgnoreParenImpCasts()) : nullptr;
  if (!DRE || !isa<VarDecl>(DRE->getDecl()) || !FR->getBody())
    return std::nullopt;
  Mentions InLoop;
  InLoop.add(FR->getBody());
  if (InLoop.Jumps || InLoop.count(InLoop.All, DRE->getDecl()) != 0)
    return std::nullopt;
  CountedLoop L;
  L.Range = Range;
  if (!collectAppended(FR->getBody(), InLoop, L))
    return std::nullopt;
  return L;
}

} // namespace

llvm::DenseMap<const Stmt *, CountedLoop> findCountedLoops(const Stmt *Body) {
  llvm::DenseMap<const Stmt *, CountedLoop> Out;
  forEachStmt(Body, [&](const Stmt *S) {
    std::optional<CountedLoop> L;
    if (const auto *FS = dyn_cast<ForStmt>(S))
      L = countedLoop(FS);
    else if (const auto *FR = dyn_cast<CXXForRangeStmt>(S))
      L = countedLoop(FR);
    if (L)
      Out[S] = std::move(*L);
  });
  return Out;
}

llvm::DenseSet<const Expr *> findMovesIntoLists(const Stmt *Body) {
  llvm::DenseSet<const Expr *> Out;
  forEachStmt(Body, [&](const Stmt *S) {
    const auto *MCE = dyn_cast<CXXMemberCallExpr>(S);
    if (!MCE || MCE->getNumArgs() != 1 || !MCE->getMethodDecl() ||
        !MCE->getMethodDecl()->getIdentifier() ||
        listEffectOf(MCE->getMethodDecl()->getName()) != ListEffect::Appends ||
        !MCE->getImplicitObjectArgument() ||
        !isTensorVector(MCE->getImplicitObjectArgument()->getType()))
      return;
    const Expr *A = MCE->getArg(0)->IgnoreImplicit();
    if (const auto *CE = dyn_cast<CallExpr>(A))
      if (const FunctionDecl *FD = CE->getDirectCallee();
          FD && FD->getIdentifier() &&
          (FD->getName() == "move" || FD->getName() == "forward") &&
          isDeclaredIn(FD, {"std"}))
        Out.insert(CE);
  });
  return Out;
}

Dim tripCount(const Dim &Begin, const Dim &End, bool Inclusive) {
  std::optional<int64_t> B = Begin.constant(), E = End.constant();
  if (B && E) {
    int64_t Trip;
    if (__builtin_sub_overflow(*E, *B, &Trip) ||
        (Inclusive && __builtin_add_overflow(Trip, 1, &Trip)))
      return Dim();
    return Dim::constant(Trip < 0 ? 0 : Trip);
  }
  if (B && *B == 0 && !Inclusive && End.isSymbolic() && End.coefficient() > 0)
    return End;
  return Dim();
}

std::optional<TensorListValue> listAfterLoop(const TensorListValue &AtEntry,
                                             const TensorListValue &AtExit,
                                             const Dim &Trip) {
  std::optional<int64_t> Before = AtEntry.count().constant();
  if (!Before || !Trip.isKnown())
    return std::nullopt;
  if (Trip.equals(0) == Tri::True)
    return AtEntry; // the loop does not run
  TensorListValue R = AtExit.uniform();
  if (std::optional<int64_t> T = Trip.constant()) {
    int64_t N;
    if (__builtin_add_overflow(*Before, *T, &N))
      return std::nullopt;
    R.Count = Dim::constant(N);
  } else if (*Before == 0) {
    R.Count = Trip;
  } else {
    return std::nullopt;
  }
  return R;
}

} // namespace clang::tidy::torch
