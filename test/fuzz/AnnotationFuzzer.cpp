//===--- AnnotationFuzzer.cpp - libFuzzer target for the annotation grammar
//===//
//
// Feeds arbitrary bytes to the annotation parser, the comment scanner and
// the matching of shapes against annotations, and checks their contracts:
// an error's offset lies within the text, a parsed annotation's canonical
// spelling parses back to the same annotation, a quoted text stays short.
// Built with -fsanitize=fuzzer,address,undefined; any violated contract,
// crash, hang or sanitizer report fails the run (test/fuzz/*.test).
//
//===----------------------------------------------------------------------===//

#include "core/AnnotationMatch.h"
#include "core/ShapeAnnotation.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

using namespace torchtidy;

namespace {

void require(bool Condition) {
  if (!Condition)
    std::abort();
}

void checkSpec(std::string_view Text) {
  SpecParse P = parseShapeSpec(Text);
  if (!P.ok()) {
    require(P.Error->Offset <= Text.size());
    require(!P.Error->Message.empty());
    return;
  }
  const ShapeSpec &S = P.Spec;
  require(S.Dims.size() <= MaxAnnotatedDims);
  for (const SpecDim &D : S.Dims)
    require(D.Offset < Text.size());
  // The canonical spelling parses back to the same annotation.
  SpecParse Again = parseShapeSpec(S.str());
  require(Again.ok());
  require(Again.Spec.Dims == S.Dims && Again.Spec.Type == S.Type);

  // Meeting shapes of every rank up to a few more than the annotation's.
  SymbolTable Symbols;
  Dim N = Dim::symbol(Symbols.add("n"));
  for (std::size_t Rank = 0; Rank <= S.Dims.size() + 2; ++Rank) {
    std::vector<Dim> Dims;
    for (std::size_t I = 0; I < Rank; ++I)
      Dims.push_back(I % 3 == 0   ? Dim::constant(static_cast<int64_t>(I))
                     : I % 3 == 1 ? N
                                  : Dim::unknown());
    SpecMatch M = matchSpec(S, Shape::of(Dims), DType::Long);
    findNameConflict(M.Uses);
    findNameConflict(M.Uses, M.Uses);
    Shape Made = instantiateSpec(
        S, [&](const std::string &) { return N; },
        [&](const std::string &) {
          return std::optional<std::vector<Dim>>(Dims);
        });
    meetWithAnnotation(Shape::of(Dims), Made);
    (void)Made.str(&Symbols);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, std::size_t Size) {
  std::string_view Text(reinterpret_cast<const char *>(Data), Size);
  checkSpec(Text);
  if (std::optional<CommentAnnotation> A = findCommentAnnotation(Text)) {
    require(A->SpecOffset + A->Spec.size() <= Text.size());
    checkSpec(A->Spec);
  }
  std::string Comment = "// shape: " + std::string(Text);
  if (std::optional<CommentAnnotation> A = findCommentAnnotation(Comment))
    checkSpec(A->Spec);
  std::string Quoted = quoteForDiagnostic(Text, 40);
  require(Quoted.size() <= 40 + 3);
  return 0;
}
