//===--- ShapeDataflow.cpp - Forward dataflow of tensor facts over the CFG ===//

#include "ShapeDataflow.h"
#include "AnnotatedFacts.h"
#include "AstUtils.h"
#include "CallSummaries.h"
#include "DataModels.h"
#include "EscapingVars.h"
#include "ShapeState.h"
#include "TensorLists.h"
#include "TorchTypes.h"

#include "clang/AST/ExprCXX.h"
#include "clang/Analysis/Analyses/PostOrderCFGView.h"
#include "clang/Analysis/CFG.h"
#include "clang/Analysis/FlowSensitive/DataflowWorklist.h"
#include "llvm/ADT/BitVector.h"
#include "llvm/ADT/DenseSet.h"

namespace clang::tidy::torch {

FunctionShapes::FunctionShapes(ASTContext &Ctx, const EngineLimits &Limits)
    : Calls(std::make_unique<CallSummaries>(Ctx, Session, Limits)),
      EC(Ctx, Session) {
  Session.Calls = Calls.get();
}

FunctionShapes::~FunctionShapes() = default;

std::optional<Value> FunctionShapes::value(const Expr *E) const {
  if (!Complete || !E)
    return std::nullopt;
  for (const Expr *Try : {E, E->IgnoreImplicit(), E->IgnoreParenImpCasts()}) {
    auto It = EC.ExprValues.find(Try);
    if (It != EC.ExprValues.end())
      return It->second;
  }
  return std::nullopt;
}

std::optional<TensorFact> FunctionShapes::tensorFact(const Expr *E) const {
  std::optional<Value> V = value(E);
  if (const auto *T = V ? std::get_if<TensorFact>(&*V) : nullptr)
    return *T;
  return std::nullopt;
}

namespace {

/// Blocks that lie on a cycle of the CFG (Tarjan's strongly connected
/// components): a value made there may differ from one iteration to the next.
/// Our own, not llvm::scc_iterator: clang's CFG has null successors (edges
/// the builder knows are never taken), which LLVM's graph algorithms would
/// follow; here they are skipped.
llvm::BitVector blocksInLoops(const CFG &G) {
  unsigned N = G.getNumBlockIDs();
  llvm::BitVector InLoop(N);
  std::vector<int> Index(N, -1), Low(N, 0);
  std::vector<bool> OnStack(N, false);
  std::vector<unsigned> Stack;
  int Counter = 0;
  struct Frame {
    const CFGBlock *B;
    CFGBlock::const_succ_iterator It;
  };
  for (const CFGBlock *Root : G) {
    if (!Root || Index[Root->getBlockID()] != -1)
      continue;
    std::vector<Frame> Work = {{Root, Root->succ_begin()}};
    Index[Root->getBlockID()] = Low[Root->getBlockID()] = Counter++;
    Stack.push_back(Root->getBlockID());
    OnStack[Root->getBlockID()] = true;
    while (!Work.empty()) {
      Frame &F = Work.back();
      unsigned Id = F.B->getBlockID();
      if (F.It != F.B->succ_end()) {
        const CFGBlock *S = *F.It;
        ++F.It;
        if (!S)
          continue;
        unsigned SId = S->getBlockID();
        if (SId == Id)
          InLoop.set(Id); // a self-loop
        if (Index[SId] == -1) {
          Index[SId] = Low[SId] = Counter++;
          Stack.push_back(SId);
          OnStack[SId] = true;
          Work.push_back({S, S->succ_begin()});
        } else if (OnStack[SId]) {
          Low[Id] = std::min(Low[Id], Index[SId]);
        }
        continue;
      }
      if (Low[Id] == Index[Id]) {
        std::vector<unsigned> Component;
        unsigned Member;
        do {
          Member = Stack.back();
          Stack.pop_back();
          OnStack[Member] = false;
          Component.push_back(Member);
        } while (Member != Id);
        if (Component.size() > 1)
          for (unsigned M : Component)
            InLoop.set(M);
      }
      Work.pop_back();
      if (!Work.empty()) {
        unsigned Parent = Work.back().B->getBlockID();
        Low[Parent] = std::min(Low[Parent], Low[Id]);
      }
    }
  }
  return InLoop;
}

/// Whether parameter \p I of \p FD was written as a forwarding reference
/// (`Args&&... args`), as in ModuleHolder::operator().
bool isForwardingParam(const FunctionDecl *FD, unsigned I) {
  // torch::nn::Linear(opts) calls the constructor that TORCH_MODULE's class
  // inherits from ModuleHolder: the template is that one's.
  if (const auto *CD = dyn_cast<CXXConstructorDecl>(FD);
      CD && CD->isInheritingConstructor())
    FD = CD->getInheritedConstructor().getConstructor();
  const FunctionDecl *Pattern = FD->getTemplateInstantiationPattern();
  if (!Pattern || Pattern->getNumParams() == 0)
    return false;
  QualType T =
      Pattern->getParamDecl(std::min(I, Pattern->getNumParams() - 1))->getType();
  if (const auto *PE = T->getAs<PackExpansionType>())
    T = PE->getPattern();
  const auto *RR = T->getAs<RValueReferenceType>();
  return RR && !RR->getPointeeType().hasQualifiers() &&
         RR->getPointeeType()->getAs<TemplateTypeParmType>();
}

/// For each block, the variables some path from its end may still name:
/// the state need not carry the others past the block. (No kills: a
/// variable overwritten before its next use is kept too, which is safe.)
class VariablesInUse {
public:
  explicit VariablesInUse(const CFG &G) : LiveOut(G.getNumBlockIDs()) {
    std::vector<llvm::SmallVector<unsigned, 8>> Refs(G.getNumBlockIDs());
    for (const CFGBlock *B : G) {
      if (!B)
        continue;
      for (const CFGElement &El : *B)
        if (std::optional<CFGStmt> CS = El.getAs<CFGStmt>())
          if (const auto *DRE = dyn_cast<DeclRefExpr>(CS->getStmt()))
            Refs[B->getBlockID()].push_back(indexOf(DRE->getDecl()));
    }
    unsigned N = Index.size();
    std::vector<llvm::BitVector> LiveIn(G.getNumBlockIDs(), llvm::BitVector(N));
    for (llvm::BitVector &V : LiveOut)
      V.resize(N);
    for (bool Changed = true; Changed;) {
      Changed = false;
      for (const CFGBlock *B : G) {
        if (!B)
          continue;
        unsigned Id = B->getBlockID();
        llvm::BitVector Out(N);
        for (const CFGBlock *S : B->succs())
          if (S)
            Out |= LiveIn[S->getBlockID()];
        llvm::BitVector In = Out;
        for (unsigned R : Refs[Id])
          In.set(R);
        if (In != LiveIn[Id] || Out != LiveOut[Id]) {
          LiveIn[Id] = std::move(In);
          LiveOut[Id] = std::move(Out);
          Changed = true;
        }
      }
    }
  }

  /// Whether \p D may be named after block \p B. Fields always may.
  bool usedAfter(const CFGBlock &B, const ValueDecl *D) const {
    if (isa<FieldDecl>(D))
      return true;
    auto It = Index.find(D);
    return It != Index.end() && LiveOut[B.getBlockID()].test(It->second);
  }

private:
  unsigned indexOf(const ValueDecl *D) {
    return Index.try_emplace(D, Index.size()).first->second;
  }
  llvm::DenseMap<const ValueDecl *, unsigned> Index;
  std::vector<llvm::BitVector> LiveOut;
};

class ShapeDataflow {
public:
  ShapeDataflow(const FunctionDecl *Fn, EngineContext &EC,
                const EngineLimits &Limits,
                const llvm::DenseMap<const ValueDecl *, Value> &Bindings)
      : Fn(Fn), EC(EC), Limits(Limits), Bindings(Bindings) {}

  /// Whether the analysis reached its fixpoint.
  bool run();

private:
  void transfer(const Stmt *S, ShapeState &State);
  void recordReturn(const ReturnStmt *RS, ShapeState &State);
  void bindVar(const VarDecl *VD, ShapeState &State);
  void assign(const ValueDecl *D, const Expr *Site, Value V, ShapeState &State);
  void applyEffects(const Expr *E, const Value &V, ShapeState &State);
  void changeTensor(const ValueDecl *D, const Value &New, ShapeState &State);
  void forgetReferenceArgs(const Expr *E, ShapeState &State);
  bool isTracked(const ValueDecl *D) const;
  const ValueDecl *moduleVar(const CXXMemberCallExpr *MCE) const;
  const ValueDecl *trackedVar(const Expr *E) const;
  const ValueDecl *holderOfPart(const Expr *E) const;
  void forgetHolderOf(const Expr *E, ShapeState &State);

  ShapeState initialState();
  void collectLoaderLoops(const Stmt *S);
  bool changeList(const CXXMemberCallExpr *MCE, const ValueDecl *D,
                  ShapeState &State);
  ShapeState stateAlong(const CFGBlock *From, const CFGBlock *To,
                        const std::vector<std::optional<ShapeState>> &Out);

  const FunctionDecl *Fn;
  EngineContext &EC;
  const EngineLimits &Limits;
  const llvm::DenseMap<const ValueDecl *, Value> &Bindings;
  llvm::DenseSet<const ValueDecl *> Escaping;
  /// The variables of range-for loops over data loaders, with their loop.
  llvm::DenseMap<const VarDecl *, const CXXForRangeStmt *> LoopVars;
  /// Loops whose trip count says how many elements they append
  /// (TensorLists.h), and the std::move calls that move into a vector.
  llvm::DenseMap<const Stmt *, CountedLoop> CountedLoops;
  llvm::DenseSet<const Expr *> MovesIntoLists;
  llvm::BitVector InLoop;
  const CFGBlock *Current = nullptr;
};

bool ShapeDataflow::isTracked(const ValueDecl *D) const {
  if (!D || Escaping.count(D))
    return false;
  // The hidden object of a structured binding is named only by the
  // compiler's own get<I>() calls that initialize the bindings, which take
  // it by non-const reference; its bindings are what is tracked.
  if (isa<DecompositionDecl>(D))
    return false;
  if (const auto *VD = dyn_cast<VarDecl>(D)) {
    if (!VD->isLocalVarDeclOrParm() || VD->isStaticLocal())
      return false;
    // A reference local is an alias of something we do not follow; a
    // reference parameter holds the caller's tensor, which we may follow;
    // a range-for's reference names the batch a data loader made.
    if (VD->getType()->isReferenceType() && !isa<ParmVarDecl>(VD) &&
        !LoopVars.count(VD))
      return false;
    return true;
  }
  // A field of the object the method runs on (this->f).
  return isa<BindingDecl>(D) || isa<FieldDecl>(D);
}

const ValueDecl *ShapeDataflow::trackedVar(const Expr *E) const {
  if (!E)
    return nullptr;
  E = E->IgnoreParenImpCasts();
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    if (F && isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()) &&
        isTracked(F))
      return F;
    return nullptr;
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  if (!DRE || !isTracked(DRE->getDecl()) || isa<FieldDecl>(DRE->getDecl()))
    return nullptr;
  return DRE->getDecl();
}

/// The variable holding the example \p E is a field of (`batch` in
/// `batch.target`): a write there changes it.
const ValueDecl *ShapeDataflow::holderOfPart(const Expr *E) const {
  // batch.target, v[i], v.at(i), v.back(), batch[i].target: a part of an
  // example, of a vector of tensors or of an unstacked batch.
  bool Part = false;
  while (E) {
    E = E->IgnoreParenImpCasts();
    auto IsVector = [](const Expr *X) {
      return isTensorVector(X->getType()) || isExampleVector(X->getType());
    };
    if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E);
        OCE && OCE->getOperator() == OO_Subscript && OCE->getNumArgs() == 2 &&
        IsVector(OCE->getArg(0))) {
      E = OCE->getArg(0);
    } else if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E);
               MCE && MCE->getImplicitObjectArgument() &&
               IsVector(MCE->getImplicitObjectArgument())) {
      E = MCE->getImplicitObjectArgument();
    } else if (const auto *ME = dyn_cast<MemberExpr>(E);
               ME && !ME->isArrow()) {
      E = ME->getBase();
    } else {
      break;
    }
    Part = true;
  }
  return Part ? trackedVar(E) : nullptr;
}

void ShapeDataflow::forgetHolderOf(const Expr *E, ShapeState &State) {
  const ValueDecl *D = holderOfPart(E);
  const Value *V = D ? State.lookup(D) : nullptr;
  if (!V || !(asData(*V) || std::holds_alternative<TensorListValue>(*V)))
    return;
  State.forget(D);
  // `for (auto &example : batch)`: the example is a part of the batch.
  if (const auto *VD = dyn_cast<VarDecl>(D))
    if (auto Loop = LoopVars.find(VD);
        Loop != LoopVars.end() && VD->getType()->isReferenceType())
      if (const ValueDecl *Range = trackedVar(Loop->second->getRangeInit()))
        State.forget(Range);
}

void ShapeDataflow::assign(const ValueDecl *D, const Expr *Site, Value V,
                           ShapeState &State) {
  QualType T = D->getType().getNonReferenceType();
  if (T->isIntegerType()) {
    // An integer we cannot compute still names one size, shared by all its
    // uses, as long as the definition does not repeat in a loop.
    if (!std::holds_alternative<IntValue>(V) ||
        !std::get<IntValue>(V).Value.isKnown()) {
      if (InLoop.size() && Current && !InLoop.test(Current->getBlockID()))
        V = IntValue{EC.symbolFor(Site ? static_cast<const void *>(Site)
                                       : static_cast<const void *>(D),
                                  D->getName())};
      else
        V = std::monostate();
    }
  }
  if (auto *F = std::get_if<TensorFact>(&V)) {
    if (F->Sizes.hasRank()) {
      SourceRange Where = Site ? Site->getSourceRange() : D->getSourceRange();
      // Name the step that made the value here, or note the copy.
      if (!F->Origin.empty() && Site &&
          Where.getBegin() <= F->Origin.back().Range.getBegin() &&
          F->Origin.back().Range.getEnd() <= Where.getEnd() &&
          F->Origin.back().Var.empty())
        F->Origin.nameLast(D->getName().str());
      else
        addOrigin(*F, OriginStep{Where, "", D->getName().str(), F->Sizes,
                                  StepKind::Assignment});
    }
  }
  meetVariableAnnotation(EC, D, V);
  State.set(D, std::move(V));
}

void ShapeDataflow::bindVar(const VarDecl *VD, ShapeState &State) {
  ExprEvaluator Eval(EC, State);
  if (const auto *DD = dyn_cast<DecompositionDecl>(VD)) {
    Value T = DD->getInit() ? Eval.valueOf(DD->getInit()) : Value();
    const auto *Tu = std::get_if<TupleValue>(&T);
    unsigned I = 0;
    for (const BindingDecl *B : DD->bindings()) {
      if (Tu && I < Tu->Elements.size() && isTracked(B))
        assign(B, DD->getInit(), Tu->Elements[I], State);
      else
        State.forget(B);
      ++I;
    }
    return;
  }
  // `auto &t = batch.target;`, `auto *p = &batch.target;`: an alias of a
  // part of the batch, through which it may change.
  if (const Expr *Init = VD->getInit()) {
    QualType T = VD->getType();
    bool Alias = (T->isReferenceType() &&
                  !T.getNonReferenceType().isConstQualified()) ||
                 T->isPointerType();
    const Expr *Part = Init->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(Part);
        UO && UO->getOpcode() == UO_AddrOf)
      Part = UO->getSubExpr();
    if (Alias)
      forgetHolderOf(Part, State);
    // `for (const auto &t : v)` binds a reference to v: its elements are
    // handles, changed in place through const references too.
    if (T->isReferenceType())
      if (const ValueDecl *L = trackedVar(Part))
        if (const Value *LV = State.lookup(L);
            LV && std::holds_alternative<TensorListValue>(*LV))
          State.forget(L);
  }
  if (!isTracked(VD))
    return;
  // for (auto &batch : *loader): each batch the loader yields.
  if (auto Loop = LoopVars.find(VD); Loop != LoopVars.end()) {
    State.set(VD, loaderElement(Eval.valueOf(Loop->second->getRangeInit())));
    return;
  }
  const Expr *Init = VD->getInit();
  assign(VD, Init, Init ? Eval.valueOf(Init) : Value(), State);
}

void ShapeDataflow::changeTensor(const ValueDecl *D, const Value &New,
                                 ShapeState &State) {
  const Value *Old = State.lookup(D);
  unsigned Object = 0;
  if (Old)
    if (const auto *T = std::get_if<TensorFact>(Old))
      Object = T->Object;
  // A tuple (max(dim)'s values and indices) changed through a reference
  // changes at most the tensor objects it holds.
  llvm::SmallVector<unsigned, 4> Held;
  bool HeldKnown = false;
  if (const auto *Tuple = Old ? std::get_if<TupleValue>(Old) : nullptr) {
    HeldKnown = true;
    for (const TensorFact &E : Tuple->Elements) {
      HeldKnown &= E.Object != 0;
      Held.push_back(E.Object);
    }
  }
  // Other handles of the same tensor object see the change; a handle that
  // may be any object (0) can no longer be trusted.
  llvm::SmallVector<const ValueDecl *, 4> Forget;
  const auto *NewFact = std::get_if<TensorFact>(&New);
  State.forEachTensor([&](const ValueDecl *Other, TensorFact &F) {
    if (Other == D)
      return;
    if (HeldKnown) {
      if (F.Object == 0 || llvm::is_contained(Held, F.Object))
        Forget.push_back(Other);
      return;
    }
    if (Object != 0 && F.Object == Object && NewFact)
      F = *NewFact;
    else if (Object == 0 || F.Object == 0 || F.Object == Object)
      Forget.push_back(Other);
  });
  // A vector holding the tensor (or any tensor, if unsure which) is
  // forgotten: which of its elements changed is not followed.
  // So is an example or batch holding it (a dataset or a loader makes new
  // tensors for every batch).
  auto MayBe = [&](unsigned O) {
    if (HeldKnown)
      return O == 0 || llvm::is_contained(Held, O);
    return Object == 0 || O == 0 || O == Object;
  };
  State.forEachValue([&](const ValueDecl *Other, const Value &V) {
    if (Other == D)
      return;
    bool May = false;
    if (const auto *L = std::get_if<TensorListValue>(&V)) {
      if (HeldKnown)
        for (unsigned O : Held)
          May |= L->mayHold(O);
      else
        May = L->mayHold(Object);
    } else if (const DataValue *DV = asData(V)) {
      May = (DV->What == DataValue::Kind::Example ||
             DV->What == DataValue::Kind::Examples) &&
            (MayBe(DV->Data.Object) || (DV->HasTarget && MayBe(DV->Target.Object)));
    }
    if (May)
      Forget.push_back(Other);
  });
  for (const ValueDecl *O : Forget)
    State.forget(O);
  // A tuple changed in some unknown way still holds the same objects (only
  // its handles can be replaced), so the next change spares the rest.
  if (HeldKnown && std::holds_alternative<std::monostate>(New)) {
    TupleValue Unknown;
    for (unsigned O : Held) {
      TensorFact F;
      F.Object = O;
      Unknown.Elements.push_back(std::move(F));
    }
    State.set(D, Unknown);
    return;
  }
  State.set(D, New);
}

void ShapeDataflow::forgetReferenceArgs(const Expr *E, ShapeState &State) {
  const FunctionDecl *Callee = nullptr;
  llvm::SmallVector<const Expr *, 4> Args;
  unsigned Offset = 0;
  if (const auto *CE = dyn_cast<CallExpr>(E)) {
    // std::move(t) into a vector: t is moved, not changed in place.
    if (MovesIntoLists.count(CE))
      return;
    Callee = CE->getDirectCallee();
    Args.assign(CE->arguments().begin(), CE->arguments().end());
    Offset = objectArgumentCount(CE);
  } else if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
    Callee = CC->getConstructor();
    Args.assign(CC->arguments().begin(), CC->arguments().end());
  }
  if (!Callee)
    return;
  for (unsigned I = Offset; I < Args.size(); ++I) {
    unsigned P = I - Offset;
    if (P >= Callee->getNumParams())
      break;
    QualType PT = Callee->getParamDecl(P)->getType();
    if (!PT->isReferenceType() || PT.getNonReferenceType().isConstQualified())
      continue;
    // LibTorch's forwarding templates (ModuleHolder::operator(), ...) pass
    // tensors on to const parameters.
    if (isInTorchLibrary(Callee) && isForwardingParam(Callee, P))
      continue;
    const ValueDecl *D = trackedVar(Args[I]);
    if (!D) {
      forgetHolderOf(Args[I], State);
      continue;
    }
    // A number passed by reference changes only itself: no tensor shares it.
    QualType VT = D->getType().getNonReferenceType();
    if (VT->isArithmeticType() || VT->isEnumeralType())
      State.forget(D);
    else
      changeTensor(D, Value(), State);
  }
}

/// Whether \p MCE may change the module it is called on (`seq->push_back`),
/// rather than only use it.
bool changesModule(const CXXMemberCallExpr *MCE) {
  const CXXMethodDecl *MD = MCE->getMethodDecl();
  if (!MD || MD->isConst() || !MD->getIdentifier() ||
      !moduleImplOf(MCE->getObjectType()))
    return false;
  return !llvm::is_contained(
      {"forward", "parameters", "named_parameters", "buffers", "children",
       "modules", "train", "eval", "is_training", "to", "zero_grad",
       "pretty_print", "name", "ptr", "get", "is_empty"},
      MD->getName());
}

const ValueDecl *ShapeDataflow::moduleVar(const CXXMemberCallExpr *MCE) const {
  const Expr *Obj = MCE->getImplicitObjectArgument()->IgnoreParenImpCasts();
  // holder->f(): the holder is the argument of operator->.
  if (const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Obj);
      Arrow && Arrow->getOperator() == OO_Arrow && Arrow->getNumArgs() == 1)
    Obj = Arrow->getArg(0);
  return trackedVar(Obj);
}

void ShapeDataflow::applyEffects(const Expr *E, const Value &V,
                                 ShapeState &State) {
  ExprEvaluator Eval(EC, State);
  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    const ValueDecl *D = trackedVar(BO->getLHS());
    if (!D) {
      if (BO->isAssignmentOp())
        forgetHolderOf(BO->getLHS(), State);
      return;
    }
    if (BO->getOpcode() == BO_Assign)
      assign(D, BO, Eval.valueOf(BO->getRHS()), State);
    else if (BO->isCompoundAssignmentOp())
      assign(D, BO, Eval.evaluate(E) /* folded only when constant */, State);
    return;
  }
  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->isIncrementDecrementOp())
      if (const ValueDecl *D = trackedVar(UO->getSubExpr()))
        assign(D, UO, Value(), State);
    return;
  }
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E)) {
    if (OCE->isAssignmentOp() && OCE->getNumArgs() >= 1)
      forgetHolderOf(OCE->getArg(0), State);
    if (OCE->getOperator() == OO_Equal && OCE->getNumArgs() == 2) {
      if (const ValueDecl *D = trackedVar(OCE->getArg(0))) {
        // A new handle in the variable: other handles keep the old tensor.
        assign(D, OCE, Eval.valueOf(OCE->getArg(1)), State);
        return;
      }
    }
    forgetReferenceArgs(E, State);
    return;
  }
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E)) {
    const CXXMethodDecl *MD = MCE->getMethodDecl();
    const Expr *Obj = MCE->getImplicitObjectArgument();
    if (MD && changesModule(MCE)) {
      if (const ValueDecl *Holder = moduleVar(MCE))
        State.forget(Holder);
    }
    const ValueDecl *D = trackedVar(Obj);
    if (D && isTensorVector(Obj->getType()) && changeList(MCE, D, State))
      return;
    // `criterion->options.ignore_index(0)` changes a module's options.
    if (const auto *ME =
            Obj ? dyn_cast<MemberExpr>(Obj->IgnoreParenImpCasts()) : nullptr) {
      const Expr *Base = ME->getBase()->IgnoreParenImpCasts();
      if (const auto *Arrow = dyn_cast<CXXOperatorCallExpr>(Base);
          Arrow && Arrow->getOperator() == OO_Arrow && Arrow->getNumArgs() == 1)
        Base = Arrow->getArg(0);
      if (const ValueDecl *M = trackedVar(Base))
        if (const Value *MV = State.lookup(M);
            MV && asModule(*MV))
          State.forget(M);
    }
    // batch.target.squeeze_(): a method that may change the object (a
    // tensor's in-place ops are const methods) changes the example.
    if (MD && MD->getIdentifier() &&
        (!MD->isConst() || (MD->getName().ends_with("_") &&
                            isTensorType(Obj->getType()))))
      forgetHolderOf(Obj, State);
    // `opts.ignore_index(0)`: a setter changes the options variable.
    if (MD && D && MCE->getNumArgs() == 1 &&
        (isOptionsRecord(recordOf(Obj->getType())) ||
         isDataLoaderOptions(recordOf(Obj->getType())))) {
      assign(D, MCE, V, State);
      return;
    }
    if (MD && D && MD->getIdentifier() &&
        isTensorType(MCE->getImplicitObjectArgument()->getType())) {
      llvm::StringRef Name = MD->getName();
      // x.op_(...): the tensor itself changes.
      if (Name.size() > 1 && Name.ends_with("_") && !Name.starts_with("_")) {
        Value New = std::holds_alternative<TensorFact>(V) ? V : Value();
        // Its note names the variable changed, as an assignment's does.
        if (auto *F = std::get_if<TensorFact>(&New))
          if (!F->Origin.empty() && F->Origin.back().Var.empty() &&
              F->Origin.back().Range.getBegin() == MCE->getExprLoc())
            F->Origin.nameLast(D->getName().str());
        changeTensor(D, New, State);
        return;
      }
    }
    forgetReferenceArgs(E, State);
    return;
  }
  if (isa<CallExpr>(E) || isa<CXXConstructExpr>(E))
    forgetReferenceArgs(E, State);
}

/// A method called on the vector of tensors \p D: its list after the call.
/// Returns false when the call's other effects (its arguments) remain.
bool ShapeDataflow::changeList(const CXXMemberCallExpr *MCE,
                               const ValueDecl *D, ShapeState &State) {
  const CXXMethodDecl *MD = MCE->getMethodDecl();
  if (!MD || !MD->getIdentifier())
    return false;
  const Value *Old = State.lookup(D);
  const auto *L = Old ? std::get_if<TensorListValue>(Old) : nullptr;
  switch (listEffectOf(MD->getName())) {
  case ListEffect::Reads:
    return false;
  case ListEffect::Appends: {
    if (!L || MCE->getNumArgs() != 1)
      break;
    ExprEvaluator Eval(EC, State);
    const Expr *A = MCE->getArg(0);
    TensorFact F = isTensorType(A->getType()) ? Eval.tensorOf(A) : TensorFact();
    State.set(D, L->pushed(std::move(F)));
    return true;
  }
  case ListEffect::Clears:
    State.set(D, TensorListValue{});
    return true;
  case ListEffect::Changes:
    break;
  }
  State.forget(D);
  return false;
}

void ShapeDataflow::transfer(const Stmt *S, ShapeState &State) {
  if (const auto *RS = dyn_cast<ReturnStmt>(S)) {
    recordReturn(RS, State);
    return;
  }
  if (const auto *DS = dyn_cast<DeclStmt>(S)) {
    for (const Decl *D : DS->decls())
      if (const auto *VD = dyn_cast<VarDecl>(D))
        bindVar(VD, State);
    return;
  }
  const auto *E = dyn_cast<Expr>(S);
  if (!E)
    return;
  Value V;
  {
    ExprEvaluator Eval(EC, State);
    V = Eval.evaluate(E);
  }
  meetExpressionAnnotation(EC, State, E, V);
  // Wrappers (casts, temporaries) give their operand's value, which is kept.
  if (!isa<ImplicitCastExpr, ParenExpr, MaterializeTemporaryExpr,
           CXXBindTemporaryExpr, ExprWithCleanups>(E) &&
      !std::holds_alternative<std::monostate>(V))
    EC.ExprValues[E] = V;
  applyEffects(E, V, State);
}

void ShapeDataflow::recordReturn(const ReturnStmt *RS, ShapeState &State) {
  const Expr *R = RS->getRetValue();
  ExprEvaluator Eval(EC, State);
  EC.Returns[RS] = R ? Eval.valueOf(R) : Value();
}

void ShapeDataflow::collectLoaderLoops(const Stmt *Body) {
  // A work list, not recursion: expressions nest tens of thousands deep (a
  // long sum), deeper than the stack allows.
  llvm::SmallVector<const Stmt *, 64> Work = {Body};
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *FR = dyn_cast<CXXForRangeStmt>(S)) {
      // A loop over a data loader (a DataLoaderBase, through a smart
      // pointer or not) binds each batch by value or by reference.
      const VarDecl *VD = FR->getLoopVariable();
      const Expr *Range = FR->getRangeInit();
      if (VD && Range && !Escaping.count(VD) &&
          (isDataLoaderType(Range->getType()) ||
           isExampleVector(Range->getType())))
        LoopVars[VD] = FR;
    }
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

ShapeState ShapeDataflow::initialState() {
  ShapeState Initial;
  for (const ParmVarDecl *P : Fn->parameters()) {
    if (!P->getIdentifier() || !isTracked(P))
      continue;
    auto Bound = Bindings.find(P);
    if (Bound != Bindings.end()) {
      Initial.set(P, Bound->second); // the argument of the analyzed call
      continue;
    }
    // An integer parameter is one size for the whole call; a tensor
    // parameter is what its annotation says.
    if (P->getType().getNonReferenceType()->isIntegerType())
      Initial.set(P, IntValue{EC.symbolFor(P, P->getName())});
    else if (std::optional<TensorFact> F = annotatedParameterFact(EC, P))
      Initial.set(P, std::move(*F));
  }
  // A constructor's member initializers run before its body.
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Fn))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      if (const FieldDecl *F = Init->getMember(); F && Init->getInit()) {
        ExprEvaluator Eval(EC, Initial);
        Initial.set(F, Eval.valueOf(Init->getInit()));
      }
  return Initial;
}

/// The state \p From passes to \p To. Leaving a counted loop, the vectors it
/// appends to have the count its trip count gives.
ShapeState ShapeDataflow::stateAlong(
    const CFGBlock *From, const CFGBlock *To,
    const std::vector<std::optional<ShapeState>> &Out) {
  ShapeState S = *Out[From->getBlockID()];
  const Stmt *FS = From->getTerminatorStmt();
  auto Loop = FS ? CountedLoops.find(FS) : CountedLoops.end();
  if (Loop == CountedLoops.end() || From->succ_size() != 2 ||
      From->succ_begin()[1].getReachableBlock() != To)
    return S;
  // The state the loop starts in: what reaches its condition from before
  // the loop rather than from its increment.
  std::optional<ShapeState> Entry;
  for (const CFGBlock *P : From->preds()) {
    if (!P || P->getLoopTarget() == FS || !Out[P->getBlockID()])
      continue;
    if (!Entry)
      Entry = *Out[P->getBlockID()];
    else
      Entry->joinWith(*Out[P->getBlockID()]);
  }
  if (!Entry)
    return S;
  ExprEvaluator Eval(EC, *Entry);
  const CountedLoop &L = Loop->second;
  Dim Trip;
  if (L.Range) {
    // A range-for: as many iterations as the range has elements.
    Value R = Eval.valueOf(L.Range);
    if (const DataValue *Batch = asData(R);
        Batch && Batch->What == DataValue::Kind::Examples)
      Trip = Batch->Size;
    else if (const auto *List = std::get_if<TensorListValue>(&R))
      Trip = List->count();
  } else {
    Trip = tripCount(Eval.intOf(L.Begin), Eval.intOf(L.End), L.Inclusive);
  }
  for (const ValueDecl *D : Loop->second.Appended) {
    const Value *Before = Entry->lookup(D), *After = S.lookup(D);
    const auto *LB = Before ? std::get_if<TensorListValue>(Before) : nullptr;
    const auto *LA = After ? std::get_if<TensorListValue>(After) : nullptr;
    if (!LB || !LA)
      continue;
    if (std::optional<TensorListValue> L = listAfterLoop(*LB, *LA, Trip))
      S.set(D, std::move(*L));
  }
  return S;
}

// The fixpoint loop is ours rather than clang's FlowSensitive framework:
// that framework models values in its own Environment (storage locations,
// a SAT solver), while our facts are plain values joined per variable; and
// the loop must skip the CFG's null successors, widen after a bounded number
// of visits, and give up on a budget. It does use clang's worklist.
bool ShapeDataflow::run() {
  const Stmt *Body = Fn->getBody();
  if (!Body)
    return false;
  CFG::BuildOptions Options = shapeCFGOptions();
  std::unique_ptr<CFG> G =
      CFG::buildCFG(Fn, const_cast<Stmt *>(Body), &EC.Ctx, Options);
  if (!G)
    return false;

  Escaping = findEscapingVars(Body);
  collectLoaderLoops(Body);
  CountedLoops = findCountedLoops(Body);
  MovesIntoLists = findMovesIntoLists(Body);
  InLoop = blocksInLoops(*G);
  VariablesInUse Live(*G);
  ShapeState Initial = initialState();

  unsigned N = G->getNumBlockIDs();
  std::vector<std::optional<ShapeState>> In(N), OutState(N);
  std::vector<unsigned> Visits(N, 0);
  PostOrderCFGView POV(G.get());
  ForwardDataflowWorklist Worklist(*G, &POV);
  const CFGBlock &Entry = G->getEntry();
  Worklist.enqueueBlock(&Entry);
  unsigned long Budget = static_cast<unsigned long>(N) * Limits.MaxVisitsPerBlock + 64;

  while (const CFGBlock *B = Worklist.dequeue()) {
    if (Budget-- == 0) {
      // Partial facts would not hold on every path.
      EC.ExprValues.clear();
      EC.Returns.clear();
      return false;
    }
    unsigned Id = B->getBlockID();
    std::optional<ShapeState> State;
    if (B == &Entry)
      State = Initial;
    for (const CFGBlock *P : B->preds()) {
      if (!P || !OutState[P->getBlockID()])
        continue;
      if (!State)
        State = stateAlong(P, B, OutState);
      else
        State->joinWith(stateAlong(P, B, OutState));
    }
    if (!State)
      continue;
    if (In[Id]) {
      if (Visits[Id] >= Limits.WidenAfterVisits)
        State->widenFrom(*In[Id]);
      if (State->sameFacts(*In[Id]))
        continue;
    }
    In[Id] = *State;
    ++Visits[Id];
    Current = B;
    for (const CFGElement &El : *B)
      if (std::optional<CFGStmt> CS = El.getAs<CFGStmt>())
        transfer(CS->getStmt(), *State);
    // What no later statement names need not flow on: keeps the states,
    // and so the analysis, linear in the size of the function.
    if (B != &G->getExit())
      State->retainIf([&](const ValueDecl *D) { return Live.usedAfter(*B, D); });
    if (!OutState[Id] || !State->sameFacts(*OutState[Id])) {
      OutState[Id] = std::move(*State);
      Worklist.enqueueSuccessors(B);
    }
  }
  unsigned ExitId = G->getExit().getBlockID();
  if (In[ExitId])
    EC.ExitState = std::move(*In[ExitId]);
  return true;
}

} // namespace

bool runDataflow(const FunctionDecl *Fn, EngineContext &EC,
                 const EngineLimits &Limits,
                 const llvm::DenseMap<const ValueDecl *, Value> &Bindings) {
  return ShapeDataflow(Fn, EC, Limits, Bindings).run();
}

std::unique_ptr<FunctionShapes> analyzeFunction(const FunctionDecl *Fn,
                                                ASTContext &Ctx,
                                                const EngineLimits &Limits) {
  auto Result = std::make_unique<FunctionShapes>(Ctx, Limits);
  if (Fn)
    Result->Complete = runDataflow(
        Fn, Result->EC, Limits, llvm::DenseMap<const ValueDecl *, Value>());
  return Result;
}

std::unique_ptr<FunctionShapes> analyzeFunctionInContext(
    const FunctionDecl *Fn, ASTContext &Ctx,
    const llvm::DenseMap<const ValueDecl *, Value> &Bindings,
    const FunctionShapes &Caller, const EngineLimits &Limits) {
  auto Result = std::make_unique<FunctionShapes>(Ctx, Limits);
  // The caller's sizes and tensors keep their names and identities.
  Result->Session.Symbols = Caller.Session.Symbols;
  Result->Session.NextObject = Caller.Session.NextObject;
  if (Fn)
    Result->Complete = runDataflow(Fn, Result->EC, Limits, Bindings);
  return Result;
}

} // namespace clang::tidy::torch
