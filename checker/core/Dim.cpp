//===--- Dim.cpp - One tensor dimension: a size that may be symbolic ------===//

#include "Dim.h"

#include <limits>

#include <algorithm>

namespace torchtidy {

SymbolId SymbolTable::add(std::string Name) {
  Names.push_back(std::move(Name));
  return static_cast<SymbolId>(Names.size() - 1);
}

const std::string &SymbolTable::name(SymbolId Id) const {
  static const std::string Missing = "?";
  return Id < Names.size() ? Names[Id] : Missing;
}

Dim Dim::constant(int64_t Value) {
  Dim D;
  D.Known = true;
  D.Coefficient = Value;
  return D;
}

Dim Dim::symbol(SymbolId Id) {
  Dim D;
  D.Known = true;
  D.Coefficient = 1;
  D.Symbols.push_back(Id);
  return D;
}

std::optional<int64_t> Dim::constant() const {
  if (!Known || !Symbols.empty())
    return std::nullopt;
  return Coefficient;
}

Tri Dim::equals(const Dim &Other) const {
  if (!Known || !Other.Known)
    return Tri::Unknown;
  if (*this == Other)
    return Tri::True;
  if (Symbols.empty() && Other.Symbols.empty())
    return Tri::False;
  // A zero coefficient makes the monomial 0 whatever its symbols are.
  if (Coefficient == 0 && Other.Coefficient == 0)
    return Tri::True;
  return Tri::Unknown;
}

Dim Dim::times(const Dim &Other) const {
  if (!Known || !Other.Known)
    return Dim();
  Dim R;
  R.Known = true;
  if (__builtin_mul_overflow(Coefficient, Other.Coefficient, &R.Coefficient))
    return Dim();
  if (R.Coefficient == 0)
    return constant(0);
  R.Symbols = Symbols;
  R.Symbols.insert(R.Symbols.end(), Other.Symbols.begin(),
                   Other.Symbols.end());
  std::sort(R.Symbols.begin(), R.Symbols.end());
  return R;
}

std::optional<Dim> Dim::dividedBy(const Dim &Divisor) const {
  if (!Known || !Divisor.Known || Divisor.Coefficient == 0)
    return std::nullopt;
  // INT64_MIN / -1 overflows (and traps on x86).
  if (Divisor.Coefficient == -1 &&
      Coefficient == std::numeric_limits<int64_t>::min())
    return std::nullopt;
  if (Coefficient % Divisor.Coefficient != 0)
    return std::nullopt;
  // Multiset difference: every symbol of the divisor must appear here.
  std::vector<SymbolId> Rest;
  std::size_t J = 0;
  for (SymbolId S : Symbols) {
    if (J < Divisor.Symbols.size() && Divisor.Symbols[J] == S) {
      ++J;
      continue;
    }
    if (J < Divisor.Symbols.size() && Divisor.Symbols[J] < S)
      return std::nullopt;
    Rest.push_back(S);
  }
  if (J != Divisor.Symbols.size())
    return std::nullopt;
  Dim R;
  R.Known = true;
  R.Coefficient = Coefficient / Divisor.Coefficient;
  R.Symbols = std::move(Rest);
  return R;
}

std::string Dim::str(const SymbolTable *Table) const {
  if (!Known)
    return "?";
  if (Symbols.empty())
    return std::to_string(Coefficient);
  std::string S;
  if (Coefficient != 1)
    S = std::to_string(Coefficient);
  for (SymbolId Id : Symbols) {
    if (!S.empty())
      S += '*';
    S += Table ? Table->name(Id) : "s" + std::to_string(Id);
  }
  return S;
}

} // namespace torchtidy
