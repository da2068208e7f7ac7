#include "compiler/flow/definite_assignment.h"

#include "compiler/flow/assignment_analyzer.h"

namespace plurix::compiler::flow {

namespace {

bool isStatic(const ast::MemberDecl& m) {
  if (m.is<ast::InitializerDecl>()) return m.as<ast::InitializerDecl>()->isStatic;
  return (m.modifiers & ast::kStatic) != 0;
}

bool isBlankFinal(const ast::FieldDecl& f) { return (f.modifiers & ast::kFinal) != 0 && f.initializer == nullptr; }

// A constructor that starts with this(...) leaves the fields to the one it calls.
bool delegatesToThis(const ast::MethodDecl& ctor) {
  if (ctor.body == nullptr || ctor.body->statements.empty()) return false;
  const ast::Stmt* first = ctor.body->statements.front().get();
  return first != nullptr && first->is<ast::ExplicitConstructorCallStmt>() &&
         !first->as<ast::ExplicitConstructorCallStmt>()->isSuper;
}

std::string notInitialized(const ast::FieldDecl& f) {
  return "variable " + f.name + " might not have been initialized";
}

class ClassAssignmentCheck {
 public:
  ClassAssignmentCheck(const ast::ClassDecl& cls, const ReachabilityFacts& facts, FlowReporter& reporter)
      : cls_(cls), reporter_(reporter), analyzer_(reporter, facts) {}

  void run() {
    // Interfaces only have constants; a missing initializer there is sema's error.
    bool tracksFields = cls_.classKind == ast::ClassKind::Class;
    initializers(/*statics=*/true, tracksFields);
    initializers(/*statics=*/false, tracksFields);
    AssignmentState afterInitializers = analyzer_.state();
    bool hasConstructor = false;
    for (const auto& member : cls_.members) {
      if (member == nullptr || !member->is<ast::MethodDecl>()) continue;
      const auto* method = member->as<ast::MethodDecl>();
      hasConstructor = hasConstructor || method->isConstructor;
      analyzer_.state() = afterInitializers;
      if (method->isConstructor) {
        constructor(*method);
      } else {
        analyzer_.enterContext(false, isStatic(*method), false);
        body(*method);
      }
    }
    if (hasConstructor || !tracksFields) return;
    for (const ast::FieldDecl* field : analyzer_.unassignedFields(afterInitializers)) {
      reporter_.error(field->location, "variable " + field->name + " not initialized in the default constructor");
    }
  }

 private:
  // Field initializers and initializer blocks of one kind, in source order;
  // the blank finals of that kind are tracked from the start (JLS 8.3.3 lets
  // an initializer assign a field declared below it).
  void initializers(bool statics, bool tracksFields) {
    analyzer_.enterContext(true, statics, false);
    for (const auto& member : cls_.members) {
      if (member == nullptr || !member->is<ast::FieldDecl>() || isStatic(*member) != statics) continue;
      if (tracksFields && isBlankFinal(*member->as<ast::FieldDecl>())) {
        analyzer_.trackField(*member->as<ast::FieldDecl>());
      }
    }
    for (const auto& member : cls_.members) {
      if (member == nullptr || isStatic(*member) != statics) continue;
      if (member->is<ast::FieldDecl>()) analyzer_.expression(member->as<ast::FieldDecl>()->initializer.get());
      if (member->is<ast::InitializerDecl>()) analyzer_.statement(member->as<ast::InitializerDecl>()->body.get());
    }
  }

  void body(const ast::MethodDecl& method) {
    for (const auto& p : method.parameters) {
      if (p != nullptr) analyzer_.parameter(*p);
    }
    analyzer_.statement(method.body.get());
  }

  void constructor(const ast::MethodDecl& ctor) {
    bool delegating = delegatesToThis(ctor);
    analyzer_.enterContext(!delegating, false, delegating);
    body(ctor);
    if (delegating || ctor.body == nullptr) return;
    for (const ast::FieldDecl* field : analyzer_.unassignedFields(analyzer_.state())) {
      reporter_.error(ctor.body->closingBrace, notInitialized(*field));
    }
    for (const auto& [ret, state] : analyzer_.takeReturns()) {
      for (const ast::FieldDecl* field : analyzer_.unassignedFields(state)) {
        reporter_.error(ret->location, notInitialized(*field));
      }
    }
  }

  const ast::ClassDecl& cls_;
  FlowReporter& reporter_;
  AssignmentAnalyzer analyzer_;
};

}  // namespace

void checkDefiniteAssignment(const ast::ClassDecl& cls, const ReachabilityFacts& facts, FlowReporter& reporter) {
  ClassAssignmentCheck(cls, facts, reporter).run();
}

}  // namespace plurix::compiler::flow
