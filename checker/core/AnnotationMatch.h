//===--- AnnotationMatch.h - Shapes meeting their annotations -------------===//
//
// Part of torch-tidy. What it means for a tensor's inferred sizes to meet an
// annotation: the certain contradictions (rank, a fixed size, the dtype),
// the sizes the annotation's names take at that site, and which two sites
// give one name certainly different sizes. Also the sizes an annotation
// gives a tensor, and how they combine with inferred ones. Plain C++.
//
// A variadic dim (`*batch`, `...`) matches any number of dims: the dims
// before it match the tensor's first dims, the dims after it its last ones.
// Shape has no "known suffix, unknown leading rank", so an annotation with a
// variadic dim gives a tensor an unknown rank unless its name is bound.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_ANNOTATIONMATCH_H
#define TORCH_TIDY_CORE_ANNOTATIONMATCH_H

#include "Shape.h"
#include "ShapeAnnotation.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace torchtidy {

/// The sizes one name of an annotation takes at one site.
struct NameUse {
  std::string Name;
  /// The annotated dim (an index into ShapeSpec::Dims).
  std::size_t SpecIndex = 0;
  /// The tensor's dim it meets (a variadic name: the first dim it covers).
  std::size_t TensorDim = 0;
  bool Variadic = false;
  /// One size for a plain name (always known); the dims a variadic name
  /// covers (any number, each possibly unknown).
  std::vector<Dim> Sizes;
};

/// A certain contradiction between a tensor and its annotation.
struct SpecMismatch {
  enum Kind : unsigned char { Rank, Size, DType } K = Rank;
  /// Size: the annotated dim (into ShapeSpec::Dims) and the tensor's dim.
  std::size_t SpecIndex = 0;
  std::size_t TensorDim = 0;
  /// What the annotation wants: `rank 2 expected`, `size 1 expected at
  /// dim 1`, `dtype Long expected`.
  std::string Reason;
};

/// A tensor's sizes and dtype met with an annotation.
struct SpecMatch {
  /// The first certain contradiction, checked in this order: rank, each
  /// fixed size from the first dim, dtype.
  std::optional<SpecMismatch> Mismatch;
  /// The sizes the names take, for each name whose size is known, in the
  /// order of the annotation's dims. Empty when the rank is unknown or
  /// contradicted.
  std::vector<NameUse> Uses;
};

/// Meets \p Sizes and \p Type (a tensor's facts; DType::Unknown when not
/// known) with \p Spec.
SpecMatch matchSpec(const ShapeSpec &Spec, const Shape &Sizes, DType Type);

/// Two uses of one name with certainly different sizes.
struct NameConflict {
  const NameUse *Earlier = nullptr;
  const NameUse *Later = nullptr;
};

/// Whether two uses of one name certainly disagree: different sizes, or a
/// variadic name covering a different number of dims.
bool certainlyDiffer(const NameUse &A, const NameUse &B);

/// The first use in \p Later whose name \p Earlier uses with a certainly
/// different size.
std::optional<NameConflict>
findNameConflict(const std::vector<NameUse> &Earlier,
                 const std::vector<NameUse> &Later);
/// The first use in \p Uses that disagrees with an earlier use of its name
/// (`[B, B]` met by `[8, 5]`).
std::optional<NameConflict> findNameConflict(const std::vector<NameUse> &Uses);

/// The sizes \p Spec gives a tensor. A name takes \p SizeOf(name) (an
/// unknown Dim if nothing is known of it), `_` an unknown size; a variadic
/// dim takes \p DimsOf(name) when that is known, or else the whole rank is
/// unknown.
Shape instantiateSpec(
    const ShapeSpec &Spec,
    const std::function<Dim(const std::string &)> &SizeOf,
    const std::function<std::optional<std::vector<Dim>>(const std::string &)>
        &DimsOf);

/// The sizes a tensor has when both what was inferred and what was annotated
/// hold: the inferred sizes where they are known, the annotated ones where
/// the inferred are not. When the two contradict (different ranks), the
/// inferred sizes win: they are what the program computes.
Shape meetWithAnnotation(const Shape &Inferred, const Shape &Annotated);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_ANNOTATIONMATCH_H
