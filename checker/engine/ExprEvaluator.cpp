//===--- ExprEvaluator.cpp - The abstract value of one expression ---------===//

#include "ExprEvaluator.h"
#include "AstUtils.h"
#include "CallSummaries.h"
#include "ClassModels.h"
#include "DataModels.h"
#include "ModuleModels.h"
#include "OpTable.h"
#include "TorchTypes.h"

#include "../core/ShapeOps.h"

#include "clang/AST/DeclTemplate.h"
#include "clang/AST/StmtVisitor.h"
#include "llvm/ADT/SmallVector.h"

namespace clang::tidy::torch {

using torchtidy::dtypeFromScalarTypeName;

Dim EngineContext::symbolFor(const void *Site, llvm::StringRef Name) {
  auto [It, Inserted] = SiteSymbols.try_emplace(Site, 0);
  if (Inserted)
    It->second = Symbols.add(Name.str());
  return Dim::symbol(It->second);
}

unsigned EngineContext::objectFor(const Expr *E, unsigned Part) {
  auto [It, Inserted] = ObjectIds.try_emplace({E, Part}, 0);
  if (Inserted)
    It->second = Session.NextObject++;
  return It->second;
}

namespace {

/// The dtype LibTorch gives a literal element of torch::tensor({...}).
DType literalDType(const Expr *E) {
  QualType T = E->getType();
  if (T->isBooleanType())
    return DType::Bool;
  if (T->isIntegerType())
    return DType::Long;
  if (T->isFloatingType())
    return DType::Float; // LibTorch's default dtype
  return DType::Unknown;
}

llvm::ArrayRef<const Expr *> argumentsOf(const CallExpr *E) {
  return llvm::ArrayRef<const Expr *>(E->getArgs(), E->getNumArgs());
}

/// One rule per kind of expression, as clang's FlowSensitive/Transfer.cpp
/// has. Each gives the expression's value from its operands' (already
/// evaluated, in CFG order) and the state; an expression without a rule is
/// a constant integer or unknown.
class ExprVisitor : public ConstStmtVisitor<ExprVisitor, Value> {
public:
  ExprVisitor(ExprEvaluator &Eval) : Eval(Eval), EC(Eval.context()) {}

  // Wrappers give their operand's value.
  Value VisitFullExpr(const FullExpr *E) {
    return Eval.valueOf(E->getSubExpr());
  }
  Value VisitCXXBindTemporaryExpr(const CXXBindTemporaryExpr *E) {
    return Eval.valueOf(E->getSubExpr());
  }
  Value VisitMaterializeTemporaryExpr(const MaterializeTemporaryExpr *E) {
    return Eval.valueOf(E->getSubExpr());
  }
  Value VisitParenExpr(const ParenExpr *E) {
    return Eval.valueOf(E->getSubExpr());
  }
  // Default arguments and member initializers are not in the CFG: computed
  // where they are used.
  Value VisitCXXDefaultArgExpr(const CXXDefaultArgExpr *E) {
    return Eval.evaluate(E->getExpr());
  }
  Value VisitCXXDefaultInitExpr(const CXXDefaultInitExpr *E) {
    return Eval.evaluate(E->getExpr());
  }

  Value VisitCastExpr(const CastExpr *E);
  Value VisitIntegerLiteral(const IntegerLiteral *E) {
    std::optional<int64_t> V = E->getValue().trySExtValue();
    return V ? Value(IntValue{Dim::constant(*V)}) : Value(std::monostate());
  }
  Value VisitCXXBoolLiteralExpr(const CXXBoolLiteralExpr *E) {
    return IntValue{Dim::constant(E->getValue())};
  }
  Value VisitUnaryOperator(const UnaryOperator *E);
  Value VisitBinaryOperator(const BinaryOperator *E);
  Value VisitConditionalOperator(const ConditionalOperator *E) {
    return join(Eval.valueOf(E->getTrueExpr()),
                Eval.valueOf(E->getFalseExpr()));
  }

  Value VisitDeclRefExpr(const DeclRefExpr *E);
  Value VisitMemberExpr(const MemberExpr *E);
  Value VisitCXXConstructExpr(const CXXConstructExpr *E);
  Value VisitCXXMemberCallExpr(const CXXMemberCallExpr *E);
  Value VisitCXXOperatorCallExpr(const CXXOperatorCallExpr *E);
  Value VisitCallExpr(const CallExpr *E);

  /// The fallback: a constant integer expression, or unknown.
  Value VisitExpr(const Expr *E) { return constant(E); }

private:
  Value constant(const Expr *E) {
    if (std::optional<int64_t> C = Eval.constantInt(E))
      return IntValue{Dim::constant(*C)};
    return std::monostate();
  }
  /// A LibTorch op (OpTable) called on \p SelfExpr (null for a factory).
  Value tensorOp(const Expr *Call, llvm::StringRef Name, bool IsMethod,
                 const Expr *SelfExpr, llvm::ArrayRef<const Expr *> Args);
  /// A call of a function of the translation unit, analyzed with its
  /// arguments.
  Value userCall(const Expr *Call, const FunctionDecl *Callee,
                 llvm::ArrayRef<const Expr *> Args, const Value &This = Value());
  /// An object of the translation unit's class \p RD built with \p Args by
  /// \p Ctor (or, when null, the one constructor that takes as many).
  std::optional<Value> userObject(const CXXRecordDecl *RD,
                                  const CXXConstructorDecl *Ctor,
                                  llvm::ArrayRef<const Expr *> Args);

  ExprEvaluator &Eval;
  EngineContext &EC;
};

Value ExprVisitor::VisitCastExpr(const CastExpr *E) {
  switch (E->getCastKind()) {
  case CK_NoOp:
  case CK_LValueToRValue:
  case CK_DerivedToBase:
  case CK_UncheckedDerivedToBase:
  case CK_ConstructorConversion:
  case CK_UserDefinedConversion:
  case CK_IntegralCast:
  case CK_Dependent:
    return Eval.valueOf(E->getSubExpr());
  case CK_IntegralToBoolean: {
    Value V = Eval.valueOf(E->getSubExpr());
    if (const auto *I = std::get_if<IntValue>(&V))
      if (std::optional<int64_t> C = I->Value.constant())
        return IntValue{Dim::constant(*C != 0)};
    break;
  }
  default:
    break;
  }
  return constant(E);
}

Value ExprVisitor::VisitUnaryOperator(const UnaryOperator *E) {
  if (E->getOpcode() == UO_Minus || E->getOpcode() == UO_Plus) {
    Value V = Eval.valueOf(E->getSubExpr());
    if (const auto *I = std::get_if<IntValue>(&V)) {
      if (E->getOpcode() == UO_Plus)
        return V;
      return IntValue{I->Value.times(Dim::constant(-1))};
    }
  }
  return constant(E);
}

Value ExprVisitor::VisitBinaryOperator(const BinaryOperator *E) {
  if (E->getOpcode() == BO_Assign)
    return Eval.valueOf(E->getRHS());
  if (std::optional<int64_t> C = Eval.constantInt(E))
    return IntValue{Dim::constant(*C)};
  if (!E->getType()->isIntegerType())
    return std::monostate();
  // Sizes computed from sizes: `n * 5`, `n / 2`.
  if (E->getOpcode() == BO_Mul) {
    Dim A = Eval.intOf(E->getLHS()), B = Eval.intOf(E->getRHS());
    if (A.isKnown() && B.isKnown())
      return IntValue{A.times(B)};
  }
  if (E->getOpcode() == BO_Div) {
    Dim A = Eval.intOf(E->getLHS()), B = Eval.intOf(E->getRHS());
    std::optional<int64_t> BC = B.constant();
    if (BC && *BC > 0)
      if (std::optional<Dim> Q = A.dividedBy(B))
        return IntValue{*Q};
  }
  return std::monostate();
}

Value ExprVisitor::VisitDeclRefExpr(const DeclRefExpr *E) {
  const ValueDecl *D = E->getDecl();
  if (const Value *V = Eval.state().lookup(D))
    return *V;
  if (const auto *Enumerator = dyn_cast<EnumConstantDecl>(D))
    if (std::optional<int64_t> V = Enumerator->getInitVal().trySExtValue())
      return IntValue{Dim::constant(*V)};
  // Constants fold (const and constexpr variables, enumerators); other
  // variables are what the state says, or unknown.
  return constant(E);
}

Value ExprVisitor::VisitMemberExpr(const MemberExpr *E) {
  const auto *F = dyn_cast<FieldDecl>(E->getMemberDecl());
  if (!F || !F->getIdentifier())
    return std::monostate();
  // A field of an example: batch.data, batch.target.
  if (!isa<CXXThisExpr>(E->getBase()->IgnoreParenImpCasts()))
    return E->isArrow() ? Value()
                        : exampleField(Eval.valueOf(E->getBase()), F->getName());
  // A field this function assigned, or what the constructors left in it.
  if (const Value *V = Eval.state().lookup(F))
    return *V;
  CallSummaries *Calls = EC.Session.Calls;
  if (!Calls)
    return std::monostate();
  // The object this method runs on, as the call knows it: what its
  // constructor left in the field.
  if (const ObjectValue *This = asObject(EC.This)) {
    Value V = Calls->fieldValueOf(F, *This, EC.CallDepth);
    if (!std::holds_alternative<std::monostate>(V))
      return V;
  }
  Value V = Calls->fieldValue(F, EC.CallDepth);
  if (!std::holds_alternative<std::monostate>(V))
    return V;
  // An integer field only constructors set is one size for the object.
  if (F->getType()->isIntegerType() && F->getIdentifier() &&
      Calls->isSetOnlyByConstructors(F))
    return IntValue{EC.symbolFor(F, F->getName())};
  return std::monostate();
}

Value ExprVisitor::VisitCXXConstructExpr(const CXXConstructExpr *E) {
  const CXXRecordDecl *RD = recordOf(E->getType());
  if (!RD)
    return std::monostate();
  unsigned N = E->getNumArgs();
  // A copy or move of a tensor handle: the same tensor object.
  if (isTensorType(E->getType()))
    return N == 1 ? Eval.valueOf(E->getArg(0)) : Value(std::monostate());
  if (const ClassModel *C = findClassModel(RD))
    return C->Construct(E, Eval);
  if (std::optional<Value> V = constructDataClass(E, Eval))
    return std::move(*V);
  llvm::ArrayRef<const Expr *> CtorArgs(E->getArgs(), E->getNumArgs());
  // The user's own class, or a holder (TORCH_MODULE) of the user's module:
  // the object remembers the constructor's arguments.
  if (!isInTorchLibrary(RD) && E->getConstructor() &&
      !E->getConstructor()->isCopyOrMoveConstructor())
    if (std::optional<Value> V = userObject(RD, E->getConstructor(), CtorArgs))
      return std::move(*V);
  if (const CXXRecordDecl *Impl = moduleImplOf(E->getType());
      Impl && Impl != RD && !isInTorchLibrary(Impl) &&
      !(N == 1 && (E->getArg(0)->getType()->isNullPtrType() ||
                   moduleImplOf(E->getArg(0)->getType()) == Impl)))
    if (std::optional<Value> V = userObject(Impl, nullptr, CtorArgs))
      return std::move(*V);
  if (std::optional<Value> V = constructNNClass(E, Eval))
    return std::move(*V);
  // A copy of some other value type.
  if (N == 1 && E->getConstructor() &&
      E->getConstructor()->isCopyOrMoveConstructor())
    return Eval.valueOf(E->getArg(0));
  return std::monostate();
}

Value ExprVisitor::VisitCXXMemberCallExpr(const CXXMemberCallExpr *E) {
  const CXXMethodDecl *MD = E->getMethodDecl();
  const Expr *Obj = E->getImplicitObjectArgument();
  if (!MD || !Obj || !MD->getIdentifier())
    return std::monostate();
  llvm::StringRef Name = MD->getName();
  llvm::ArrayRef<const Expr *> Args = argumentsOf(E);

  // The object's class, through `->` (holder->forward(x)).
  QualType ObjType = E->getObjectType();
  if (isTensorType(ObjType))
    return tensorOp(E, Name, /*IsMethod=*/true, Obj, Args);
  if (const ClassModel *C = findClassModel(recordOf(ObjType)))
    return C->Method ? C->Method(Name, Eval.valueOf(Obj), Args, Eval)
                     : Value(std::monostate());
  if (std::optional<Value> V = callDataMethod(E, Eval))
    return std::move(*V);
  if (std::optional<Value> V = callNNMethod(E, Eval))
    return std::move(*V);
  if (Name == "register_module" && Args.size() == 2)
    return Eval.valueOf(Args[1]);
  // A method of the translation unit: a module's forward, a helper.
  if (!isInTorchLibrary(MD))
    return userCall(E, MD, Args, Eval.valueOf(Obj));
  return std::monostate();
}

Value ExprVisitor::VisitCXXOperatorCallExpr(const CXXOperatorCallExpr *E) {
  OverloadedOperatorKind Op = E->getOperator();
  llvm::ArrayRef<const Expr *> Args = argumentsOf(E);
  unsigned N = Args.size();
  switch (Op) {
  case OO_Call: {
    if (N < 1)
      return std::monostate();
    llvm::ArrayRef<const Expr *> CallArgs = Args.drop_front();
    if (const CXXRecordDecl *Impl = moduleImplOf(Args[0]->getType())) {
      if (isInTorchLibrary(Impl))
        return forwardModule(E, Eval.valueOf(Args[0]), CallArgs, Eval);
      // A holder of the user's own module (TORCH_MODULE(Net)): its forward.
      for (const CXXMethodDecl *MD : Impl->methods())
        if (MD->getIdentifier() && MD->getName() == "forward" &&
            MD->getNumParams() == CallArgs.size())
          return userCall(E, MD, CallArgs, Eval.valueOf(Args[0]));
      return std::monostate();
    }
    // A functor of the translation unit.
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(E->getDirectCallee());
        MD && !isInTorchLibrary(MD))
      return userCall(E, MD, CallArgs, Eval.valueOf(Args[0]));
    return std::monostate();
  }
  case OO_Arrow:
    // ModuleHolder::operator-> gives the module itself.
    return N == 1 ? Eval.valueOf(Args[0]) : Value(std::monostate());

  case OO_Equal:
    return N == 2 ? Eval.valueOf(Args[1]) : Value(std::monostate());
  case OO_PlusEqual:
  case OO_MinusEqual:
  case OO_StarEqual:
  case OO_SlashEqual:
    return N == 2 ? Eval.valueOf(Args[0]) : Value(std::monostate());
  case OO_Subscript: {
    if (N != 2)
      return std::monostate();
    if (isTensorType(Args[0]->getType()))
      return tensorOp(E, "operator[]", /*IsMethod=*/true, Args[0],
                      Args.drop_front());
    Value Self = Eval.valueOf(Args[0]);
    if (std::holds_alternative<TensorListValue>(Self) || asData(Self))
      if (const ClassModel *C = findClassModel(recordOf(Args[0]->getType()));
          C && C->Method)
        return C->Method("operator[]", Self, Args.drop_front(), Eval);
    if (const auto *L = std::get_if<IntListValue>(&Self))
      if (std::optional<int64_t> I = Eval.intOf(Args[1]).constant())
        if (*I >= 0 && static_cast<std::size_t>(*I) < L->Elements.size())
          return IntValue{L->Elements[*I]};
    return std::monostate();
  }
  case OO_Plus:
  case OO_Minus:
  case OO_Star:
  case OO_Slash: {
    if (Op == OO_Star && N == 1) {
      // *loader, *model: what a std::unique_ptr or shared_ptr holds.
      Value V = Eval.valueOf(Args[0]);
      return asData(V) || asObject(V) ? V : Value(std::monostate());
    }
    bool AnyTensor = false;
    for (const Expr *A : Args)
      AnyTensor |= isTensorType(A->getType());
    if (!AnyTensor)
      return std::monostate();
    if (N == 1)
      return tensorOp(E, "neg", /*IsMethod=*/true, Args[0], {});
    // Elementwise binary arithmetic: the operands broadcast.
    const Expr *Self = isTensorType(Args[0]->getType()) ? Args[0] : Args[1];
    const Expr *Other = Self == Args[0] ? Args[1] : Args[0];
    // The op's own rules: `/` is true division (Long / Long is Float).
    llvm::StringRef Name = Op == OO_Plus    ? "add"
                           : Op == OO_Minus ? "sub"
                           : Op == OO_Star  ? "mul"
                                            : "div";
    return tensorOp(E, Name, /*IsMethod=*/true, Self, {Other});
  }
  default:
    return std::monostate();
  }
}

Value ExprVisitor::VisitCallExpr(const CallExpr *E) {
  const FunctionDecl *FD = E->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return std::monostate();
  llvm::StringRef Name = FD->getName();
  llvm::ArrayRef<const Expr *> Args = argumentsOf(E);

  if (const FunctionModel *F = findFunctionModel(FD))
    return F->Call(E, FD, Args, Eval);
  if (isDeclaredIn(FD, {"std"})) {
    // std::make_shared<Net>(2, 1): the user's object.
    if (Name == "make_shared" || Name == "make_unique")
      if (const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
          TA && TA->size() >= 1 &&
          TA->get(0).getKind() == TemplateArgument::Type)
        if (std::optional<Value> V =
                userObject(recordOf(TA->get(0).getAsType()), nullptr, Args))
          return std::move(*V);
    return std::monostate();
  }
  if (std::optional<Value> V = callDataFunction(E, FD, Args, Eval))
    return std::move(*V);

  // c10::dtype(kLong) (also spelled torch::dtype), c10::device(...), ...
  if (isDeclaredIn(FD, {"c10"}) || isTorchFunction(FD)) {
    const CXXRecordDecl *Ret = recordOf(FD->getReturnType());
    if (Ret && Ret->getIdentifier() && Ret->getName() == "TensorOptions" &&
        isDeclaredIn(Ret, {"c10"})) {
      if (Name == "dtype" && Args.size() == 1) {
        Value T = Eval.valueOf(Args[0]);
        return std::holds_alternative<OptionsValue>(T)
                   ? T
                   : Value(OptionsValue{true, DType::Unknown});
      }
      return OptionsValue{}; // device(), requires_grad(), layout()
    }
  }
  if (!isTorchFunction(FD))
    return isInTorchLibrary(FD) ? Value() : userCall(E, FD, Args);
  if (findOp(Name.ends_with("_") ? Name.drop_back() : Name, Factory,
             Name.ends_with("_")))
    return tensorOp(E, Name, /*IsMethod=*/false, nullptr, Args);
  if (!Args.empty() && isTensorType(Args[0]->getType()))
    return tensorOp(E, Name, /*IsMethod=*/false, Args[0], Args.drop_front());
  return std::monostate();
}

Value ExprVisitor::tensorOp(const Expr *Call, llvm::StringRef Name,
                            bool IsMethod, const Expr *SelfExpr,
                            llvm::ArrayRef<const Expr *> Args) {
  bool InPlace = Name.size() > 1 && Name.ends_with("_") &&
                 !Name.starts_with("_");
  llvm::StringRef Base = InPlace ? Name.drop_back() : Name;
  OpForm Form = IsMethod ? Method : (SelfExpr ? Function : Factory);
  const OpEntry *Entry = findOp(Base, Form, InPlace);
  if (!Entry)
    return std::monostate();

  TensorFact Self;
  if (SelfExpr)
    Self = Eval.tensorOf(SelfExpr);

  // Parameter names, aligned with Args (a free function's first parameter
  // is the tensor operated on).
  llvm::SmallVector<llvm::StringRef, 6> Names;
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    if (const FunctionDecl *FD = CE->getDirectCallee()) {
      unsigned Skip = (Form == Function && !objectArgumentCount(CE)) ? 1 : 0;
      for (unsigned I = Skip; I < FD->getNumParams(); ++I)
        Names.push_back(FD->getParamDecl(I)->getIdentifier()
                            ? FD->getParamDecl(I)->getName()
                            : llvm::StringRef());
      if (Names.size() != Args.size())
        Names.clear();
    }

  OpCall C{Call, Base, SelfExpr ? &Self : nullptr, Args, Names, Eval};
  Value R = Entry->Transfer(C);
  if (InPlace) {
    if (Entry->Forms & InPlaceSame)
      return Self;
    if (auto *T = std::get_if<TensorFact>(&R)) {
      T->Object = Self.Object;
      // The note names the op as written: unsqueeze_, not unsqueeze.
      if (!T->Origin.empty() &&
          T->Origin.back().Range.getBegin() == Call->getExprLoc())
        T->Origin.renameLastOp(Name.str());
    }
  }
  return R;
}

std::optional<Value>
ExprVisitor::userObject(const CXXRecordDecl *RD, const CXXConstructorDecl *Ctor,
                        llvm::ArrayRef<const Expr *> Args) {
  if (!RD || !RD->hasDefinition() || isInTorchLibrary(RD) ||
      isDeclaredIn(RD, {"std"}))
    return std::nullopt;
  RD = RD->getDefinition();
  if (!Ctor) {
    // A holder or make_shared forwards its arguments to the one
    // constructor that takes as many.
    for (const CXXConstructorDecl *C : RD->ctors()) {
      if (C->isCopyOrMoveConstructor() || C->isDeleted() || C->isImplicit() ||
          C->getMinRequiredArguments() > Args.size() ||
          C->getNumParams() < Args.size())
        continue;
      if (Ctor)
        return std::nullopt; // overloads: which one runs is not followed
      Ctor = C;
    }
  }
  if (!Ctor || Ctor->isCopyOrMoveConstructor() || Ctor->isImplicit())
    return std::nullopt;
  ObjectValue O;
  O.Class = RD;
  O.Ctor = Ctor;
  for (const Expr *A : Args)
    O.Args.push_back(Eval.valueOf(A));
  return objectValue(std::move(O));
}

Value ExprVisitor::userCall(const Expr *Call, const FunctionDecl *Callee,
                            llvm::ArrayRef<const Expr *> Args,
                            const Value &This) {
  CallSummaries *Calls = EC.Session.Calls;
  if (!Calls || !Callee || !CallSummaries::isAnalyzable(Callee))
    return std::monostate();
  std::vector<Value> ArgValues;
  for (const Expr *A : Args)
    ArgValues.push_back(Eval.valueOf(A));
  Value R = Calls->resultOf(Callee, ArgValues, EC.CallDepth,
                            /*ExactOverrider=*/false,
                            asObject(This) ? This : Value());
  if (auto *T = std::get_if<TensorFact>(&R)) {
    // A tensor the callee made is a new object here; one it got as an
    // argument and returned is still that argument.
    bool FromArgument = false;
    for (const Value &A : ArgValues)
      if (const auto *AT = std::get_if<TensorFact>(&A))
        FromArgument |= T->Object != 0 && AT->Object == T->Object;
    if (!FromArgument)
      T->Object = EC.objectFor(Call);
    if (T->Sizes.hasRank() && Callee->getIdentifier())
      addOrigin(*T, OriginStep{SourceRange(Call->getExprLoc(), Call->getEndLoc()),
                               Callee->getName().str(), "", T->Sizes});
  }
  return R;
}

} // namespace

std::optional<int64_t> ExprEvaluator::constantInt(const Expr *E) {
  return constantIntOf(E, EC.Ctx);
}

Value ExprEvaluator::valueOf(const Expr *E) {
  if (!E)
    return std::monostate();
  auto It = EC.ExprValues.find(E);
  if (It != EC.ExprValues.end())
    return It->second;
  return evaluate(E);
}

Value ExprEvaluator::evaluate(const Expr *E) {
  // What a compile error touches is unknown: silence there.
  if (!isReadableExpr(E))
    return std::monostate();

  // A ScalarType (torch::kLong, at::ScalarType::Float, a local of that
  // type), whatever expression gives it.
  if (isScalarTypeEnum(E->getType())) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const Value *V = State.lookup(DRE->getDecl()))
        return *V;
    if (std::optional<int64_t> N = constantInt(E)) {
      const auto *ET = E->getType()
                           .getNonReferenceType()
                           .getCanonicalType()
                           ->getAs<EnumType>();
      for (const EnumConstantDecl *C : ET->getDecl()->enumerators())
        if (C->getInitVal() == *N)
          return OptionsValue{true, dtypeFromScalarTypeName(C->getName())};
    }
    return OptionsValue{true, DType::Unknown};
  }
  return ExprVisitor(*this).Visit(E);
}

Value ExprEvaluator::intListOfConstruction(const CXXConstructExpr *E) {
  // Written as a braced list: {8, 1}.
  if (const InitListExpr *IL = writtenBracedList(E)) {
    IntListValue L;
    for (const Expr *Init : IL->inits())
      L.Elements.push_back(intOf(Init));
    return L;
  }
  if (E->getNumArgs() != 1)
    return std::monostate();
  // One integer is a list of one; a list converts.
  const Expr *A = E->getArg(0);
  if (A->getType()->isIntegerType())
    return IntListValue{{intOf(A)}};
  Value V = valueOf(A);
  if (std::holds_alternative<IntListValue>(V))
    return V;
  return std::monostate();
}

const InitListExpr *ExprEvaluator::bracedList(const Expr *E) {
  return writtenBracedList(E);
}

TensorFact ExprEvaluator::tensorOf(const Expr *E) {
  Value V = valueOf(E);
  if (auto *T = std::get_if<TensorFact>(&V))
    return std::move(*T);
  return TensorFact();
}

Dim ExprEvaluator::intOf(const Expr *E) {
  Value V = valueOf(E);
  if (const auto *I = std::get_if<IntValue>(&V))
    return I->Value;
  return Dim();
}

std::optional<std::vector<Dim>> ExprEvaluator::intListOf(const Expr *E) {
  Value V = valueOf(E);
  if (auto *L = std::get_if<IntListValue>(&V))
    return std::move(L->Elements);
  return std::nullopt;
}

std::optional<TensorListValue>
ExprEvaluator::tensorListOf(const Expr *E) {
  if (const InitListExpr *IL = writtenBracedList(E)) {
    TensorListValue L;
    for (const Expr *Init : IL->inits())
      L = L.pushed(tensorOf(Init));
    return L;
  }
  // A TensorList or ITensorListRef made from a std::vector of tensors.
  while ((E = ignoreWrappers(E))) {
    const auto *CC = dyn_cast<CXXConstructExpr>(E);
    if (!CC || CC->getNumArgs() != 1 || !recordOf(CC->getType()) ||
        !isDeclaredIn(recordOf(CC->getType()), {"c10"}))
      break;
    E = CC->getArg(0); // ArrayRef(const std::vector &), IListRef(...)
  }
  if (!E)
    return std::nullopt;
  Value V = valueOf(E);
  if (auto *L = std::get_if<TensorListValue>(&V))
    return std::move(*L);
  return std::nullopt;
}

OptionsValue ExprEvaluator::optionsOf(const Expr *E) {
  Value V = valueOf(E);
  if (const auto *O = std::get_if<OptionsValue>(&V))
    return *O;
  return OptionsValue{true, DType::Unknown};
}

Tri ExprEvaluator::boolOf(const Expr *E) {
  std::optional<int64_t> C = intOf(E).constant();
  return C ? torchtidy::triOf(*C != 0) : Tri::Unknown;
}

bool ExprEvaluator::isNone(const Expr *E) {
  return std::holds_alternative<NoneValue>(valueOf(E));
}

std::optional<Shape> ExprEvaluator::bracedDataShape(const Expr *E,
                                                    DType &Type) {
  QualType ElementType;
  return bracedDataShape(E, Type, ElementType);
}

std::optional<Shape> ExprEvaluator::bracedDataShape(const Expr *E, DType &Type,
                                                    QualType &ElementType) {
  const InitListExpr *IL = writtenBracedList(E);
  if (!IL) {
    const Expr *Leaf = ignoreConversions(E);
    QualType T = Leaf->getType().getCanonicalType().getUnqualifiedType();
    if (T->isArithmeticType()) {
      DType D = literalDType(Leaf);
      // Mixed element types leave the dtype unknown. LibTorch tells them
      // apart by C++ type: {1, int64_t(2)} (Int and Long) throws too.
      if ((Type == DType::Unknown || Type == D) &&
          (ElementType.isNull() || ElementType == T))
        Type = D;
      else
        Type = DType::Other;
      ElementType = T;
      return Shape::of({});
    }
    return std::nullopt;
  }
  std::optional<Shape> Inner;
  for (const Expr *Init : IL->inits()) {
    std::optional<Shape> S = bracedDataShape(Init, Type, ElementType);
    if (!S || (Inner && *Inner != *S))
      return std::nullopt;
    Inner = S;
  }
  std::vector<Dim> Dims = {
      Dim::constant(static_cast<int64_t>(IL->getNumInits()))};
  if (Inner)
    Dims.insert(Dims.end(), Inner->dims().begin(), Inner->dims().end());
  return Shape::of(std::move(Dims));
}

TensorFact ExprEvaluator::result(const OpCall &Call, Shape Sizes,
                                 DType Type) {
  TensorFact F;
  // Sizes LibTorch cannot make (a negative size, more elements than int64
  // counts) throw: nothing is known after that.
  F.Sizes = Sizes.isPossible() ? std::move(Sizes) : Shape();
  F.Type = Type;
  F.Object = EC.objectFor(Call.Call);
  if (Call.Self)
    F.Origin = Call.Self->Origin;
  bool Changed = !Call.Self || Call.Self->Sizes != F.Sizes ||
                 Call.Self->Type != F.Type;
  if (Changed && F.Sizes.hasRank())
    addOrigin(F, OriginStep{SourceRange(Call.Call->getExprLoc(),
                                        Call.Call->getEndLoc()),
                            Call.Name.str(), "", F.Sizes});
  return F;
}

} // namespace clang::tidy::torch
