#include "compiler/sema/checked_exceptions.h"

#include "compiler/sema/conversions.h"
#include "compiler/sema/member_lookup.h"

namespace plurix::compiler::sema {

void CheckedExceptions::beginBody(std::vector<const Type*> declared) {
  declared_ = std::move(declared);
  frames_.clear();
}

void CheckedExceptions::enterTry(std::vector<const Type*> caught) {
  frames_.push_back(TryFrame{std::move(caught), {}});
}

std::vector<const Type*> CheckedExceptions::leaveTry() {
  if (frames_.empty()) return {};
  std::vector<const Type*> thrown = std::move(frames_.back().thrownInBody);
  frames_.pop_back();
  return thrown;
}

bool CheckedExceptions::isChecked(const Type* type) const {
  if (type == nullptr || !type->isClass()) return false;
  const ClassSymbol* cls = type->classSymbol();
  const WellKnownClasses& known = ctx_.known;
  if (known.throwable == nullptr || !cls->isSubtypeOf(known.throwable)) return false;
  if (known.runtimeException != nullptr && cls->isSubtypeOf(known.runtimeException)) return false;
  if (known.error != nullptr && cls->isSubtypeOf(known.error)) return false;
  return true;
}

void CheckedExceptions::thrown(const Type* exception, SourceLocation where) {
  if (exception == nullptr || exception->isError() || !exception->isClass()) return;
  for (auto frame = frames_.rbegin(); frame != frames_.rend(); ++frame) {
    frame->thrownInBody.push_back(exception);
    for (const Type* caught : frame->caught)
      if (isSubtype(ctx_, exception, caught)) return;
  }
  if (!isChecked(exception)) return;
  for (const Type* declared : declared_)
    if (isSubtype(ctx_, exception, declared)) return;
  ctx_.diags.error(where, "unreported exception " + messageTypeName(exception, nullptr) +
                              "; must be caught or declared to be thrown");
}

void CheckedExceptions::checkCatchReachable(const Type* caught, const std::vector<const Type*>& thrownInBody,
                                            SourceLocation where) {
  if (caught == nullptr || caught->isError() || !isChecked(caught)) return;
  // javac exempts Exception and Throwable: a body can always throw an
  // unchecked exception that such a catch would take.
  const ClassSymbol* cls = caught->classSymbol();
  if (cls == ctx_.known.exception || cls == ctx_.known.throwable) return;
  for (const Type* thrown : thrownInBody)
    if (isSubtype(ctx_, thrown, caught) || isSubtype(ctx_, caught, thrown)) return;
  ctx_.diags.error(where, "exception " + messageTypeName(caught, nullptr) + " is never thrown in body of corresponding try statement");
}

}  // namespace plurix::compiler::sema
