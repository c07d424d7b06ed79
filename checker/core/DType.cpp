//===--- DType.cpp - A tensor's element type (c10::ScalarType) ------------===//

#include "DType.h"

namespace torchtidy {

namespace {
struct DTypeNameEntry {
  DType T;
  std::string_view Name;
};
// c10::ScalarType's enumerator names, which LibTorch also prints.
constexpr DTypeNameEntry DTypeNames[] = {
    {DType::Byte, "Byte"},
    {DType::Char, "Char"},
    {DType::Short, "Short"},
    {DType::Int, "Int"},
    {DType::Long, "Long"},
    {DType::Half, "Half"},
    {DType::Float, "Float"},
    {DType::Double, "Double"},
    {DType::ComplexHalf, "ComplexHalf"},
    {DType::ComplexFloat, "ComplexFloat"},
    {DType::ComplexDouble, "ComplexDouble"},
    {DType::Bool, "Bool"},
    {DType::BFloat16, "BFloat16"},
};
} // namespace

std::string_view dtypeName(DType T) {
  for (const DTypeNameEntry &E : DTypeNames)
    if (E.T == T)
      return E.Name;
  return T == DType::Other ? "Other" : "?";
}

DType dtypeFromScalarTypeName(std::string_view Name) {
  for (const DTypeNameEntry &E : DTypeNames)
    if (E.Name == Name)
      return E.T;
  return DType::Other;
}

Tri isIntegral(DType T) {
  switch (T) {
  case DType::Unknown:
    return Tri::Unknown;
  case DType::Byte:
  case DType::Char:
  case DType::Short:
  case DType::Int:
  case DType::Long:
  case DType::Bool:
    return Tri::True;
  case DType::Other:
    return Tri::Unknown;
  default:
    return Tri::False;
  }
}

Tri isFloating(DType T) {
  switch (T) {
  case DType::Unknown:
  case DType::Other:
    return Tri::Unknown;
  case DType::Half:
  case DType::Float:
  case DType::Double:
  case DType::BFloat16:
    return Tri::True;
  default:
    return Tri::False;
  }
}

Tri isLong(DType T) {
  if (T == DType::Unknown)
    return Tri::Unknown;
  return triOf(T == DType::Long);
}

} // namespace torchtidy
