//===--- ShapeOps.h - Shape arithmetic of LibTorch ops (no AST) -----------===//
//
// Part of torch-tidy. Each function computes the sizes LibTorch gives an op's
// result. A call that LibTorch would certainly reject gives an unknown shape:
// the program never reaches what follows, so the checks stay silent there.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_SHAPEOPS_H
#define TORCH_TIDY_CORE_SHAPEOPS_H

#include "Shape.h"

#include <optional>
#include <vector>

namespace torchtidy {

/// LibTorch's maybe_wrap_dim: a dim in [-Rank, Rank) (a 0-d tensor accepts
/// -1 and 0) as an index, or nothing when it is out of range or unknown.
std::optional<std::size_t> wrapDim(const Dim &D, std::size_t Rank);

/// view / reshape: \p Sizes may hold one -1, solved from the element count.
Shape viewShape(const Shape &In, const std::vector<Dim> &Sizes);
/// unsqueeze(d): a size-1 dim inserted at d in [-rank-1, rank].
Shape unsqueezeShape(const Shape &In, const Dim &D);
/// squeeze(): every size-1 dim removed; unknown rank if a size may be 1.
Shape squeezeAllShape(const Shape &In);
/// squeeze(d): dim d removed when its size is 1.
Shape squeezeDimShape(const Shape &In, const Dim &D);
/// flatten(start_dim, end_dim).
Shape flattenShape(const Shape &In, const Dim &Start, const Dim &End);
/// A reduction over one dim (argmax / max / sum / mean with dim): the dim
/// is removed, or kept with size 1 when \p KeepDim.
Shape reduceDimShape(const Shape &In, const Dim &D, Tri KeepDim);
/// stack(tensors, dim): a new dim of size tensors.size() at dim.
Shape stackShape(const std::vector<Shape> &Ins, const Dim &D);
/// cat(tensors, dim): sizes along dim added up.
Shape catShape(const std::vector<Shape> &Ins, const Dim &D);
/// stack and cat of \p Count tensors that each have the sizes \p Each (a
/// std::vector filled in a loop). No tensor at all: LibTorch throws.
Shape stackUniformShape(const Shape &Each, const Dim &Count, const Dim &D);
Shape catUniformShape(const Shape &Each, const Dim &Count, const Dim &D);
/// one_hot(t, num_classes): a trailing dim of num_classes (-1: unknown).
Shape oneHotShape(const Shape &In, const Dim &NumClasses);
/// permute(dims).
Shape permuteShape(const Shape &In, const std::vector<Dim> &Order);
/// transpose(d0, d1).
Shape transposeShape(const Shape &In, const Dim &D0, const Dim &D1);
/// select(dim, index): the dim removed.
Shape selectShape(const Shape &In, const Dim &D);
/// narrow(dim, start, length): the dim's size becomes length.
Shape narrowShape(const Shape &In, const Dim &D, const Dim &Length);
/// A reduction over several dims (sum / mean with a dim list); an empty
/// list reduces every dim.
Shape reduceDimsShape(const Shape &In, const std::vector<Dim> &Dims,
                      Tri KeepDim);
/// The number of elements slice(start, stop, step) keeps of a dim of size
/// \p Size (Python's rules: negative bounds count from the end, bounds are
/// clamped).
Dim sliceLength(const Dim &Size, std::optional<int64_t> Start,
                std::optional<int64_t> Stop, int64_t Step);
/// slice(dim, start, end, step).
Shape sliceShape(const Shape &In, const Dim &D, std::optional<int64_t> Start,
                 std::optional<int64_t> Stop, const Dim &Step);
/// One index of Tensor::index({...}) (torch::indexing).
struct IndexItem {
  enum Kind { Select, Slice, None, Ellipsis } K = Select;
  /// Slice bounds (nothing: the default); Start is a Select's index.
  std::optional<int64_t> Start, Stop;
  Dim Step = Dim::constant(1);        ///< Slice step
};
/// Tensor::index({...}) with integers, Slice, None and Ellipsis.
Shape indexShape(const Shape &In, const std::vector<IndexItem> &Items);
/// index_select(dim, index): the dim's size becomes the index's length.
Shape indexSelectShape(const Shape &In, const Dim &D, const Shape &Index);
/// expand(sizes): -1 keeps a size; new leading dims are added.
Shape expandShape(const Shape &In, const std::vector<Dim> &Sizes);
/// repeat(repeats): each size multiplied; new leading dims are added.
Shape repeatShape(const Shape &In, const std::vector<Dim> &Repeats);
/// torch::nn::Linear(in_features, out_features) forward: [*, in] to [*, out].
Shape linearShape(const Shape &In, const Dim &InFeatures,
                  const Dim &OutFeatures);
/// Broadcasting of two operands (elementwise binary ops).
Shape broadcastShape(const Shape &A, const Shape &B);
/// Whether broadcasting certainly succeeds, certainly fails, or either.
Tri broadcastable(const Shape &A, const Shape &B);

/// LibTorch's infer_size(a, b), where broadcast errors come from, decided
/// strictly: a size that may be 1 leaves it undecided.
struct InferSizeResult {
  /// Whether LibTorch throws "The size of tensor a (x) must match the size
  /// of tensor b (y) at non-singleton dimension k".
  Tri Fails = Tri::Unknown;
  /// The broadcast shape, when Fails is False.
  Shape Result;
  /// When Fails is True: k, and the sizes x and y. LibTorch compares dims
  /// from the last one, so k is the last dim that fails.
  std::size_t FailDim = 0;
  Dim SizeA, SizeB;
};
InferSizeResult inferSize(const Shape &A, const Shape &B);
/// matmul of two operands (1-d, 2-d and batched).
Shape matmulShape(const Shape &A, const Shape &B);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_SHAPEOPS_H
