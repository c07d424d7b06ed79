//===--- DataModels.cpp - torch::data: datasets, transforms, loaders ------===//

#include "DataModels.h"
#include "AstUtils.h"
#include "CallSummaries.h"
#include "ExprEvaluator.h"
#include "TorchTypes.h"

#include "../core/ShapeOps.h"

#include "clang/AST/DeclTemplate.h"

namespace clang::tidy::torch {

namespace {

bool isDataClass(const CXXRecordDecl *RD, llvm::StringRef Name,
                 std::initializer_list<llvm::StringRef> Path) {
  return RD && RD->getIdentifier() && RD->getName() == Name &&
         isDeclaredIn(RD, Path);
}

/// Whether \p RD derives from torch::data::datasets::BatchDataset.
bool isDatasetClass(const CXXRecordDecl *RD) {
  if (!RD || !RD->hasDefinition())
    return false;
  if (isDataClass(RD, "BatchDataset", {"torch", "data", "datasets"}))
    return true;
  return !RD->forallBases([](const CXXRecordDecl *Base) {
    return !isDataClass(Base, "BatchDataset", {"torch", "data", "datasets"});
  });
}

/// The user's method \p Name with \p Params parameters that runs for an
/// object of class \p RD: its own or the nearest user base's.
const CXXMethodDecl *userMethod(const CXXRecordDecl *RD, llvm::StringRef Name,
                                unsigned Params) {
  while (RD && RD->hasDefinition() && !isInTorchLibrary(RD)) {
    for (const CXXMethodDecl *MD : RD->methods())
      if (MD->getIdentifier() && MD->getName() == Name &&
          MD->getNumParams() == Params && !MD->isStatic())
        return MD;
    // The next class up, when there is one user base.
    const CXXRecordDecl *Next = nullptr;
    for (const CXXBaseSpecifier &B : RD->bases())
      if (const CXXRecordDecl *BR = recordOf(B.getType());
          BR && !isInTorchLibrary(BR)) {
        if (Next)
          return nullptr; // several user bases: not followed
        Next = BR;
      }
    RD = Next;
  }
  return nullptr;
}

/// The example one call of get() makes: an Example value, or a tensor for a
/// dataset of TensorExample.
std::optional<DataValue> exampleOf(const Value &V) {
  if (const DataValue *D = asData(V); D && D->What == DataValue::Kind::Example)
    return *D;
  if (const auto *T = std::get_if<TensorFact>(&V)) {
    DataValue D;
    D.Data = *T;
    D.HasTarget = false;
    return D;
  }
  return std::nullopt;
}

/// The user's own dataset: its get()'s examples (the join over its return
/// statements) and its size(), for the object \p E constructs (its fields
/// are what that constructor call leaves in them).
Value userDataset(const CXXRecordDecl *RD, const CXXConstructExpr *E,
                  ExprEvaluator &Eval) {
  CallSummaries *Calls = Eval.context().Session.Calls;
  if (!Calls)
    return std::monostate();
  // A dataset that makes its own batches is not followed.
  if (userMethod(RD, "get_batch", 1))
    return std::monostate();
  const CXXMethodDecl *Get = userMethod(RD, "get", 1);
  if (!Get)
    return std::monostate();
  Value This;
  if (const CXXConstructorDecl *Ctor = E->getConstructor();
      Ctor && Ctor->getParent()->getCanonicalDecl() == RD->getCanonicalDecl() &&
      !Ctor->isImplicit() && !Ctor->isCopyOrMoveConstructor()) {
    ObjectValue O;
    O.Class = Ctor->getParent();
    O.Ctor = Ctor;
    for (const Expr *A : E->arguments())
      O.Args.push_back(Eval.valueOf(A));
    This = objectValue(std::move(O));
  }
  // The loader calls the get() of the dataset it holds, whose class is
  // the one constructed here.
  std::optional<DataValue> D = exampleOf(Calls->resultOf(
      Get, {Value()}, Eval.context().CallDepth, true, This));
  if (!D)
    return std::monostate();
  D->What = DataValue::Kind::Dataset;
  if (const CXXMethodDecl *Size = userMethod(RD, "size", 0)) {
    Value S = Calls->resultOf(Size, {}, Eval.context().CallDepth, true, This);
    if (const auto *I = std::get_if<IntValue>(&S))
      D->Size = I->Value;
  }
  return *D;
}

/// LibTorch's MNIST: [1, 28, 28] Float images and 0-d Long targets
/// (torch/csrc/api/src/data/datasets/mnist.cpp), 60000 examples for
/// training, 10000 for testing.
Value mnistDataset(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  DataValue D;
  D.What = DataValue::Kind::Dataset;
  D.Data.Sizes = Shape::of(
      {Dim::constant(1), Dim::constant(28), Dim::constant(28)});
  D.Data.Type = DType::Float;
  D.Target.Sizes = Shape::of({});
  D.Target.Type = DType::Long;
  std::optional<int64_t> Mode = 0; // Mode::kTrain
  if (E->getNumArgs() >= 2 && !isa<CXXDefaultArgExpr>(E->getArg(1)))
    Mode = Eval.intOf(E->getArg(1)).constant();
  if (Mode)
    D.Size = Dim::constant(*Mode == 0 ? 60000 : 10000);
  return D;
}

/// TensorDataset(tensor): examples are tensor[i], with no target.
Value tensorDataset(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  if (E->getNumArgs() != 1 || !isTensorType(E->getArg(0)->getType()))
    return std::monostate();
  TensorFact T = Eval.tensorOf(E->getArg(0));
  if (!T.Sizes.hasRank() || T.Sizes.rank() == 0)
    return std::monostate();
  DataValue D;
  D.What = DataValue::Kind::Dataset;
  D.HasTarget = false;
  D.Size = T.Sizes.dims()[0];
  D.Data = T;
  D.Data.Object = 0;
  D.Data.Sizes = Shape::of(
      std::vector<Dim>(T.Sizes.dims().begin() + 1, T.Sizes.dims().end()));
  return D;
}

/// How many values an ArrayRef<double> argument holds: one number, or a
/// braced list.
Dim listedValues(const Expr *E, ExprEvaluator &Eval) {
  if (const InitListExpr *IL = Eval.bracedList(E))
    return Dim::constant(IL->getNumInits());
  if (ignoreConversions(E)->getType()->isArithmeticType())
    return Dim::constant(1);
  return Dim();
}

/// Normalize(mean, stddev): how many values each holds.
Value normalizeTransform(const CXXConstructExpr *E, ExprEvaluator &Eval) {
  if (E->getNumArgs() != 2)
    return std::monostate();
  RecordValue R;
  R.set("mean", listedValues(E->getArg(0), Eval));
  R.set("stddev", listedValues(E->getArg(1), Eval));
  return R;
}

/// The data of an example after Normalize: (data - mean) / stddev, with
/// mean and stddev Float tensors of [n, 1, 1].
TensorFact normalized(const TensorFact &Data, const RecordValue &R) {
  TensorFact Out;
  Shape S = Data.Sizes;
  for (llvm::StringRef Field : {"mean", "stddev"}) {
    const Dim *N = R.field(Field);
    if (!N || !N->isKnown())
      return Out;
    S = torchtidy::broadcastShape(
        S, Shape::of({*N, Dim::constant(1), Dim::constant(1)}));
  }
  Out.Sizes = S;
  if (Data.Type == DType::Double)
    Out.Type = DType::Double;
  else if (Data.Type != DType::Unknown && Data.Type != DType::Other)
    Out.Type = DType::Float;
  Out.Origin = Data.Origin;
  return Out;
}

/// The lambda a Lambda or TensorLambda transform is made from, written
/// there or held in a variable; null for anything else (a function, a
/// generic lambda, whose instantiation std::function makes is not looked
/// up).
const LambdaExpr *transformLambda(const Expr *Transform) {
  const Expr *E = Transform;
  for (unsigned Step = 0; (E = ignoreWrappers(E)) && Step < 16; ++Step) {
    if (const auto *LE = dyn_cast<LambdaExpr>(E))
      return LE->isGenericLambda() ? nullptr : LE;
    if (const auto *CC = dyn_cast<CXXConstructExpr>(E);
        CC && CC->getNumArgs() == 1)
      E = CC->getArg(0); // the transform, the std::function
    else if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      // `auto f = [](...) {...};`: a closure cannot be assigned another.
      const auto *VD = dyn_cast<VarDecl>(DRE->getDecl());
      if (!VD || !VD->getType()->isRecordType() ||
          !VD->getType()->getAsCXXRecordDecl() ||
          !VD->getType()->getAsCXXRecordDecl()->isLambda())
        return nullptr;
      E = VD->getInit();
    } else
      return nullptr;
  }
  return nullptr;
}

/// A Lambda<Example<>> or TensorLambda<> transform: its lambda analyzed
/// with one example (or its data) as the argument.
Value lambdaTransform(const DataValue &D, const Expr *Transform, bool OnData,
                      ExprEvaluator &Eval) {
  const LambdaExpr *LE = transformLambda(Transform);
  CallSummaries *Calls = Eval.context().Session.Calls;
  const CXXMethodDecl *Op = LE ? LE->getCallOperator() : nullptr;
  if (!Calls || !Op || Op->getNumParams() != 1)
    return std::monostate();
  DataValue Example = D;
  Example.What = DataValue::Kind::Example;
  Example.Stacked = false;
  Example.Size = Dim();
  Value Arg = OnData ? Value(D.Data) : Value(Example);
  Value R = Calls->resultOf(Op, {Arg}, Eval.context().CallDepth);
  DataValue Out = D;
  if (OnData) {
    const auto *T = std::get_if<TensorFact>(&R);
    Out.Data = T ? *T : TensorFact();
    return Out;
  }
  std::optional<DataValue> Made = exampleOf(R);
  if (!Made || Made->HasTarget != D.HasTarget)
    return std::monostate();
  Out.Data = Made->Data;
  Out.Target = Made->Target;
  return Out;
}

/// `dataset.map(transform)`.
Value mapTransform(const Expr *Call, const Value &Dataset,
                   const Expr *Transform, ExprEvaluator &Eval) {
  const DataValue *D = asData(Dataset);
  if (!D || D->What != DataValue::Kind::Dataset || D->Stacked)
    return std::monostate();
  const CXXRecordDecl *T = recordOf(Transform->getType());
  if (isDataClass(T, "Stack", {"torch", "data", "transforms"})) {
    DataValue Out = *D;
    Out.Stacked = true;
    Out.StackedAt = SourceRange(Call->getExprLoc(), Call->getEndLoc());
    return Out;
  }
  if (isDataClass(T, "Normalize", {"torch", "data", "transforms"})) {
    Value R = Eval.valueOf(Transform);
    const auto *Rec = std::get_if<RecordValue>(&R);
    if (!Rec)
      return std::monostate();
    DataValue Out = *D;
    Out.Data = normalized(D->Data, *Rec);
    return Out;
  }
  if (isDataClass(T, "Lambda", {"torch", "data", "transforms"}))
    return lambdaTransform(*D, Transform, /*OnData=*/false, Eval);
  if (isDataClass(T, "TensorLambda", {"torch", "data", "transforms"}))
    return lambdaTransform(*D, Transform, /*OnData=*/true, Eval);
  return std::monostate(); // a transform not followed
}

/// Whether a sampler of class \p Type yields each index of its size once
/// (RandomSampler, SequentialSampler): the loader then sees that many
/// examples.
bool yieldsEveryIndexOnce(const CXXRecordDecl *Type) {
  return isDataClass(Type, "RandomSampler", {"torch", "data", "samplers"}) ||
         isDataClass(Type, "SequentialSampler", {"torch", "data", "samplers"});
}

/// The leading dim of every batch a loader of \p Size examples yields with
/// \p Options (the rule in DataModels.h); nothing when it yields none.
std::optional<Dim> batchDim(const Dim &Size, const RecordValue &Options,
                            const Expr *Call, ExprEvaluator &Eval) {
  Dim Batch = Dim::constant(1); // DataLoaderOptions' default
  if (const Dim *F = Options.field("batch_size"))
    Batch = *F;
  Tri DropLast = Tri::False;
  if (const Dim *F = Options.field("drop_last")) {
    std::optional<int64_t> C = F->constant();
    DropLast = C ? torchtidy::triOf(*C != 0) : Tri::Unknown;
  }
  std::optional<int64_t> S = Size.constant(), B = Batch.constant();
  if (B && *B <= 0)
    return std::nullopt;
  if (S && *S <= 0)
    return std::nullopt;
  if (S && B) {
    if (*S < *B)
      return DropLast == Tri::False ? std::optional<Dim>(Dim::constant(*S))
                                    : std::nullopt;
    if (*S % *B == 0 || DropLast == Tri::True)
      return Batch;
  } else if (DropLast == Tri::True && Batch.isKnown()) {
    return Batch;
  }
  return Eval.context().symbolFor(Call, "B");
}

/// A batch of \p Example's tensors stacked: [B, ...], with the notes'
/// steps at the Stack and the loader.
TensorFact stacked(const TensorFact &Example, const Dim &B, SourceRange StackAt,
                   const Expr *Call, ExprEvaluator &Eval, unsigned Part) {
  TensorFact Out;
  Out.Type = Example.Type;
  if (!Example.Sizes.hasRank())
    return Out;
  std::vector<Dim> Dims = {B};
  Dims.insert(Dims.end(), Example.Sizes.dims().begin(),
              Example.Sizes.dims().end());
  Out.Sizes = Shape::of(std::move(Dims));
  Out.Object = Eval.context().objectFor(Call, Part);
  Out.Origin = Example.Origin;
  if (StackAt.isValid())
    addOrigin(Out, OriginStep{StackAt, "Stack", "", Out.Sizes});
  addOrigin(Out, OriginStep{SourceRange(Call->getExprLoc(), Call->getEndLoc()),
                            "make_data_loader", "", Out.Sizes});
  return Out;
}

/// make_data_loader(dataset[, sampler], options).
Value makeDataLoader(const CallExpr *E, const FunctionDecl *FD,
                     llvm::ArrayRef<const Expr *> Args, ExprEvaluator &Eval) {
  if (Args.empty())
    return std::monostate();
  Value DS = Eval.valueOf(Args[0]);
  const DataValue *D = asData(DS);
  if (!D || D->What != DataValue::Kind::Dataset)
    return std::monostate();
  Dim Size;
  const Expr *OptionsArg = nullptr;
  if (Args.size() == 3) {
    // An explicit sampler: its own length, when it is one we know.
    const CXXRecordDecl *S = recordOf(Args[1]->getType());
    const auto *Made = dyn_cast<CXXConstructExpr>(ignoreConversions(Args[1]));
    if (Made && Made->getNumArgs() >= 1 && yieldsEveryIndexOnce(S))
      Size = Eval.intOf(Made->getArg(0));
    OptionsArg = Args[2];
  } else {
    // make_data_loader<Sampler>(dataset, options): Sampler(dataset.size()).
    const TemplateArgumentList *TA = FD->getTemplateSpecializationArgs();
    if (TA && TA->size() >= 1 &&
        TA->get(0).getKind() == TemplateArgument::Type &&
        yieldsEveryIndexOnce(recordOf(TA->get(0).getAsType())))
      Size = D->Size;
    if (Args.size() == 2)
      OptionsArg = Args[1];
  }
  RecordValue Options;
  if (OptionsArg) {
    Value O = Eval.valueOf(OptionsArg);
    const auto *R = std::get_if<RecordValue>(&O);
    if (!R)
      return std::monostate();
    Options = *R;
  }
  std::optional<Dim> B = batchDim(Size, Options, E, Eval);
  if (!B)
    return std::monostate();
  DataValue L;
  L.What = DataValue::Kind::Loader;
  L.HasTarget = D->HasTarget;
  if (!D->Stacked) {
    // Each batch a std::vector of B examples, as get() makes them.
    L.Data = D->Data;
    L.Target = D->Target;
    L.Size = *B;
    return L;
  }
  L.Stacked = true;
  L.Data = stacked(D->Data, *B, D->StackedAt, E, Eval, 0);
  if (D->HasTarget)
    L.Target = stacked(D->Target, *B, D->StackedAt, E, Eval, 1);
  return L;
}

} // namespace

bool isDataLoaderType(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD || !RD->hasDefinition())
    return false;
  auto IsBase = [](const CXXRecordDecl *B) {
    return isDataClass(B, "DataLoaderBase", {"torch", "data"});
  };
  return IsBase(RD) || !RD->forallBases([&](const CXXRecordDecl *B) {
    return !IsBase(B);
  });
}

bool isDataLoaderOptions(const CXXRecordDecl *RD) {
  return isDataClass(RD, "DataLoaderOptions", {"torch", "data"});
}

std::optional<Value> constructDataClass(const CXXConstructExpr *E,
                                        ExprEvaluator &Eval) {
  const CXXRecordDecl *RD = recordOf(E->getType());
  if (!RD)
    return std::nullopt;
  const CXXConstructorDecl *Ctor = E->getConstructor();
  bool Copy = Ctor && Ctor->isCopyOrMoveConstructor() && E->getNumArgs() == 1;
  if (isDataClass(RD, "Example", {"torch", "data"})) {
    if (Copy)
      return Eval.valueOf(E->getArg(0));
    if (E->getNumArgs() == 0 || E->getNumArgs() > 2)
      return Value();
    DataValue D;
    D.Data = Eval.tensorOf(E->getArg(0));
    if (E->getNumArgs() == 2)
      D.Target = Eval.tensorOf(E->getArg(1));
    else
      D.HasTarget = false;
    return Value(D);
  }
  if (isDataLoaderOptions(RD)) {
    if (Copy)
      return Eval.valueOf(E->getArg(0));
    RecordValue R;
    if (E->getNumArgs() == 1)
      R.set("batch_size", Eval.intOf(E->getArg(0)));
    return Value(R);
  }
  if (isDataClass(RD, "Normalize", {"torch", "data", "transforms"}))
    return Copy ? Eval.valueOf(E->getArg(0)) : normalizeTransform(E, Eval);
  if (!isDatasetClass(RD))
    return std::nullopt;
  if (Copy)
    return Eval.valueOf(E->getArg(0));
  if (isDataClass(RD, "MNIST", {"torch", "data", "datasets"}))
    return mnistDataset(E, Eval);
  if (isDataClass(RD, "TensorDataset", {"torch", "data", "datasets"}))
    return tensorDataset(E, Eval);
  if (isInTorchLibrary(RD))
    return Value(); // MapDataset and others: made by map()
  return userDataset(RD, E, Eval);
}

std::optional<Value> callDataMethod(const CXXMemberCallExpr *E,
                                    ExprEvaluator &Eval) {
  const CXXMethodDecl *MD = E->getMethodDecl();
  const Expr *Obj = E->getImplicitObjectArgument();
  if (!MD || !Obj || !MD->getIdentifier())
    return std::nullopt;
  llvm::StringRef Name = MD->getName();
  const CXXRecordDecl *RD = recordOf(E->getObjectType());
  if (isDataLoaderOptions(RD)) {
    Value Self = Eval.valueOf(Obj);
    const auto *R = std::get_if<RecordValue>(&Self);
    if (!R)
      return Value();
    if (E->getNumArgs() != 1)
      return Value(); // a getter
    RecordValue Out = *R;
    Out.set(Name, Eval.intOf(E->getArg(0)));
    return Value(std::move(Out));
  }
  if (isDatasetClass(RD)) {
    if (Name == "map" && E->getNumArgs() == 1)
      return mapTransform(E, Eval.valueOf(Obj), E->getArg(0), Eval);
    return std::nullopt; // the user's own methods are followed as calls
  }
  return std::nullopt;
}

std::optional<Value> callDataFunction(const CallExpr *E,
                                      const FunctionDecl *FD,
                                      llvm::ArrayRef<const Expr *> Args,
                                      ExprEvaluator &Eval) {
  if (!FD->getIdentifier())
    return std::nullopt;
  llvm::StringRef Name = FD->getName();
  if (Name == "make_data_loader" && isDeclaredIn(FD, {"torch", "data"}))
    return makeDataLoader(E, FD, Args, Eval);
  if (Name == "map" && Args.size() == 2 &&
      isDeclaredIn(FD, {"torch", "data", "datasets"}))
    return mapTransform(E, Eval.valueOf(Args[0]), Args[1], Eval);
  return std::nullopt;
}

Value exampleField(const Value &Base, llvm::StringRef Name) {
  const DataValue *D = asData(Base);
  if (!D || D->What != DataValue::Kind::Example)
    return std::monostate();
  if (Name == "data")
    return D->Data;
  if (Name == "target" && D->HasTarget)
    return D->Target;
  return std::monostate();
}

Value loaderElement(const Value &Range) {
  const DataValue *L = asData(Range);
  if (!L)
    return std::monostate();
  DataValue Element = *L;
  if (L->What == DataValue::Kind::Loader && !L->Stacked) {
    Element.What = DataValue::Kind::Examples; // a batch, unstacked
    return Element;
  }
  if (L->What != DataValue::Kind::Examples &&
      !(L->What == DataValue::Kind::Loader && L->Stacked))
    return std::monostate();
  Element.What = DataValue::Kind::Example;
  Element.Stacked = false;
  Element.Size = Dim();
  return Element;
}

Value examplesMethod(llvm::StringRef Name, const DataValue &Batch) {
  if (Batch.What != DataValue::Kind::Examples)
    return std::monostate();
  if (Name == "size")
    return IntValue{Batch.Size};
  if (Name == "operator[]" || Name == "at" || Name == "front" ||
      Name == "back")
    return loaderElement(Batch);
  return std::monostate();
}

bool isExampleVector(QualType T) {
  const auto *Spec =
      dyn_cast_or_null<ClassTemplateSpecializationDecl>(recordOf(T));
  if (!Spec || !Spec->getIdentifier() || Spec->getName() != "vector" ||
      !isDeclaredIn(Spec, {"std"}) || Spec->getTemplateArgs().size() < 1 ||
      Spec->getTemplateArgs()[0].getKind() != TemplateArgument::Type)
    return false;
  return isDataClass(recordOf(Spec->getTemplateArgs()[0].getAsType()),
                     "Example", {"torch", "data"});
}

} // namespace clang::tidy::torch
