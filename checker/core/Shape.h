//===--- Shape.h - The sizes of a tensor, possibly of unknown rank --------===//

#ifndef TORCH_TIDY_CORE_SHAPE_H
#define TORCH_TIDY_CORE_SHAPE_H

#include "Dim.h"

#include <optional>
#include <string>
#include <vector>

namespace torchtidy {

/// A tensor's sizes: unknown rank, or one Dim per dimension.
class Shape {
public:
  Shape() = default; // unknown rank
  static Shape unknownRank() { return Shape(); }
  static Shape of(std::vector<Dim> Dims);
  /// A shape of known rank whose sizes are all unknown.
  static Shape ofRank(std::size_t Rank);

  bool hasRank() const { return RankKnown; }
  /// Only meaningful when hasRank().
  std::size_t rank() const { return Dims.size(); }
  const std::vector<Dim> &dims() const { return Dims; }
  const Dim &operator[](std::size_t I) const { return Dims[I]; }

  /// Whether the sizes are certainly equal (same rank, every size equal),
  /// certainly different, or either.
  Tri equals(const Shape &Other) const;
  /// The number of elements, when every size is known.
  std::optional<Dim> numel() const;
  /// Whether LibTorch can make a tensor of these sizes: no size is certainly
  /// negative and the product of the plain-number sizes fits in int64
  /// (LibTorch throws otherwise). Unknown sizes and symbols may be anything.
  bool isPossible() const;

  /// LibTorch's spelling of sizes: `[8, 1]`, `[]`; `?` for an unknown size.
  std::string str(const SymbolTable *Symbols) const;

  friend bool operator==(const Shape &A, const Shape &B) {
    return A.RankKnown == B.RankKnown && A.Dims == B.Dims;
  }
  friend bool operator!=(const Shape &A, const Shape &B) { return !(A == B); }

private:
  bool RankKnown = false;
  std::vector<Dim> Dims;
};

/// What two paths agree on: the rank when equal, each size when identical.
Shape join(const Shape &A, const Shape &B);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_SHAPE_H
