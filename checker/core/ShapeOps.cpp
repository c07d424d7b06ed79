//===--- ShapeOps.cpp - Shape arithmetic of LibTorch ops (no AST) ---------===//

#include "ShapeOps.h"

#include <algorithm>

namespace torchtidy {

std::optional<std::size_t> wrapDim(const Dim &D, std::size_t Rank) {
  std::optional<int64_t> V = D.constant();
  if (!V)
    return std::nullopt;
  // LibTorch wraps dims of a 0-d tensor as if it had one dim.
  int64_t R = static_cast<int64_t>(std::max<std::size_t>(Rank, 1));
  if (*V < -R || *V >= R)
    return std::nullopt;
  return static_cast<std::size_t>(*V < 0 ? *V + R : *V);
}

Shape viewShape(const Shape &In, const std::vector<Dim> &Sizes) {
  std::optional<std::size_t> Inferred;
  Dim Known = Dim::constant(1);
  for (std::size_t I = 0; I < Sizes.size(); ++I) {
    std::optional<int64_t> V = Sizes[I].constant();
    if (V && *V < 0) {
      if (*V != -1 || Inferred)
        return Shape(); // LibTorch rejects it
      Inferred = I;
      continue;
    }
    Known = Known.times(Sizes[I]);
  }
  std::vector<Dim> Out = Sizes;
  std::optional<Dim> Numel = In.numel();
  if (!Inferred) {
    if (Numel && Numel->equals(Known) == Tri::False)
      return Shape(); // element counts differ: LibTorch throws
    return Shape::of(std::move(Out));
  }
  Out[*Inferred] = Dim();
  // A product of known sizes that may be 0 (a symbol) still solves the -1:
  // LibTorch rejects a -1 beside a zero-size dim, so where the view runs the
  // product is not 0.
  if (Numel && Known.isKnown()) {
    if (std::optional<Dim> Q = Numel->dividedBy(Known))
      Out[*Inferred] = *Q;
    else if (Numel->constant() && Known.constant())
      return Shape(); // not divisible: LibTorch throws
  }
  return Shape::of(std::move(Out));
}

Shape unsqueezeShape(const Shape &In, const Dim &D) {
  if (!In.hasRank())
    return Shape();
  std::optional<int64_t> V = D.constant();
  int64_t R = static_cast<int64_t>(In.rank()) + 1;
  if (!V || *V < -R || *V >= R)
    return Shape();
  std::size_t At = static_cast<std::size_t>(*V < 0 ? *V + R : *V);
  std::vector<Dim> Out = In.dims();
  Out.insert(Out.begin() + At, Dim::constant(1));
  return Shape::of(std::move(Out));
}

Shape squeezeAllShape(const Shape &In) {
  if (!In.hasRank())
    return Shape();
  std::vector<Dim> Out;
  for (const Dim &D : In.dims()) {
    Tri One = D.equals(1);
    if (One == Tri::Unknown)
      return Shape(); // the rank depends on whether this size is 1
    if (One == Tri::False)
      Out.push_back(D);
  }
  return Shape::of(std::move(Out));
}

Shape squeezeDimShape(const Shape &In, const Dim &D) {
  if (!In.hasRank())
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, In.rank());
  if (!At)
    return Shape();
  if (In.rank() == 0)
    return In;
  Tri One = In[*At].equals(1);
  if (One == Tri::Unknown)
    return Shape();
  if (One == Tri::False)
    return In;
  std::vector<Dim> Out = In.dims();
  Out.erase(Out.begin() + *At);
  return Shape::of(std::move(Out));
}

Shape flattenShape(const Shape &In, const Dim &Start, const Dim &End) {
  if (!In.hasRank())
    return Shape();
  std::optional<std::size_t> S = wrapDim(Start, In.rank());
  std::optional<std::size_t> E = wrapDim(End, In.rank());
  if (!S || !E || *S > *E)
    return Shape();
  if (In.rank() == 0)
    return Shape::of({Dim::constant(1)});
  Dim Product = Dim::constant(1);
  for (std::size_t I = *S; I <= *E; ++I)
    Product = Product.times(In[I]);
  std::vector<Dim> Out(In.dims().begin(), In.dims().begin() + *S);
  Out.push_back(Product);
  Out.insert(Out.end(), In.dims().begin() + *E + 1, In.dims().end());
  return Shape::of(std::move(Out));
}

Shape reduceDimShape(const Shape &In, const Dim &D, Tri KeepDim) {
  if (!In.hasRank() || KeepDim == Tri::Unknown)
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, In.rank());
  if (!At)
    return Shape();
  if (In.rank() == 0)
    return In;
  std::vector<Dim> Out = In.dims();
  if (KeepDim == Tri::True)
    Out[*At] = Dim::constant(1);
  else
    Out.erase(Out.begin() + *At);
  return Shape::of(std::move(Out));
}

namespace {
/// The common shape of operands that must all have equal sizes, or nothing
/// when two certainly differ.
std::optional<Shape> commonShape(const std::vector<Shape> &Ins) {
  if (Ins.empty())
    return std::nullopt;
  Shape Common = Ins.front();
  for (const Shape &S : Ins) {
    if (Common.equals(S) == Tri::False)
      return std::nullopt;
    Common = join(Common, S);
  }
  return Common;
}
} // namespace

Shape stackShape(const std::vector<Shape> &Ins, const Dim &D) {
  std::optional<Shape> Common = commonShape(Ins);
  if (!Common || !Common->hasRank())
    return Shape();
  Shape Out = unsqueezeShape(*Common, D);
  if (!Out.hasRank())
    return Out;
  std::vector<Dim> Dims = Out.dims();
  std::size_t At = *wrapDim(D, Common->rank() + 1);
  Dims[At] = Dim::constant(static_cast<int64_t>(Ins.size()));
  return Shape::of(std::move(Dims));
}

Shape stackUniformShape(const Shape &Each, const Dim &Count, const Dim &D) {
  if (!Each.hasRank() || Count.equals(0) == Tri::True)
    return Shape();
  Shape Out = unsqueezeShape(Each, D);
  if (!Out.hasRank())
    return Out;
  std::vector<Dim> Dims = Out.dims();
  Dims[*wrapDim(D, Each.rank() + 1)] = Count;
  return Shape::of(std::move(Dims));
}

Shape catUniformShape(const Shape &Each, const Dim &Count, const Dim &D) {
  if (!Each.hasRank() || Each.rank() == 0 || Count.equals(0) == Tri::True)
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, Each.rank());
  if (!At)
    return Shape();
  std::vector<Dim> Dims = Each.dims();
  Dims[*At] = Dims[*At].times(Count);
  return Shape::of(std::move(Dims));
}

Shape catShape(const std::vector<Shape> &Ins, const Dim &D) {
  if (Ins.empty())
    return Shape();
  std::size_t Rank = 0;
  for (const Shape &S : Ins) {
    if (!S.hasRank())
      return Shape();
    Rank = S.rank();
  }
  for (const Shape &S : Ins)
    if (S.rank() != Rank || Rank == 0)
      return Shape(); // LibTorch also skips legacy empty [0] tensors
  std::optional<std::size_t> At = wrapDim(D, Rank);
  if (!At)
    return Shape();
  std::vector<Dim> Out = Ins.front().dims();
  std::optional<int64_t> Total = 0;
  for (const Shape &S : Ins) {
    for (std::size_t I = 0; I < Rank; ++I) {
      if (I == *At)
        continue;
      Tri Same = Out[I].equals(S[I]);
      if (Same == Tri::False)
        return Shape();
      Out[I] = join(Out[I], S[I]);
    }
    std::optional<int64_t> V = S[*At].constant();
    int64_t Sum;
    if (Total && V && !__builtin_add_overflow(*Total, *V, &Sum))
      Total = Sum;
    else
      Total.reset(); // unknown, or more than int64 holds
  }
  Out[*At] = Total ? Dim::constant(*Total) : Dim();
  if (Ins.size() == 1)
    Out[*At] = Ins.front()[*At];
  return Shape::of(std::move(Out));
}

Shape oneHotShape(const Shape &In, const Dim &NumClasses) {
  if (!In.hasRank())
    return Shape();
  std::vector<Dim> Out = In.dims();
  std::optional<int64_t> C = NumClasses.constant();
  Out.push_back(C && *C < 0 ? Dim() : NumClasses);
  return Shape::of(std::move(Out));
}

Shape permuteShape(const Shape &In, const std::vector<Dim> &Order) {
  if (!In.hasRank() || Order.size() != In.rank())
    return Shape();
  std::vector<Dim> Out;
  std::vector<bool> Seen(In.rank(), false);
  for (const Dim &D : Order) {
    std::optional<std::size_t> At = wrapDim(D, In.rank());
    if (!At || Seen[*At])
      return Shape();
    Seen[*At] = true;
    Out.push_back(In[*At]);
  }
  return Shape::of(std::move(Out));
}

Shape transposeShape(const Shape &In, const Dim &D0, const Dim &D1) {
  if (!In.hasRank())
    return Shape();
  std::optional<std::size_t> A = wrapDim(D0, In.rank());
  std::optional<std::size_t> B = wrapDim(D1, In.rank());
  if (!A || !B)
    return Shape();
  if (In.rank() == 0)
    return In;
  std::vector<Dim> Out = In.dims();
  std::swap(Out[*A], Out[*B]);
  return Shape::of(std::move(Out));
}

Shape selectShape(const Shape &In, const Dim &D) {
  if (!In.hasRank() || In.rank() == 0)
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, In.rank());
  if (!At)
    return Shape();
  std::vector<Dim> Out = In.dims();
  Out.erase(Out.begin() + *At);
  return Shape::of(std::move(Out));
}

Shape narrowShape(const Shape &In, const Dim &D, const Dim &Length) {
  if (!In.hasRank() || In.rank() == 0)
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, In.rank());
  if (!At)
    return Shape();
  std::vector<Dim> Out = In.dims();
  Out[*At] = Length;
  return Shape::of(std::move(Out));
}

Shape reduceDimsShape(const Shape &In, const std::vector<Dim> &Dims,
                      Tri KeepDim) {
  if (!In.hasRank() || KeepDim == Tri::Unknown)
    return Shape();
  std::vector<bool> Reduced(In.rank(), Dims.empty());
  for (const Dim &D : Dims) {
    std::optional<std::size_t> At = wrapDim(D, In.rank());
    if (!At || (In.rank() > 0 && Reduced[*At]))
      return Shape(); // out of range, or a dim twice: LibTorch throws
    if (In.rank() > 0)
      Reduced[*At] = true;
  }
  std::vector<Dim> Out;
  for (std::size_t I = 0; I < In.rank(); ++I) {
    if (!Reduced[I])
      Out.push_back(In[I]);
    else if (KeepDim == Tri::True)
      Out.push_back(Dim::constant(1));
  }
  return Shape::of(std::move(Out));
}

Dim sliceLength(const Dim &Size, std::optional<int64_t> Start,
                std::optional<int64_t> Stop, int64_t Step) {
  if (Step <= 0)
    return Dim();
  std::optional<int64_t> S = Size.constant();
  if (!S) {
    // The whole dim, whatever its size.
    if ((!Start || *Start == 0) && !Stop && Step == 1)
      return Size;
    return Dim();
  }
  auto Bound = [&](std::optional<int64_t> B, int64_t Default) {
    int64_t V = B ? *B : Default;
    if (V < 0)
      V += *S;
    return std::clamp<int64_t>(V, 0, *S);
  };
  int64_t From = Bound(Start, 0), To = Bound(Stop, *S);
  // ceil((To - From) / Step), without overflowing for a huge step.
  return Dim::constant(To > From ? (To - From - 1) / Step + 1 : 0);
}

Shape sliceShape(const Shape &In, const Dim &D, std::optional<int64_t> Start,
                 std::optional<int64_t> Stop, const Dim &Step) {
  if (!In.hasRank() || In.rank() == 0)
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, In.rank());
  std::optional<int64_t> St = Step.constant();
  if (!At || (St && *St <= 0))
    return Shape();
  std::vector<Dim> Out = In.dims();
  Out[*At] = St ? sliceLength(In[*At], Start, Stop, *St) : Dim();
  return Shape::of(std::move(Out));
}

Shape indexShape(const Shape &In, const std::vector<IndexItem> &Items) {
  if (!In.hasRank())
    return Shape();
  std::size_t Consuming = 0, Ellipses = 0;
  for (const IndexItem &I : Items) {
    Consuming += I.K == IndexItem::Select || I.K == IndexItem::Slice;
    Ellipses += I.K == IndexItem::Ellipsis;
  }
  if (Consuming > In.rank() || Ellipses > 1)
    return Shape(); // too many indices: LibTorch throws
  std::vector<Dim> Out;
  std::size_t Next = 0;
  for (const IndexItem &I : Items) {
    switch (I.K) {
    case IndexItem::None:
      Out.push_back(Dim::constant(1));
      break;
    case IndexItem::Ellipsis: {
      std::size_t Skip = In.rank() - Consuming;
      for (std::size_t J = 0; J < Skip; ++J)
        Out.push_back(In[Next++]);
      break;
    }
    case IndexItem::Select: {
      // An index out of range throws; a known one drops the dim.
      std::optional<int64_t> Size = In[Next].constant();
      if (I.Start && Size && (*I.Start >= *Size || *I.Start < -*Size))
        return Shape();
      ++Next;
      break;
    }
    case IndexItem::Slice: {
      std::optional<int64_t> St = I.Step.constant();
      if (St && *St <= 0)
        return Shape();
      Out.push_back(St ? sliceLength(In[Next], I.Start, I.Stop, *St) : Dim());
      ++Next;
      break;
    }
    }
  }
  for (; Next < In.rank(); ++Next)
    Out.push_back(In[Next]);
  return Shape::of(std::move(Out));
}

Shape indexSelectShape(const Shape &In, const Dim &D, const Shape &Index) {
  if (!In.hasRank() || !Index.hasRank() || Index.rank() > 1)
    return Shape();
  std::optional<std::size_t> At = wrapDim(D, In.rank());
  if (!At)
    return Shape();
  if (In.rank() == 0)
    return In;
  std::vector<Dim> Out = In.dims();
  Out[*At] = Index.rank() == 0 ? Dim::constant(1) : Index[0];
  return Shape::of(std::move(Out));
}

Shape expandShape(const Shape &In, const std::vector<Dim> &Sizes) {
  if (!In.hasRank() || Sizes.size() < In.rank())
    return Shape();
  std::size_t Lead = Sizes.size() - In.rank();
  std::vector<Dim> Out;
  for (std::size_t I = 0; I < Sizes.size(); ++I) {
    std::optional<int64_t> V = Sizes[I].constant();
    if (I < Lead) {
      if (V && *V < 0)
        return Shape(); // -1 is not allowed for a new leading dim
      Out.push_back(Sizes[I]);
      continue;
    }
    const Dim &Old = In[I - Lead];
    if (V && *V == -1) {
      Out.push_back(Old);
      continue;
    }
    // Only a size-1 dim may expand; an equal size stays.
    if (Old.equals(Sizes[I]) == Tri::False && Old.equals(1) == Tri::False)
      return Shape();
    Out.push_back(Sizes[I]);
  }
  return Shape::of(std::move(Out));
}

Shape repeatShape(const Shape &In, const std::vector<Dim> &Repeats) {
  if (!In.hasRank() || Repeats.size() < In.rank())
    return Shape();
  std::size_t Lead = Repeats.size() - In.rank();
  std::vector<Dim> Out;
  for (std::size_t I = 0; I < Repeats.size(); ++I)
    Out.push_back(I < Lead ? Repeats[I] : In[I - Lead].times(Repeats[I]));
  return Shape::of(std::move(Out));
}

Shape linearShape(const Shape &In, const Dim &InFeatures,
                  const Dim &OutFeatures) {
  if (!In.hasRank() || In.rank() == 0)
    return Shape();
  if (In[In.rank() - 1].equals(InFeatures) == Tri::False)
    return Shape(); // LibTorch throws: mat1 and mat2 shapes cannot be multiplied
  std::vector<Dim> Out = In.dims();
  Out.back() = OutFeatures;
  return Shape::of(std::move(Out));
}

namespace {
/// The size broadcasting gives one dim, or nothing when it certainly fails.
std::optional<Dim> broadcastDim(const Dim &A, const Dim &B) {
  Tri AOne = A.equals(1), BOne = B.equals(1);
  if (AOne == Tri::True)
    return B;
  if (BOne == Tri::True)
    return A;
  Tri Same = A.equals(B);
  if (Same == Tri::True)
    return A;
  if (Same == Tri::False && AOne == Tri::False && BOne == Tri::False)
    return std::nullopt;
  // A symbol against a plain size other than 1: when it runs, the symbol
  // was 1 or that size, and the result is that size either way.
  if (A.constant() && AOne == Tri::False && B.isKnown() && !B.constant())
    return A;
  if (B.constant() && BOne == Tri::False && A.isKnown() && !A.constant())
    return B;
  return Dim();
}
} // namespace

Shape broadcastShape(const Shape &A, const Shape &B) {
  if (!A.hasRank() || !B.hasRank())
    return Shape();
  std::size_t R = std::max(A.rank(), B.rank());
  std::vector<Dim> Out(R);
  for (std::size_t I = 0; I < R; ++I) {
    // Align from the right; a missing dim acts as size 1.
    Dim DA = I < R - A.rank() ? Dim::constant(1) : A[I - (R - A.rank())];
    Dim DB = I < R - B.rank() ? Dim::constant(1) : B[I - (R - B.rank())];
    std::optional<Dim> D = broadcastDim(DA, DB);
    if (!D)
      return Shape();
    Out[I] = *D;
  }
  return Shape::of(std::move(Out));
}

Tri broadcastable(const Shape &A, const Shape &B) {
  if (!A.hasRank() || !B.hasRank())
    return Tri::Unknown;
  Tri Result = Tri::True;
  std::size_t R = std::max(A.rank(), B.rank());
  for (std::size_t I = 0; I < R; ++I) {
    Dim DA = I < R - A.rank() ? Dim::constant(1) : A[I - (R - A.rank())];
    Dim DB = I < R - B.rank() ? Dim::constant(1) : B[I - (R - B.rank())];
    Tri Ok = triOr(triOr(DA.equals(1), DB.equals(1)), DA.equals(DB));
    Result = triAnd(Result, Ok);
  }
  return Result;
}

InferSizeResult inferSize(const Shape &A, const Shape &B) {
  InferSizeResult R;
  if (!A.hasRank() || !B.hasRank())
    return R;
  std::size_t N = std::max(A.rank(), B.rank());
  std::vector<Dim> Out(N);
  for (std::size_t I = N; I-- > 0;) {
    Dim DA = I < N - A.rank() ? Dim::constant(1) : A[I - (N - A.rank())];
    Dim DB = I < N - B.rank() ? Dim::constant(1) : B[I - (N - B.rank())];
    Tri AOne = DA.equals(1), BOne = DB.equals(1), Same = DA.equals(DB);
    Tri Ok = triOr(triOr(AOne, BOne), Same);
    if (Ok == Tri::Unknown)
      return R; // this dim, or the message, depends on an unknown size
    if (Ok == Tri::False) {
      R.Fails = Tri::True;
      R.FailDim = I;
      R.SizeA = DA;
      R.SizeB = DB;
      return R;
    }
    Out[I] = AOne == Tri::True ? DB : DA;
  }
  R.Fails = Tri::False;
  R.Result = Shape::of(std::move(Out));
  return R;
}

Shape matmulShape(const Shape &A, const Shape &B) {
  if (!A.hasRank() || !B.hasRank() || A.rank() == 0 || B.rank() == 0)
    return Shape();
  std::size_t RA = A.rank(), RB = B.rank();
  const Dim &Inner = A[RA - 1];
  const Dim &Other = RB == 1 ? B[0] : B[RB - 2];
  if (Inner.equals(Other) == Tri::False)
    return Shape();
  if (RA == 1 && RB == 1)
    return Shape::of({});
  if (RA == 2 && RB == 1)
    return Shape::of({A[0]});
  if (RA == 1 && RB == 2)
    return Shape::of({B[1]});
  if (RA == 2 && RB == 2)
    return Shape::of({A[0], B[1]});
  // Batched: the batch dims broadcast; 1-d operands lose their added dim.
  std::vector<Dim> BatchA(A.dims().begin(), A.dims().end() - std::min<std::size_t>(RA, 2));
  std::vector<Dim> BatchB(B.dims().begin(), B.dims().end() - std::min<std::size_t>(RB, 2));
  Shape Batch = broadcastShape(Shape::of(BatchA), Shape::of(BatchB));
  if (!Batch.hasRank())
    return Shape();
  std::vector<Dim> Out = Batch.dims();
  if (RA >= 2)
    Out.push_back(A[RA - 2]);
  if (RB >= 2)
    Out.push_back(B[RB - 1]);
  return Shape::of(std::move(Out));
}

} // namespace torchtidy
