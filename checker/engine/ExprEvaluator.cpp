//===--- ExprEvaluator.cpp - The abstract value of one expression ---------===//

#include "ExprEvaluator.h"
#include "CallSummaries.h"
#include "ModuleModels.h"
#include "OpTable.h"
#include "TorchTypes.h"

#include "../core/ShapeOps.h"

#include "clang/AST/DeclTemplate.h"
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

bool isNamedClass(const CXXRecordDecl *RD, llvm::StringRef Name,
                  std::initializer_list<llvm::StringRef> NS) {
  return RD && RD->getIdentifier() && RD->getName() == Name &&
         isDeclaredIn(RD, NS);
}

/// A loss module's Impl class (torch::nn::CrossEntropyLossImpl, ...).
bool isLossModule(const CXXRecordDecl *Impl) {
  return Impl && Impl->getIdentifier() &&
         Impl->getName().ends_with("LossImpl") &&
         isDeclaredIn(Impl, {"torch", "nn"});
}

/// A loss module with the options \p Options.
ModuleValue lossModule(RecordValue Options) {
  ModuleValue M;
  M.K = ModuleValue::Loss;
  M.Options = std::move(Options);
  return M;
}

/// The braced list an argument was written as, through the wrappers clang
/// adds around std::initializer_list and ArrayRef construction.
const InitListExpr *findInitList(const Expr *E) {
  for (int Depth = 0; E && Depth < 16; ++Depth) {
    if (const auto *IL = dyn_cast<InitListExpr>(E))
      return IL;
    if (const auto *SIL = dyn_cast<CXXStdInitializerListExpr>(E))
      E = SIL->getSubExpr();
    else if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MT->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else if (const auto *FE = dyn_cast<FullExpr>(E))
      E = FE->getSubExpr();
    else if (const auto *CE = dyn_cast<CastExpr>(E))
      E = CE->getSubExpr();
    else if (const auto *PE = dyn_cast<ParenExpr>(E))
      E = PE->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E)) {
      if (CC->getNumArgs() != 1)
        return nullptr;
      E = CC->getArg(0);
    } else
      return nullptr;
  }
  return nullptr;
}

/// The expression under implicit conversions and single-argument
/// constructions (an int converted to c10::Scalar or optional<int64_t>).
const Expr *underConversions(const Expr *E) {
  for (int Depth = 0; E && Depth < 16; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MT->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else if (const auto *FE = dyn_cast<FullExpr>(E))
      E = FE->getSubExpr();
    else if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
             CC && CC->getNumArgs() == 1 && !isa<CXXTemporaryObjectExpr>(CC))
      E = CC->getArg(0);
    else
      return E;
  }
  return E;
}

DType literalDType(const Expr *E) {
  QualType T = underConversions(E)->getType();
  if (T->isBooleanType())
    return DType::Bool;
  if (T->isIntegerType())
    return DType::Long;
  if (T->isFloatingType())
    return DType::Float; // LibTorch's default dtype
  return DType::Unknown;
}

} // namespace

std::optional<int64_t> ExprEvaluator::constantInt(const Expr *E) {
  // clang's constant evaluator must not see dependent expressions, nor ones
  // that hold errors or have no type (code broken by a missing header):
  // reading them crashes.
  if (!E || E->getType().isNull() || E->isValueDependent() ||
      E->isTypeDependent() || E->containsErrors())
    return std::nullopt;
  if (!E->getType()->isIntegralOrEnumerationType())
    return std::nullopt;
  Expr::EvalResult R;
  if (!E->EvaluateAsInt(R, EC.Ctx) || !R.Val.isInt())
    return std::nullopt;
  return R.Val.getInt().tryExtValue();
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
  if (!E || E->getType().isNull() || E->isTypeDependent() ||
      E->isValueDependent() || E->containsErrors())
    return std::monostate();

  // A ScalarType (torch::kLong, at::ScalarType::Float, a local of that type).
  if (isScalarTypeEnum(E->getType())) {
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParenImpCasts()))
      if (const Value *V = State.lookup(DRE->getDecl()))
        return *V;
    if (std::optional<int64_t> N = constantInt(E)) {
      const auto *ET =
          E->getType().getNonReferenceType().getCanonicalType()->getAs<EnumType>();
      for (const EnumConstantDecl *C : ET->getDecl()->enumerators())
        if (C->getInitVal() == *N)
          return OptionsValue{true, dtypeFromScalarTypeName(C->getName())};
    }
    return OptionsValue{true, DType::Unknown};
  }

  if (const auto *FE = dyn_cast<FullExpr>(E))
    return valueOf(FE->getSubExpr());
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
    return valueOf(BT->getSubExpr());
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    return valueOf(MT->getSubExpr());
  if (const auto *PE = dyn_cast<ParenExpr>(E))
    return valueOf(PE->getSubExpr());
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(E))
    return evaluate(DA->getExpr());
  if (const auto *DI = dyn_cast<CXXDefaultInitExpr>(E))
    return evaluate(DI->getExpr());

  if (const auto *CE = dyn_cast<CastExpr>(E)) {
    switch (CE->getCastKind()) {
    case CK_NoOp:
    case CK_LValueToRValue:
    case CK_DerivedToBase:
    case CK_UncheckedDerivedToBase:
    case CK_ConstructorConversion:
    case CK_UserDefinedConversion:
    case CK_IntegralCast:
    case CK_Dependent:
      return valueOf(CE->getSubExpr());
    case CK_IntegralToBoolean: {
      Value V = valueOf(CE->getSubExpr());
      if (const auto *I = std::get_if<IntValue>(&V))
        if (std::optional<int64_t> C = I->Value.constant())
          return IntValue{Dim::constant(*C != 0)};
      break;
    }
    default:
      break;
    }
    if (std::optional<int64_t> C = constantInt(E))
      return IntValue{Dim::constant(*C)};
    return std::monostate();
  }

  if (const auto *IL = dyn_cast<IntegerLiteral>(E)) {
    std::optional<int64_t> V = IL->getValue().trySExtValue();
    return V ? Value(IntValue{Dim::constant(*V)}) : Value(std::monostate());
  }
  if (const auto *BL = dyn_cast<CXXBoolLiteralExpr>(E))
    return IntValue{Dim::constant(BL->getValue())};

  if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
    if (UO->getOpcode() == UO_Minus || UO->getOpcode() == UO_Plus) {
      Value V = valueOf(UO->getSubExpr());
      if (const auto *I = std::get_if<IntValue>(&V)) {
        if (UO->getOpcode() == UO_Plus)
          return V;
        return IntValue{I->Value.times(Dim::constant(-1))};
      }
    }
    if (std::optional<int64_t> C = constantInt(E))
      return IntValue{Dim::constant(*C)};
    return std::monostate();
  }

  if (const auto *BO = dyn_cast<BinaryOperator>(E)) {
    if (BO->getOpcode() == BO_Assign)
      return valueOf(BO->getRHS());
    if (std::optional<int64_t> C = constantInt(E))
      return IntValue{Dim::constant(*C)};
    if (BO->getOpcode() == BO_Mul && E->getType()->isIntegerType()) {
      Dim A = intOf(BO->getLHS()), B = intOf(BO->getRHS());
      if (A.isKnown() && B.isKnown())
        return IntValue{A.times(B)};
    }
    if (BO->getOpcode() == BO_Div && E->getType()->isIntegerType()) {
      Dim A = intOf(BO->getLHS()), B = intOf(BO->getRHS());
      std::optional<int64_t> BC = B.constant();
      if (BC && *BC > 0)
        if (std::optional<Dim> Q = A.dividedBy(B))
          return IntValue{*Q};
    }
    return std::monostate();
  }

  if (const auto *CO = dyn_cast<ConditionalOperator>(E))
    return join(valueOf(CO->getTrueExpr()), valueOf(CO->getFalseExpr()));

  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return evaluateDeclRef(DRE);
  if (const auto *OCE = dyn_cast<CXXOperatorCallExpr>(E))
    return evaluateOperatorCall(OCE);
  if (const auto *MCE = dyn_cast<CXXMemberCallExpr>(E))
    return evaluateMemberCall(MCE);
  if (const auto *Call = dyn_cast<CallExpr>(E))
    return evaluateCall(Call);
  if (const auto *CCE = dyn_cast<CXXConstructExpr>(E))
    return evaluateConstruct(CCE);
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return evaluateMember(ME);

  if (std::optional<int64_t> C = constantInt(E))
    return IntValue{Dim::constant(*C)};
  return std::monostate();
}

Value ExprEvaluator::evaluateDeclRef(const DeclRefExpr *E) {
  const ValueDecl *D = E->getDecl();
  if (const Value *V = State.lookup(D))
    return *V;
  if (const auto *EC = dyn_cast<EnumConstantDecl>(D))
    if (std::optional<int64_t> V = EC->getInitVal().trySExtValue())
      return IntValue{Dim::constant(*V)};
  // Constants fold (const and constexpr variables, enumerators); other
  // variables are what the state says, or unknown.
  if (std::optional<int64_t> C = constantInt(E))
    return IntValue{Dim::constant(*C)};
  return std::monostate();
}

Value ExprEvaluator::intListOfConstruction(const CXXConstructExpr *E) {
  // Written as a braced list: {8, 1}.
  if (const InitListExpr *IL = findInitList(E)) {
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
  return findInitList(E);
}

Value ExprEvaluator::evaluateConstruct(const CXXConstructExpr *E) {
  const CXXRecordDecl *RD = recordOf(E->getType());
  if (!RD)
    return std::monostate();
  unsigned N = E->getNumArgs();

  // A copy or move of a tensor handle: the same tensor object.
  if (isTensorType(E->getType()))
    return N == 1 ? valueOf(E->getArg(0)) : Value(std::monostate());

  // c10::OptionalArrayRef<int64_t> (the dims of sum / mean): a list, or an
  // integer made a list of one, or nothing.
  if (isNamedClass(RD, "OptionalArrayRef", {"c10"})) {
    if (N == 0)
      return NoneValue{};
    Value V = intListOfConstruction(E);
    return std::holds_alternative<std::monostate>(V) && N == 1
               ? valueOf(E->getArg(0)) // c10::nullopt
               : V;
  }

  if (isNamedClass(RD, "ArrayRef", {"c10"})) {
    const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD);
    if (!Spec || Spec->getTemplateArgs().size() != 1 ||
        Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type ||
        !Spec->getTemplateArgs()[0].getAsType()->isIntegerType())
      return std::monostate();
    if (N == 0)
      return IntListValue{};
    return intListOfConstruction(E);
  }

  if (isNamedClass(RD, "TensorOptions", {"c10"})) {
    if (N == 0)
      return OptionsValue{};
    Value V = valueOf(E->getArg(0));
    if (std::holds_alternative<OptionsValue>(V))
      return V;
    // A copy of options the engine does not know.
    if (isNamedClass(recordOf(E->getArg(0)->getType()), "TensorOptions", {"c10"}))
      return std::monostate();
    // TensorOptions(Device), (Layout), (MemoryFormat): the dtype is left
    // to the default.
    if (recordOf(E->getArg(0)->getType()) || E->getArg(0)->getType()->isEnumeralType())
      return OptionsValue{};
    return std::monostate();
  }

  if (isNamedClass(RD, "optional", {"c10"}) ||
      isNamedClass(RD, "optional", {"std"})) {
    if (N == 0)
      return NoneValue{};
    const Expr *A = E->getArg(0);
    if (const CXXRecordDecl *AR = recordOf(A->getType()))
      if (AR->getIdentifier() && AR->getName() == "nullopt_t")
        return NoneValue{};
    return valueOf(A);
  }

  if (isNamedClass(RD, "Scalar", {"c10"}))
    return N == 1 ? valueOf(E->getArg(0)) : Value(std::monostate());

  // torch::ExpandingArray<D>: a kernel size, stride, ... given as one
  // number for every dim or as a list.
  if (isNamedClass(RD, "ExpandingArray", {"torch"}))
    return intListOfConstruction(E);

  // c10::variant / std::variant converting constructors (padding_t).
  if ((isNamedClass(RD, "variant", {"c10"}) ||
       isNamedClass(RD, "variant", {"std"})) &&
      N == 1)
    return valueOf(E->getArg(0));

  llvm::SmallVector<const Expr *, 4> Args(E->arguments().begin(),
                                          E->arguments().end());
  // Module options (LinearOptions(in, out), Conv2dOptions(1, 32, 3)).
  if (isModuleOptions(RD)) {
    if (std::optional<ModuleValue> M = constructModule(RD, Args, *this))
      return *M;
    return std::monostate();
  }
  // A loss's options (CrossEntropyLossOptions().ignore_index(0)).
  if (isOptionsRecord(RD) && E->getConstructor()) {
    if (N == 0)
      return RecordValue{};
    if (N == 1 && E->getConstructor() &&
        E->getConstructor()->isCopyOrMoveConstructor())
      return valueOf(E->getArg(0));
    // TORCH_OPTIONS_CTOR_VARIANT_ARG*: a constructor taking one setting.
    RecordValue R;
    for (const ParmVarDecl *P : E->getConstructor()->parameters())
      if (P->getIdentifier())
        R.set(P->getName(), Dim());
    return R;
  }

  // A module, or its holder (torch::nn::Linear(784, 10)).
  if (const CXXRecordDecl *Impl = moduleImplOf(E->getType())) {
    // A loss module, default-built, copied or built from its options.
    if (isLossModule(Impl)) {
      if (N == 0)
        return lossModule(RecordValue{});
      if (N == 1) {
        Value V = valueOf(E->getArg(0));
        if (const auto *R = std::get_if<RecordValue>(&V))
          return lossModule(*R);
        if (const auto *M = asModule(V);
            M && M->K == ModuleValue::Loss)
          return V;
      }
      return std::monostate();
    }
    if (isInTorchLibrary(Impl))
      if (std::optional<ModuleValue> M = constructModule(Impl, Args, *this))
        return *M;
    // Copying a holder keeps its module.
    if (N == 1 && moduleImplOf(E->getArg(0)->getType()) == Impl)
      return valueOf(E->getArg(0));
    return std::monostate();
  }

  // A copy of some other value type.
  if (N == 1 && E->getConstructor() &&
      E->getConstructor()->isCopyOrMoveConstructor())
    return valueOf(E->getArg(0));
  return std::monostate();
}

Value ExprEvaluator::evaluateMemberCall(const CXXMemberCallExpr *E) {
  const CXXMethodDecl *MD = E->getMethodDecl();
  const Expr *Obj = E->getImplicitObjectArgument();
  if (!MD || !Obj || !MD->getIdentifier())
    return std::monostate();
  llvm::StringRef Name = MD->getName();
  llvm::SmallVector<const Expr *, 4> Args(E->arguments().begin(),
                                          E->arguments().end());

  // The object's class, through `->` (holder->forward(x)).
  QualType ObjType = E->getObjectType();
  if (isTensorType(ObjType))
    return evaluateTensorOp(E, Name, /*IsMethod=*/true, Obj, Args);

  const CXXRecordDecl *RD = recordOf(ObjType);
  if (isNamedClass(RD, "TensorOptions", {"c10"})) {
    Value Self = valueOf(Obj);
    if (Name == "dtype" && Args.size() == 1) {
      Value T = valueOf(Args[0]);
      if (std::holds_alternative<OptionsValue>(T))
        return T;
      return OptionsValue{true, DType::Unknown};
    }
    // device(), requires_grad(), layout(), ...: the dtype is unchanged.
    return Self;
  }

  if (isNamedClass(RD, "ArrayRef", {"c10"})) {
    Value Self = valueOf(Obj);
    const auto *L = std::get_if<IntListValue>(&Self);
    if (!L)
      return std::monostate();
    if (Name == "size")
      return IntValue{Dim::constant(static_cast<int64_t>(L->Elements.size()))};
    if (Name == "vec")
      return Self;
    if ((Name == "at" || Name == "operator[]") && Args.size() == 1)
      if (std::optional<int64_t> I = intOf(Args[0]).constant())
        if (*I >= 0 && static_cast<std::size_t>(*I) < L->Elements.size())
          return IntValue{L->Elements[*I]};
    if (Name == "front" && !L->Elements.empty())
      return IntValue{L->Elements.front()};
    if (Name == "back" && !L->Elements.empty())
      return IntValue{L->Elements.back()};
    return std::monostate();
  }

  // Options setters: stride(2), padding(torch::kSame), bias(false).
  if (isModuleOptions(RD)) {
    Value Self = valueOf(Obj);
    const auto *M = asModule(Self);
    if (!M || Args.size() != 1)
      return Self;
    return applyOptionSetter(*M, Name, Args[0], *this);
  }

  // A setter of a loss's options: `opts.ignore_index(0)` returns the
  // options with that setting.
  if (isOptionsRecord(RD)) {
    Value Self = valueOf(Obj);
    const auto *R = std::get_if<RecordValue>(&Self);
    if (!R || Args.size() != 1)
      return std::monostate();
    RecordValue Out = *R;
    Out.set(Name, intOf(Args[0]));
    return Out;
  }

  if (const CXXRecordDecl *Impl = moduleImplOf(ObjType)) {
    (void)Impl;
    if (Name == "forward")
      return evaluateModuleCall(E, valueOf(Obj), Args);
    return std::monostate();
  }
  if (Name == "register_module" && Args.size() == 2)
    return valueOf(Args[1]);
  // A method of the translation unit: a module's forward, a helper.
  if (!isInTorchLibrary(MD))
    return evaluateUserCall(E, MD, Args);
  return std::monostate();
}

Value ExprEvaluator::evaluateOperatorCall(const CXXOperatorCallExpr *E) {
  OverloadedOperatorKind Op = E->getOperator();
  unsigned N = E->getNumArgs();
  llvm::SmallVector<const Expr *, 4> Args(E->arguments().begin(),
                                          E->arguments().end());
  switch (Op) {
  case OO_Call: {
    if (N < 1)
      return std::monostate();
    llvm::ArrayRef<const Expr *> CallArgs = llvm::ArrayRef(Args).drop_front();
    if (const CXXRecordDecl *Impl = moduleImplOf(Args[0]->getType())) {
      if (isInTorchLibrary(Impl))
        return evaluateModuleCall(E, valueOf(Args[0]), CallArgs);
      // A holder of the user's own module (TORCH_MODULE(Net)): its forward.
      for (const CXXMethodDecl *MD : Impl->methods())
        if (MD->getIdentifier() && MD->getName() == "forward" &&
            MD->getNumParams() == CallArgs.size())
          return evaluateUserCall(E, MD, CallArgs);
      return std::monostate();
    }
    // A functor of the translation unit.
    if (const auto *MD = dyn_cast_or_null<CXXMethodDecl>(E->getDirectCallee());
        MD && !isInTorchLibrary(MD))
      return evaluateUserCall(E, MD, CallArgs);
    return std::monostate();
  }
  case OO_Arrow:
    // ModuleHolder::operator-> gives the module itself.
    return N == 1 ? valueOf(Args[0]) : Value(std::monostate());
  case OO_Equal:
    return N == 2 ? valueOf(Args[1]) : Value(std::monostate());
  case OO_PlusEqual:
  case OO_MinusEqual:
  case OO_StarEqual:
  case OO_SlashEqual:
    return N == 2 ? valueOf(Args[0]) : Value(std::monostate());
  case OO_Subscript: {
    if (N != 2)
      return std::monostate();
    if (isTensorType(Args[0]->getType()))
      return evaluateTensorOp(E, "operator[]", /*IsMethod=*/true, Args[0],
                              llvm::ArrayRef(Args).drop_front());
    Value Self = valueOf(Args[0]);
    if (const auto *L = std::get_if<IntListValue>(&Self))
      if (std::optional<int64_t> I = intOf(Args[1]).constant())
        if (*I >= 0 && static_cast<std::size_t>(*I) < L->Elements.size())
          return IntValue{L->Elements[*I]};
    return std::monostate();
  }
  case OO_Plus:
  case OO_Minus:
  case OO_Star:
  case OO_Slash: {
    bool AnyTensor = false;
    for (const Expr *A : Args)
      AnyTensor |= isTensorType(A->getType());
    if (!AnyTensor)
      return std::monostate();
    if (N == 1)
      return evaluateTensorOp(E, "neg", /*IsMethod=*/true, Args[0], {});
    // Elementwise binary arithmetic: the operands broadcast.
    const Expr *Self = isTensorType(Args[0]->getType()) ? Args[0] : Args[1];
    const Expr *Other = Self == Args[0] ? Args[1] : Args[0];
    // The op's own rules: `/` is true division (Long / Long is Float).
    llvm::StringRef Name = Op == OO_Plus    ? "add"
                           : Op == OO_Minus ? "sub"
                           : Op == OO_Star  ? "mul"
                                            : "div";
    return evaluateTensorOp(E, Name, /*IsMethod=*/true, Self, {Other});
  }
  default:
    return std::monostate();
  }
}

Value ExprEvaluator::evaluateCall(const CallExpr *E) {
  const FunctionDecl *FD = E->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return std::monostate();
  llvm::StringRef Name = FD->getName();
  llvm::SmallVector<const Expr *, 4> Args(E->arguments().begin(),
                                          E->arguments().end());

  if (isDeclaredIn(FD, {"std"})) {
    // std::get<I>(tuple): one element of a tuple of tensors.
    if (Name == "get" && Args.size() == 1) {
      const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
      if (!TA || TA->size() < 1 ||
          TA->get(0).getKind() != TemplateArgument::Integral)
        return std::monostate();
      Value T = valueOf(Args[0]);
      const auto *Tu = std::get_if<TupleValue>(&T);
      std::optional<int64_t> I = TA->get(0).getAsIntegral().trySExtValue();
      if (Tu && I && *I >= 0 && static_cast<std::size_t>(*I) < Tu->Elements.size())
        return Tu->Elements[*I];
      return std::monostate();
    }
    if ((Name == "move" || Name == "forward") && Args.size() == 1)
      return valueOf(Args[0]);
    return std::monostate();
  }

  // c10::dtype(kLong) (also spelled torch::dtype), c10::device(...), ...
  if (isDeclaredIn(FD, {"c10"}) || isTorchFunction(FD)) {
    const CXXRecordDecl *Ret = recordOf(FD->getReturnType());
    if (isNamedClass(Ret, "TensorOptions", {"c10"})) {
      if (Name == "dtype" && Args.size() == 1) {
        Value T = valueOf(Args[0]);
        return std::holds_alternative<OptionsValue>(T)
                   ? T
                   : Value(OptionsValue{true, DType::Unknown});
      }
      return OptionsValue{}; // device(), requires_grad(), layout()
    }
  }
  if (!isTorchFunction(FD))
    return isInTorchLibrary(FD) ? Value() : evaluateUserCall(E, FD, Args);
  if (findOp(Name.ends_with("_") ? Name.drop_back() : Name, Factory,
             Name.ends_with("_")))
    return evaluateTensorOp(E, Name, /*IsMethod=*/false, nullptr, Args);
  if (!Args.empty() && isTensorType(Args[0]->getType()))
    return evaluateTensorOp(E, Name, /*IsMethod=*/false, Args[0],
                            llvm::ArrayRef(Args).drop_front());
  return std::monostate();
}

Value ExprEvaluator::evaluateTensorOp(const Expr *Call, llvm::StringRef Name,
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
    Self = tensorOf(SelfExpr);

  // Parameter names, aligned with Args (a free function's first parameter
  // is the tensor operated on).
  llvm::SmallVector<llvm::StringRef, 6> Names;
  if (const auto *CE = dyn_cast<CallExpr>(Call))
    if (const FunctionDecl *FD = CE->getDirectCallee()) {
      unsigned Skip = (Form == Function) ? 1 : 0;
      if (isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(FD))
        Skip = 0;
      for (unsigned I = Skip; I < FD->getNumParams(); ++I)
        Names.push_back(FD->getParamDecl(I)->getIdentifier()
                            ? FD->getParamDecl(I)->getName()
                            : llvm::StringRef());
      if (Names.size() != Args.size())
        Names.clear();
    }

  OpCall C{Call, Base, SelfExpr ? &Self : nullptr, Args, Names, *this};
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

Value ExprEvaluator::evaluateModuleCall(const Expr *Call, const Value &Module,
                                        llvm::ArrayRef<const Expr *> Args) {
  const auto *M = asModule(Module);
  if (!M || Args.empty())
    return std::monostate();
  TensorFact In = tensorOf(Args[0]);
  if (M->K == ModuleValue::Loss)
    return std::monostate(); // the loss value is not followed
  // The module's name in notes, by ModuleValue::Kind.
  static constexpr const char *KindNames[] = {
      "Linear",  "Conv",       "pooling",   "adaptive pooling", "Embedding",
      "Flatten", "activation", "Sequential"};
  OpCall C{Call, KindNames[M->K], &In, Args.drop_front(), {}, *this};
  if (acceptsDType(*M, In.Type) == Tri::False)
    return std::monostate(); // LibTorch throws on the input's dtype
  return result(C, forwardShape(*M, In.Sizes), forwardDType(*M, In.Type));
}

Value ExprEvaluator::evaluateMember(const MemberExpr *E) {
  const auto *F = dyn_cast<FieldDecl>(E->getMemberDecl());
  if (!F || !isa<CXXThisExpr>(E->getBase()->IgnoreParenImpCasts()))
    return std::monostate();
  // A field this function assigned, or what the constructors left in it.
  if (const Value *V = State.lookup(F))
    return *V;
  CallSummaries *Calls = EC.Session.Calls;
  if (!Calls)
    return std::monostate();
  Value V = Calls->fieldValue(F, EC.CallDepth);
  if (!std::holds_alternative<std::monostate>(V))
    return V;
  // An integer field only constructors set is one size for the object.
  if (F->getType()->isIntegerType() && F->getIdentifier() &&
      Calls->isSetOnlyByConstructors(F))
    return IntValue{EC.symbolFor(F, F->getName())};
  return std::monostate();
}

Value ExprEvaluator::evaluateUserCall(const Expr *Call,
                                      const FunctionDecl *Callee,
                                      llvm::ArrayRef<const Expr *> Args) {
  CallSummaries *Calls = EC.Session.Calls;
  if (!Calls || !Callee || !CallSummaries::isAnalyzable(Callee))
    return std::monostate();
  std::vector<Value> ArgValues;
  for (const Expr *A : Args)
    ArgValues.push_back(valueOf(A));
  Value R = Calls->resultOf(Callee, ArgValues, EC.CallDepth);
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

std::optional<std::vector<TensorFact>>
ExprEvaluator::tensorListOf(const Expr *E) {
  const InitListExpr *IL = findInitList(E);
  if (!IL)
    return std::nullopt;
  std::vector<TensorFact> Out;
  for (const Expr *Init : IL->inits())
    Out.push_back(tensorOf(Init));
  return Out;
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
  const InitListExpr *IL = findInitList(E);
  if (!IL) {
    const Expr *Leaf = underConversions(E);
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
  F.Sizes = std::move(Sizes);
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
