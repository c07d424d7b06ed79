//===--- Shape.cpp - The sizes of a tensor, possibly of unknown rank ------===//

#include "Shape.h"

namespace torchtidy {

Shape Shape::of(std::vector<Dim> Dims) {
  Shape S;
  S.RankKnown = true;
  S.Dims = std::move(Dims);
  return S;
}

Shape Shape::ofRank(std::size_t Rank) {
  return of(std::vector<Dim>(Rank, Dim::unknown()));
}

Tri Shape::equals(const Shape &Other) const {
  if (!RankKnown || !Other.RankKnown)
    return Tri::Unknown;
  if (Dims.size() != Other.Dims.size())
    return Tri::False;
  Tri Result = Tri::True;
  for (std::size_t I = 0; I < Dims.size(); ++I)
    Result = triAnd(Result, Dims[I].equals(Other.Dims[I]));
  return Result;
}

std::optional<Dim> Shape::numel() const {
  if (!RankKnown)
    return std::nullopt;
  Dim N = Dim::constant(1);
  for (const Dim &D : Dims)
    N = N.times(D);
  if (!N.isKnown())
    return std::nullopt;
  return N;
}

bool Shape::isPossible() const {
  if (!RankKnown)
    return true;
  int64_t Product = 1;
  for (const Dim &D : Dims) {
    std::optional<int64_t> V = D.constant();
    if (!V)
      continue;
    if (*V < 0 || __builtin_mul_overflow(Product, *V, &Product))
      return false;
  }
  return true;
}

std::string Shape::str(const SymbolTable *Symbols) const {
  if (!RankKnown)
    return "[...]";
  std::string S = "[";
  for (std::size_t I = 0; I < Dims.size(); ++I) {
    if (I)
      S += ", ";
    S += Dims[I].str(Symbols);
  }
  return S + "]";
}

Shape join(const Shape &A, const Shape &B) {
  if (!A.hasRank() || !B.hasRank() || A.rank() != B.rank())
    return Shape::unknownRank();
  std::vector<Dim> Dims;
  Dims.reserve(A.rank());
  for (std::size_t I = 0; I < A.rank(); ++I)
    Dims.push_back(join(A[I], B[I]));
  return Shape::of(std::move(Dims));
}

} // namespace torchtidy
