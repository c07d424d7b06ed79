//===--- Dim.h - One tensor dimension: a size that may be symbolic --------===//
//
// Part of torch-tidy. A dimension is unknown, or a monomial: a constant
// coefficient times a product of named sizes (symbols). Products of symbols
// let `[n, 5].flatten()` be `[5*n]` and `[5*n].view({n, -1})` be `[n, 5]`.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_DIM_H
#define TORCH_TIDY_CORE_DIM_H

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace torchtidy {

/// Three-valued truth: an analysis answer that may be unknown.
enum class Tri : unsigned char { False, True, Unknown };

inline Tri triOf(bool B) { return B ? Tri::True : Tri::False; }
inline Tri triNot(Tri A) {
  return A == Tri::Unknown ? Tri::Unknown : triOf(A == Tri::False);
}
inline Tri triAnd(Tri A, Tri B) {
  if (A == Tri::False || B == Tri::False)
    return Tri::False;
  return (A == Tri::True && B == Tri::True) ? Tri::True : Tri::Unknown;
}
inline Tri triOr(Tri A, Tri B) {
  if (A == Tri::True || B == Tri::True)
    return Tri::True;
  return (A == Tri::False && B == Tri::False) ? Tri::False : Tri::Unknown;
}

/// Names a size the analysis cannot compute but can follow (a parameter, a
/// variable, a name from an annotation). Two different ids are never assumed
/// equal, nor different.
using SymbolId = unsigned;

/// Gives symbols their printed names.
class SymbolTable {
public:
  SymbolId add(std::string Name);
  const std::string &name(SymbolId Id) const;
  std::size_t size() const { return Names.size(); }

private:
  std::vector<std::string> Names;
};

/// The size of one dimension.
class Dim {
public:
  Dim() = default; // unknown
  static Dim unknown() { return Dim(); }
  static Dim constant(int64_t Value);
  static Dim symbol(SymbolId Id);

  bool isKnown() const { return Known; }
  /// The value when the size is a plain number.
  std::optional<int64_t> constant() const;
  bool isSymbolic() const { return Known && !Symbols.empty(); }
  int64_t coefficient() const { return Coefficient; }
  const std::vector<SymbolId> &symbols() const { return Symbols; }

  /// Whether the two sizes are certainly equal, certainly different, or
  /// either. Only two plain numbers can be certainly different: a symbol may
  /// take any value, including 0.
  Tri equals(const Dim &Other) const;
  Tri equals(int64_t Value) const { return equals(constant(Value)); }

  /// The product; unknown if a factor is unknown or the product overflows.
  Dim times(const Dim &Other) const;
  /// The exact quotient, when this monomial is a multiple of \p Divisor.
  std::optional<Dim> dividedBy(const Dim &Divisor) const;

  std::string str(const SymbolTable *Symbols) const;

  /// Structural identity (same representation), used for joins.
  friend bool operator==(const Dim &A, const Dim &B) {
    return A.Known == B.Known && A.Coefficient == B.Coefficient &&
           A.Symbols == B.Symbols;
  }
  friend bool operator!=(const Dim &A, const Dim &B) { return !(A == B); }

private:
  bool Known = false;
  int64_t Coefficient = 0;
  std::vector<SymbolId> Symbols; // sorted; a multiset
};

/// The join of two facts about the same size: kept when identical.
inline Dim join(const Dim &A, const Dim &B) { return A == B ? A : Dim(); }

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_DIM_H
