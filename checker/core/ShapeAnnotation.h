//===--- ShapeAnnotation.h - The grammar of shape annotations -------------===//
//
// Part of torch-tidy. A shape annotation states a tensor's sizes in
// jaxtyping's dims, written in the bracket form LibTorch prints sizes in:
//
//   annotation := '[' [ dim { ',' dim } ] ']' [ dtype ] [ ';' any-text ]
//   dim        := integer | name | '_' | '*' name | '*_' | '...'
//   name       := [A-Za-z_][A-Za-z0-9_]*      (but not '_' alone)
//   dtype      := long | int64 | int | int32 | float | float32 | double
//               | float64 | half | bfloat16 | bool | uint8
//
// Whitespace may separate any two tokens. At most one dim is variadic
// ('*name', '*_' or '...': any number of dims, possibly none). This file is
// plain C++ (no clang): the parser reports the byte offset of each error, and
// the comment scanner finds `shape:` / `returns shape:` in a comment's text.
//
//===----------------------------------------------------------------------===//

#ifndef TORCH_TIDY_CORE_SHAPEANNOTATION_H
#define TORCH_TIDY_CORE_SHAPEANNOTATION_H

#include "DType.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace torchtidy {

/// One dim of an annotation.
struct SpecDim {
  enum class Kind : unsigned char {
    Size,     ///< `8`: exactly this size
    Name,     ///< `B`: the size bound to the name
    Any,      ///< `_`: any size
    Variadic, ///< `*batch`, `*_`, `...`: any number of dims
  };
  Kind K = Kind::Any;
  int64_t Size = 0;
  /// The name of a Name dim, or of a Variadic one (empty for `...` / `*_`).
  std::string Name;
  /// Byte offset of the dim in the annotation's text.
  std::size_t Offset = 0;

  friend bool operator==(const SpecDim &A, const SpecDim &B) {
    return A.K == B.K && A.Size == B.Size && A.Name == B.Name;
  }
};

/// A parsed annotation: its dims and optional dtype.
struct ShapeSpec {
  std::vector<SpecDim> Dims;
  /// DType::Unknown when the annotation names no dtype.
  DType Type = DType::Unknown;

  /// The index of the variadic dim, if there is one.
  std::optional<std::size_t> variadicIndex() const;
  /// The number of dims that are not variadic: the exact rank of a tensor
  /// that fits, or its least rank when a dim is variadic.
  std::size_t fixedRank() const;
  /// The canonical spelling: `[B, 1] long`, `[*batch, C]`, `[]`.
  std::string str() const;
};

/// A malformed annotation: what is wrong, and where (byte offset).
struct SpecError {
  std::size_t Offset = 0;
  std::string Message;
};

/// The result of parsing: a spec, or the first error.
struct SpecParse {
  ShapeSpec Spec;
  std::optional<SpecError> Error;
  bool ok() const { return !Error; }
};

/// The most dims an annotation may have (LibTorch's own limit is 64).
constexpr std::size_t MaxAnnotatedDims = 64;

/// Parses an annotation (`[B, C] float`). Never throws; any input gives a
/// spec or an error whose offset lies within \p Text (or at its end).
SpecParse parseShapeSpec(std::string_view Text);

/// The dtype named by one of the grammar's dtype words, if it is one.
std::optional<DType> dtypeFromAnnotationWord(std::string_view Word);
/// The grammar's word for \p T (`long`, `float`, ...), or empty.
std::string_view annotationWordOf(DType T);

/// What an annotation comment annotates.
enum class CommentKind : unsigned char {
  Shape,   ///< `shape: [...]`: a variable, field or parameter
  Returns, ///< `returns shape: [...]`: a function's result
};

/// An annotation found in the text of a comment.
struct CommentAnnotation {
  CommentKind Kind = CommentKind::Shape;
  /// The annotation's text (after `shape:`, without the comment's closing
  /// `*/` and trailing blanks) and its byte offset in the comment.
  std::string_view Spec;
  std::size_t SpecOffset = 0;
};

/// The annotation a comment holds: one whose text (after `//`, `///`, `//!`,
/// `/*`, `/**` or `/*!`, Doxygen's `<` and blanks) starts with `shape:` or
/// `returns shape:`.
/// Other comments hold none. \p Comment is the comment's full text.
std::optional<CommentAnnotation>
findCommentAnnotation(std::string_view Comment);

/// \p Text made safe and short for a diagnostic: at most \p MaxBytes bytes
/// (cut at a character boundary, `...` appended), control characters and
/// invalid UTF-8 bytes written as `\xNN`.
std::string quoteForDiagnostic(std::string_view Text,
                               std::size_t MaxBytes = 60);

} // namespace torchtidy

#endif // TORCH_TIDY_CORE_SHAPEANNOTATION_H
