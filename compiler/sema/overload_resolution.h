#pragma once
// Choosing the method a call invokes (JLS 15.12.2): the applicable candidates
// by method invocation conversion (phases 1 and 2 coincide: no boxing), then
// the most specific of them. Varargs (phase 3) are not in the dialect.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

struct OverloadResult {
  enum class Status { Found, NoCandidates, NotApplicable, Ambiguous };
  Status status = Status::NoCandidates;
  const MethodSymbol* method = nullptr;  // Found: the choice; Ambiguous: one of the maximal ones
  const MethodSymbol* other = nullptr;   // Ambiguous: another maximal one
};

// Picks the method among `candidates` that a call with `argumentTypes` invokes.
OverloadResult resolveOverload(SemaContext& ctx, const std::vector<const MethodSymbol*>& candidates,
                               const std::vector<const Type*>& argumentTypes);

// The javac message for a failed resolution of `result`, a call of `name`
// (a method, or the class name for a constructor) with `argumentTypes`:
// "cannot find symbol: method m(int)", "method m in class X cannot be applied
// to given types; ...", "no suitable method found for m(String)", "reference
// to m is ambiguous; ...".
std::string overloadErrorMessage(const OverloadResult& result, std::string_view name, bool isConstructor,
                                 const std::vector<const MethodSymbol*>& candidates,
                                 const std::vector<const Type*>& argumentTypes, SemaContext& ctx);

// javac's compact form of a failed call: with exactly one candidate of the
// call's arity, the first argument that does not convert is reported by
// itself ("incompatible types: String cannot be converted to int" at that
// argument). Returns its index, or nullopt where the full message applies.
std::optional<size_t> mismatchedArgument(const OverloadResult& result, const std::vector<const MethodSymbol*>& candidates,
                                         const std::vector<const Type*>& argumentTypes, SemaContext& ctx);

// "int,String", or "no arguments" for an empty list, as javac prints argument lists.
std::string argumentListText(const std::vector<const Type*>& types);

}  // namespace plurix::compiler::sema
