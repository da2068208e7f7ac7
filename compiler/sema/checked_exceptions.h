#pragma once
// Checked exceptions (JLS 11.2) as javac enforces them: every checked
// exception a throw statement, a method call or a constructor call may throw
// must be caught by an enclosing catch or declared by the enclosing method,
// and a catch of a checked exception that its try body cannot throw is an
// error. Unchecked exceptions are RuntimeException, Error and their subclasses.
#include <vector>

#include "compiler/diag/source_location.h"
#include "compiler/sema/sema_context.h"

namespace plurix::compiler::sema {

class CheckedExceptions {
 public:
  explicit CheckedExceptions(SemaContext& ctx) : ctx_(ctx) {}

  // Starts a body that may throw `declared` (a method's or constructor's
  // throws clause; empty for initializers, which may throw nothing checked).
  void beginBody(std::vector<const Type*> declared);

  // Enters a try body whose catch clauses catch `caught`.
  void enterTry(std::vector<const Type*> caught);
  // Leaves the innermost try body; returns every exception type its body may
  // throw (checked or not), for the "is never thrown" check of its catches.
  std::vector<const Type*> leaveTry();

  // Records that `exception` may be thrown at `where`; reports it if it is
  // checked and neither caught nor declared.
  void thrown(const Type* exception, SourceLocation where);

  // True if `type` is a checked exception class.
  bool isChecked(const Type* type) const;

  // Reports "exception X is never thrown in body of corresponding try
  // statement" at `where` if `caught` is a checked exception that none of
  // `thrownInBody` can be (Exception and Throwable themselves are exempt).
  void checkCatchReachable(const Type* caught, const std::vector<const Type*>& thrownInBody,
                           SourceLocation where);

 private:
  struct TryFrame {
    std::vector<const Type*> caught;
    std::vector<const Type*> thrownInBody;
  };
  SemaContext& ctx_;
  std::vector<const Type*> declared_;
  std::vector<TryFrame> frames_;
};

}  // namespace plurix::compiler::sema
