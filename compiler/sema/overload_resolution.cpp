#include "compiler/sema/overload_resolution.h"

#include "compiler/sema/conversions.h"

namespace plurix::compiler::sema {
namespace {

bool isApplicable(SemaContext& ctx, const MethodSymbol* m, const std::vector<const Type*>& args) {
  if (m->parameterTypes.size() != args.size()) return false;
  for (size_t i = 0; i < args.size(); ++i) {
    if (m->parameterTypes[i] == nullptr || !isInvocationConvertible(ctx, args[i], m->parameterTypes[i]))
      return false;
  }
  return true;
}

// JLS 15.12.2.5 for fixed arity: `a` is more specific than `b` if each
// parameter of `a` converts to the corresponding one of `b`.
bool isMoreSpecific(SemaContext& ctx, const MethodSymbol* a, const MethodSymbol* b) {
  return isApplicable(ctx, b, a->parameterTypes);
}

bool sameParameters(const MethodSymbol* a, const MethodSymbol* b) { return a->parameterTypes == b->parameterTypes; }

std::string ownerText(const MethodSymbol* m) {
  if (m->owner == nullptr) return "";
  return m->owner->type != nullptr ? m->owner->type->name() : m->owner->name;
}

std::string describe(const MethodSymbol* m) {
  return (m->isConstructor ? "constructor " : "method ") + m->signature() + " in " + ownerText(m);
}

}  // namespace

std::string argumentListText(const std::vector<const Type*>& types) {
  if (types.empty()) return "no arguments";
  std::string text;
  for (size_t i = 0; i < types.size(); ++i) {
    if (i != 0) text += ',';
    text += types[i]->name();
  }
  return text;
}

OverloadResult resolveOverload(SemaContext& ctx, const std::vector<const MethodSymbol*>& candidates,
                               const std::vector<const Type*>& argumentTypes) {
  OverloadResult result;
  if (candidates.empty()) return result;
  std::vector<const MethodSymbol*> applicable;
  for (const MethodSymbol* m : candidates)
    if (isApplicable(ctx, m, argumentTypes)) applicable.push_back(m);
  if (applicable.empty()) {
    result.status = OverloadResult::Status::NotApplicable;
    return result;
  }
  std::vector<const MethodSymbol*> maximal;
  for (const MethodSymbol* m : applicable) {
    bool beaten = false;
    for (const MethodSymbol* other : applicable) {
      if (other != m && isMoreSpecific(ctx, other, m) && !isMoreSpecific(ctx, m, other)) {
        beaten = true;
        break;
      }
    }
    if (!beaten) maximal.push_back(m);
  }
  // Several maximal methods with one signature (an abstract method inherited
  // twice, or with a concrete implementation) are one choice: prefer a concrete one.
  const MethodSymbol* chosen = maximal.front();
  for (const MethodSymbol* m : maximal) {
    if (!sameParameters(m, chosen)) {
      result.status = OverloadResult::Status::Ambiguous;
      result.method = chosen;
      result.other = m;
      return result;
    }
    if (chosen->isAbstract() && !m->isAbstract()) chosen = m;
  }
  result.status = OverloadResult::Status::Found;
  result.method = chosen;
  return result;
}

std::optional<size_t> mismatchedArgument(const OverloadResult& result, const std::vector<const MethodSymbol*>& candidates,
                                         const std::vector<const Type*>& argumentTypes, SemaContext& ctx) {
  if (result.status != OverloadResult::Status::NotApplicable || candidates.size() != 1) return std::nullopt;
  const MethodSymbol* m = candidates.front();
  if (m->parameterTypes.size() != argumentTypes.size()) return std::nullopt;
  for (size_t i = 0; i < argumentTypes.size(); ++i) {
    if (m->parameterTypes[i] != nullptr && !isInvocationConvertible(ctx, argumentTypes[i], m->parameterTypes[i]))
      return i;
  }
  return std::nullopt;
}

std::string overloadErrorMessage(const OverloadResult& result, std::string_view name, bool isConstructor,
                                 const std::vector<const MethodSymbol*>& candidates,
                                 const std::vector<const Type*>& argumentTypes, SemaContext& ctx) {
  const std::string kind = isConstructor ? "constructor" : "method";
  const std::string call = std::string(name) + "(" +
                           (argumentTypes.empty() ? std::string() : argumentListText(argumentTypes)) + ")";
  switch (result.status) {
    case OverloadResult::Status::Found:
      return "";
    case OverloadResult::Status::NoCandidates:
      return "cannot find symbol: " + kind + " " + call;
    case OverloadResult::Status::Ambiguous:
      return "reference to " + std::string(name) + " is ambiguous; both " + describe(result.method) + " and " +
             describe(result.other) + " match";
    case OverloadResult::Status::NotApplicable:
      break;
  }
  if (candidates.size() > 1) return "no suitable " + kind + " found for " + call;
  const MethodSymbol* m = candidates.front();
  std::string message = kind + " " + std::string(name) + " in " + (m->owner && m->owner->isInterface ? "interface " : "class ") +
                        ownerText(m) + " cannot be applied to given types; required: " +
                        argumentListText(m->parameterTypes) + "; found: " + argumentListText(argumentTypes) +
                        "; reason: ";
  if (m->parameterTypes.size() != argumentTypes.size())
    return message + "actual and formal argument lists differ in length";
  for (size_t i = 0; i < argumentTypes.size(); ++i) {
    if (!isInvocationConvertible(ctx, argumentTypes[i], m->parameterTypes[i])) {
      std::string detail = incompatibleTypesMessage(ctx, argumentTypes[i], m->parameterTypes[i]);
      const std::string prefix = "incompatible types: ";
      if (detail.rfind(prefix, 0) == 0) detail.erase(0, prefix.size());
      return message + "argument mismatch; " + detail;
    }
  }
  return message + "argument mismatch";
}

}  // namespace plurix::compiler::sema
