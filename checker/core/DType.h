//===--- DType.h - A tensor's element type (c10::ScalarType) --------------===//

#ifndef TORCH_TIDY_CORE_DTYPE_H
#define TORCH_TIDY_CORE_DTYPE_H

#include "Dim.h"

#include <string_view>

namespace torchtidy {

/// The element types LibTorch knows (c10::ScalarType), or unknown.
enum class DType : unsigned char {
  Unknown,
  Byte,  // uint8
  Char,  // int8
  Short, // int16
  Int,   // int32
  Long,  // int64
  Half,
  Float,
  Double,
  ComplexHalf,
  ComplexFloat,
  ComplexDouble,
  Bool,
  BFloat16,
  Other, // quantized and other exotic types
};

/// LibTorch's name of a ScalarType enumerator (`Long`, `Float`, ...), as it
/// appears in c10::ScalarType and in LibTorch's messages.
std::string_view dtypeName(DType T);
/// The DType whose c10::ScalarType enumerator is named \p Name.
DType dtypeFromScalarTypeName(std::string_view Name);

/// Integral (including Bool), floating, complex: certain only when known.
Tri isIntegral(DType T);
Tri isFloating(DType T);
/// Whether \p T is certainly Long (int64), the type class indices take
/// (at::nll_loss also takes Byte).
Tri isLong(DType T);

/// What two paths agree on.
inline DType join(DType A, DType B) { return A == B ? A : DType::Unknown; }

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_DTYPE_H
