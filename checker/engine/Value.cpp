//===--- Value.cpp - Abstract values of the shape engine ------------------===//

#include "Value.h"

namespace clang::tidy::torch {

const Dim *RecordValue::field(llvm::StringRef Name) const {
  for (const auto &[N, V] : Fields)
    if (N == Name)
      return &V;
  return nullptr;
}

void RecordValue::set(llvm::StringRef Name, Dim Value) {
  for (auto &[N, V] : Fields)
    if (N == Name) {
      V = std::move(Value);
      return;
    }
  auto It = Fields.begin();
  while (It != Fields.end() && It->first < Name)
    ++It;
  Fields.insert(It, {Name.str(), std::move(Value)});
}

namespace {
/// What two paths agree on: a setting made on one path only is unknown.
RecordValue joinRecords(const RecordValue &A, const RecordValue &B) {
  RecordValue R;
  for (const auto &[N, V] : A.Fields) {
    const Dim *O = B.field(N);
    R.set(N, O ? torchtidy::join(V, *O) : Dim());
  }
  for (const auto &[N, V] : B.Fields)
    if (!A.field(N))
      R.set(N, Dim());
  return R;
}

bool sameDims(const std::vector<Dim> &A, const std::vector<Dim> &B) {
  return A == B;
}
} // namespace

bool sameFacts(const Value &A, const Value &B) {
  if (A.index() != B.index())
    return false;
  if (const auto *T = std::get_if<TensorFact>(&A))
    return T->sameFacts(std::get<TensorFact>(B));
  if (const auto *I = std::get_if<IntValue>(&A))
    return I->Value == std::get<IntValue>(B).Value;
  if (const auto *L = std::get_if<IntListValue>(&A))
    return sameDims(L->Elements, std::get<IntListValue>(B).Elements);
  if (const auto *O = std::get_if<OptionsValue>(&A)) {
    const auto &OB = std::get<OptionsValue>(B);
    return O->HasType == OB.HasType && O->Type == OB.Type;
  }
  if (const ModuleValue *M = asModule(A))
    return *M == *asModule(B);
  if (const DataValue *D = asData(A))
    return D->sameFacts(*asData(B));
  if (const ObjectValue *O = asObject(A)) {
    const ObjectValue &OB = *asObject(B);
    if (O->Class != OB.Class || O->Ctor != OB.Ctor ||
        O->Args.size() != OB.Args.size())
      return false;
    for (std::size_t I = 0; I < O->Args.size(); ++I)
      if (!sameFacts(O->Args[I], OB.Args[I]))
        return false;
    return true;
  }
  if (const auto *R = std::get_if<RecordValue>(&A))
    return *R == std::get<RecordValue>(B);
  if (const auto *Tu = std::get_if<TupleValue>(&A)) {
    const auto &TB = std::get<TupleValue>(B);
    if (Tu->Elements.size() != TB.Elements.size())
      return false;
    for (std::size_t I = 0; I < Tu->Elements.size(); ++I)
      if (!Tu->Elements[I].sameFacts(TB.Elements[I]))
        return false;
    return true;
  }
  if (const auto *L = std::get_if<TensorListValue>(&A))
    return L->sameFacts(std::get<TensorListValue>(B));
  return true; // monostate, NoneValue
}

Dim TensorListValue::count() const {
  return Exact ? Dim::constant(static_cast<int64_t>(Elements.size())) : Count;
}

TensorFact TensorListValue::each() const {
  if (!Exact)
    return Each;
  if (Elements.empty())
    return TensorFact();
  TensorFact R = Elements.front();
  for (const TensorFact &F : Elements)
    R = join(R, F);
  return R;
}

TensorListValue TensorListValue::uniform() const {
  TensorListValue R;
  R.Exact = false;
  R.Each = each();
  R.Count = count();
  return R;
}

TensorListValue TensorListValue::pushed(TensorFact F) const {
  if (Exact && Elements.size() < MaxElements) {
    TensorListValue R = *this;
    R.Elements.push_back(std::move(F));
    return R;
  }
  TensorListValue R = uniform();
  // An empty list's Each says nothing: the new element alone is every one.
  R.Each = R.Count.equals(0) == Tri::True ? F : join(R.Each, F);
  std::optional<int64_t> N = R.Count.constant();
  R.Count = N && *N < INT64_MAX ? Dim::constant(*N + 1) : Dim();
  return R;
}

bool TensorListValue::mayHold(unsigned Object) const {
  if (!Exact)
    return Count.equals(0) != Tri::True &&
           (Object == 0 || Each.Object == 0 || Each.Object == Object);
  for (const TensorFact &F : Elements)
    if (Object == 0 || F.Object == 0 || F.Object == Object)
      return true;
  return false;
}

bool TensorListValue::sameFacts(const TensorListValue &O) const {
  if (Exact != O.Exact || Elements.size() != O.Elements.size() ||
      !(Count == O.Count) || !Each.sameFacts(O.Each))
    return false;
  for (std::size_t I = 0; I < Elements.size(); ++I)
    if (!Elements[I].sameFacts(O.Elements[I]))
      return false;
  return true;
}

namespace {
/// Two lists on two paths: element by element when both are known so and
/// equally long; otherwise what holds of every element of either, and the
/// count when both have the same.
TensorListValue joinLists(const TensorListValue &A, const TensorListValue &B) {
  if (A.Exact && B.Exact && A.Elements.size() == B.Elements.size()) {
    TensorListValue R;
    for (std::size_t I = 0; I < A.Elements.size(); ++I)
      R.Elements.push_back(join(A.Elements[I], B.Elements[I]));
    return R;
  }
  TensorListValue R;
  R.Exact = false;
  Dim CA = A.count(), CB = B.count();
  bool EmptyA = CA.equals(0) == Tri::True, EmptyB = CB.equals(0) == Tri::True;
  R.Each = EmptyA   ? B.each()
           : EmptyB ? A.each()
                    : join(A.each(), B.each());
  R.Count = torchtidy::join(CA, CB);
  return R;
}
} // namespace

TensorFact join(const TensorFact &A, const TensorFact &B) {
  TensorFact R;
  R.Sizes = torchtidy::join(A.Sizes, B.Sizes);
  R.Type = torchtidy::join(A.Type, B.Type);
  R.Object = A.Object == B.Object ? A.Object : 0;
  // Keep a history only when it explains the joined facts on both paths.
  if (A.Origin == B.Origin || (R.Sizes == A.Sizes && R.Sizes == B.Sizes))
    R.Origin = A.Origin;
  return R;
}

Value join(const Value &A, const Value &B) {
  if (A.index() != B.index())
    return std::monostate();
  if (const auto *T = std::get_if<TensorFact>(&A))
    return join(*T, std::get<TensorFact>(B));
  if (const auto *I = std::get_if<IntValue>(&A))
    return IntValue{torchtidy::join(I->Value, std::get<IntValue>(B).Value)};
  if (const auto *L = std::get_if<IntListValue>(&A)) {
    const auto &LB = std::get<IntListValue>(B);
    if (L->Elements.size() != LB.Elements.size())
      return std::monostate();
    IntListValue R;
    for (std::size_t I = 0; I < L->Elements.size(); ++I)
      R.Elements.push_back(torchtidy::join(L->Elements[I], LB.Elements[I]));
    return R;
  }
  if (const auto *O = std::get_if<OptionsValue>(&A)) {
    const auto &OB = std::get<OptionsValue>(B);
    if (O->HasType != OB.HasType)
      return std::monostate();
    return OptionsValue{O->HasType, torchtidy::join(O->Type, OB.Type)};
  }
  if (const ModuleValue *M = asModule(A)) {
    const ModuleValue &MB = *asModule(B);
    if (*M == MB)
      return A;
    // Two loss modules: their options, joined setting by setting.
    if (M->isLoss() && MB.isLoss()) {
      ModuleValue J = *M;
      J.Options = joinRecords(M->Options, MB.Options);
      return J;
    }
    // Different modules on two paths: which one runs is unknown.
    return std::monostate();
  }
  if (const auto *R = std::get_if<RecordValue>(&A))
    return joinRecords(*R, std::get<RecordValue>(B));
  if (const ObjectValue *O = asObject(A)) {
    // One constructor on both paths: its arguments joined.
    const ObjectValue &OB = *asObject(B);
    if (O->Class != OB.Class || O->Ctor != OB.Ctor ||
        O->Args.size() != OB.Args.size())
      return std::monostate();
    ObjectValue J = *O;
    for (std::size_t I = 0; I < J.Args.size(); ++I)
      J.Args[I] = join(O->Args[I], OB.Args[I]);
    return objectValue(std::move(J));
  }
  if (const DataValue *D = asData(A)) {
    // The same kind of value on both paths: its tensors and size joined.
    const DataValue &DB = *asData(B);
    if (D->What != DB.What || D->HasTarget != DB.HasTarget ||
        D->Stacked != DB.Stacked)
      return std::monostate();
    DataValue J = *D;
    J.Data = join(D->Data, DB.Data);
    J.Target = join(D->Target, DB.Target);
    J.Size = torchtidy::join(D->Size, DB.Size);
    return J;
  }
  if (const auto *Tu = std::get_if<TupleValue>(&A)) {
    const auto &TB = std::get<TupleValue>(B);
    if (Tu->Elements.size() != TB.Elements.size())
      return std::monostate();
    TupleValue R;
    for (std::size_t I = 0; I < Tu->Elements.size(); ++I)
      R.Elements.push_back(join(Tu->Elements[I], TB.Elements[I]));
    return R;
  }
  if (const auto *L = std::get_if<TensorListValue>(&A))
    return joinLists(*L, std::get<TensorListValue>(B));
  return A;
}

void OriginChain::push(OriginStep Step) {
  Head = std::make_shared<const Node>(Node{std::move(Step), Head});
}

void OriginChain::nameLast(std::string Var) {
  Node Renamed = *Head;
  Renamed.Step.Var = std::move(Var);
  Head = std::make_shared<const Node>(std::move(Renamed));
}

void OriginChain::renameLastOp(std::string Op) {
  Node Renamed = *Head;
  Renamed.Step.Op = std::move(Op);
  Head = std::make_shared<const Node>(std::move(Renamed));
}

void OriginChain::markLast(StepKind Kind) {
  Node Marked = *Head;
  Marked.Step.Kind = Kind;
  Head = std::make_shared<const Node>(std::move(Marked));
}

std::vector<const OriginStep *> OriginChain::recentFirst(unsigned Max) const {
  std::vector<const OriginStep *> Steps;
  for (const Node *N = Head.get(); N && Steps.size() < Max; N = N->Previous.get())
    Steps.push_back(&N->Step);
  return Steps;
}

void addOrigin(TensorFact &Fact, OriginStep Step) {
  Fact.Origin.push(std::move(Step));
}

} // namespace clang::tidy::torch
