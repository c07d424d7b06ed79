//===--- TestShapes.h - Short spellings of sizes for the unit tests -------===//
//
// Part of torch-tidy's unit tests. Shapes are compared through their printed
// form (`[4, 3]`, `[n, 5]`, `?` for an unknown size, `[...]` for an unknown
// rank): a failure then reads like LibTorch's own sizes.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_TEST_UNIT_TESTSHAPES_H
#define TORCH_TIDY_TEST_UNIT_TESTSHAPES_H

#include "core/DType.h"
#include "core/Shape.h"

#include <cstdint>
#include <initializer_list>
#include <ostream>
#include <vector>

namespace torchtidy {

/// A plain size.
inline Dim c(int64_t V) { return Dim::constant(V); }
/// An unknown size.
inline Dim q() { return Dim::unknown(); }

/// A shape of plain sizes: sizes({4, 3}); sizes({}) is 0-d.
inline Shape sizes(std::initializer_list<int64_t> Sizes) {
  std::vector<Dim> Dims;
  for (int64_t V : Sizes)
    Dims.push_back(c(V));
  return Shape::of(std::move(Dims));
}

/// Plain sizes as the Dim arguments of an op (view sizes, permute order).
inline std::vector<Dim> dims(std::initializer_list<int64_t> Values) {
  std::vector<Dim> Dims;
  for (int64_t V : Values)
    Dims.push_back(c(V));
  return Dims;
}

// How GoogleTest prints these values in a failure.
inline void PrintTo(Tri T, std::ostream *OS) {
  *OS << (T == Tri::True ? "True" : T == Tri::False ? "False" : "Unknown");
}
inline void PrintTo(const Shape &S, std::ostream *OS) { *OS << S.str(nullptr); }
inline void PrintTo(const Dim &D, std::ostream *OS) { *OS << D.str(nullptr); }
inline void PrintTo(DType T, std::ostream *OS) { *OS << dtypeName(T); }

} // namespace torchtidy

#endif // TORCH_TIDY_TEST_UNIT_TESTSHAPES_H
