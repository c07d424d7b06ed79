//===--- AnnotationMatch.cpp - Shapes meeting their annotations -----------===//

#include "AnnotationMatch.h"

namespace torchtidy {

namespace {
bool isKnownDType(DType T) { return T != DType::Unknown && T != DType::Other; }
} // namespace

SpecMatch matchSpec(const ShapeSpec &Spec, const Shape &Sizes, DType Type) {
  SpecMatch M;
  std::optional<std::size_t> Var = Spec.variadicIndex();
  std::size_t Fixed = Spec.fixedRank();
  bool RankFits =
      Sizes.hasRank() && (Var ? Sizes.rank() >= Fixed : Sizes.rank() == Fixed);
  if (Sizes.hasRank() && !RankFits) {
    M.Mismatch = SpecMismatch{SpecMismatch::Rank, 0, 0,
                              "rank " + std::to_string(Fixed) +
                                  (Var ? " or more" : "") + " expected"};
    return M;
  }
  if (RankFits) {
    std::size_t R = Sizes.rank(), N = Spec.Dims.size();
    for (std::size_t I = 0; I < N; ++I) {
      const SpecDim &D = Spec.Dims[I];
      if (D.K == SpecDim::Kind::Variadic) {
        std::size_t Count = R - Fixed;
        if (!D.Name.empty())
          M.Uses.push_back(
              NameUse{D.Name, I, I, true,
                      std::vector<Dim>(Sizes.dims().begin() + I,
                                       Sizes.dims().begin() + I + Count)});
        continue;
      }
      // Dims after the variadic one match the tensor's last dims.
      std::size_t At = (Var && I > *Var) ? R - (N - I) : I;
      const Dim &Actual = Sizes[At];
      if (D.K == SpecDim::Kind::Size && Actual.equals(D.Size) == Tri::False) {
        M.Mismatch = SpecMismatch{SpecMismatch::Size, I, At,
                                  "size " + std::to_string(D.Size) +
                                      " expected at dim " + std::to_string(At)};
        M.Uses.clear();
        return M;
      }
      if (D.K == SpecDim::Kind::Name && Actual.isKnown())
        M.Uses.push_back(NameUse{D.Name, I, At, false, {Actual}});
    }
  }
  if (isKnownDType(Spec.Type) && isKnownDType(Type) && Spec.Type != Type) {
    M.Mismatch = SpecMismatch{SpecMismatch::DType, 0, 0,
                              "dtype " + std::string(dtypeName(Spec.Type)) +
                                  " expected"};
    M.Uses.clear();
  }
  return M;
}

bool certainlyDiffer(const NameUse &A, const NameUse &B) {
  if (A.Name != B.Name || A.Variadic != B.Variadic)
    return false;
  if (A.Sizes.size() != B.Sizes.size())
    return true;
  for (std::size_t I = 0; I < A.Sizes.size(); ++I)
    if (A.Sizes[I].equals(B.Sizes[I]) == Tri::False)
      return true;
  return false;
}

std::optional<NameConflict>
findNameConflict(const std::vector<NameUse> &Earlier,
                 const std::vector<NameUse> &Later) {
  for (const NameUse &L : Later)
    for (const NameUse &E : Earlier)
      if (certainlyDiffer(E, L))
        return NameConflict{&E, &L};
  return std::nullopt;
}

std::optional<NameConflict> findNameConflict(const std::vector<NameUse> &Uses) {
  for (std::size_t J = 0; J < Uses.size(); ++J)
    for (std::size_t I = 0; I < J; ++I)
      if (certainlyDiffer(Uses[I], Uses[J]))
        return NameConflict{&Uses[I], &Uses[J]};
  return std::nullopt;
}

Shape instantiateSpec(
    const ShapeSpec &Spec,
    const std::function<Dim(const std::string &)> &SizeOf,
    const std::function<std::optional<std::vector<Dim>>(const std::string &)>
        &DimsOf) {
  std::vector<Dim> Dims;
  for (const SpecDim &D : Spec.Dims) {
    switch (D.K) {
    case SpecDim::Kind::Size:
      Dims.push_back(Dim::constant(D.Size));
      break;
    case SpecDim::Kind::Name:
      Dims.push_back(SizeOf(D.Name));
      break;
    case SpecDim::Kind::Any:
      Dims.push_back(Dim::unknown());
      break;
    case SpecDim::Kind::Variadic: {
      std::optional<std::vector<Dim>> Covered;
      if (!D.Name.empty())
        Covered = DimsOf(D.Name);
      if (!Covered)
        return Shape::unknownRank();
      Dims.insert(Dims.end(), Covered->begin(), Covered->end());
      break;
    }
    }
  }
  return Shape::of(std::move(Dims));
}

Shape meetWithAnnotation(const Shape &Inferred, const Shape &Annotated) {
  if (!Inferred.hasRank())
    return Annotated;
  if (!Annotated.hasRank() || Annotated.rank() != Inferred.rank())
    return Inferred;
  std::vector<Dim> Dims;
  for (std::size_t I = 0; I < Inferred.rank(); ++I)
    Dims.push_back(Inferred[I].isKnown() ? Inferred[I] : Annotated[I]);
  return Shape::of(std::move(Dims));
}

} // namespace torchtidy
