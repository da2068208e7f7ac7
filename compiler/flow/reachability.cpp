#include "compiler/flow/reachability.h"

#include <algorithm>
#include <vector>

#include "compiler/flow/jump_targets.h"

namespace plurix::compiler::flow {

namespace {

// javac's three-valued liveness: Alive wins a join, Dead wins a meet, and
// Recovering sits between them.
Liveness join(Liveness a, Liveness b) {
  if (a == Liveness::Alive || b == Liveness::Alive) return Liveness::Alive;
  if (a == Liveness::Recovering || b == Liveness::Recovering) return Liveness::Recovering;
  return Liveness::Dead;
}

Liveness meet(Liveness a, bool canContinue) {
  return canContinue ? a : Liveness::Dead;
}

Liveness from(bool alive) { return alive ? Liveness::Alive : Liveness::Dead; }

class ReachabilityAnalyzer {
 public:
  ReachabilityAnalyzer(FlowReporter& reporter, ReachabilityFacts& facts) : reporter_(reporter), facts_(facts) {}

  Liveness run(const ast::BlockStmt& body) {
    alive_ = Liveness::Alive;
    statement(&body);
    return alive_;
  }

 private:
  // A break or continue not yet matched with the statement it leaves. Jumps
  // out of a try whose finally cannot complete normally never arrive.
  struct PendingJump {
    const ast::Stmt* target;
    bool isContinue;
  };

  void statement(const ast::Stmt* s) {
    if (s == nullptr) return;
    if (alive_ == Liveness::Dead) {
      reporter_.error(reportLocation(*s), "unreachable statement");
      // javac reports `;` after `;` again: an empty statement does not recover.
      if (!s->is<ast::EmptyStmt>()) alive_ = Liveness::Recovering;
    }
    visit(*s);
  }

  static SourceLocation reportLocation(const ast::Stmt& s) {
    // javac points at the first declared variable's name.
    if (s.is<ast::LocalVarsStmt>()) {
      const auto& vars = s.as<ast::LocalVarsStmt>()->variables;
      if (!vars.empty() && vars.front() != nullptr && vars.front()->location.valid()) return vars.front()->location;
    }
    return s.location;
  }

  void visit(const ast::Stmt& s) {
    switch (s.kind) {
      case ast::NodeKind::Block:
        for (const auto& child : s.as<ast::BlockStmt>()->statements) statement(child.get());
        return;
      case ast::NodeKind::If: return visitIf(*s.as<ast::IfStmt>());
      case ast::NodeKind::While: return visitWhile(*s.as<ast::WhileStmt>());
      case ast::NodeKind::DoWhile: return visitDoWhile(*s.as<ast::DoWhileStmt>());
      case ast::NodeKind::For: return visitFor(*s.as<ast::ForStmt>());
      case ast::NodeKind::ForEach: return visitForEach(*s.as<ast::ForEachStmt>());
      case ast::NodeKind::Labeled: return visitLabeled(*s.as<ast::LabeledStmt>());
      case ast::NodeKind::Switch: return visitSwitch(*s.as<ast::SwitchStmt>());
      case ast::NodeKind::Try: return visitTry(*s.as<ast::TryStmt>());
      case ast::NodeKind::Break: {
        const ast::Stmt* target = targets_.breakTarget(*s.as<ast::BreakStmt>());
        if (target != nullptr) pending_.push_back({target, false});
        alive_ = Liveness::Dead;
        return;
      }
      case ast::NodeKind::Continue: {
        const ast::Stmt* target = targets_.continueTarget(*s.as<ast::ContinueStmt>());
        if (target != nullptr) pending_.push_back({target, true});
        alive_ = Liveness::Dead;
        return;
      }
      case ast::NodeKind::Return:
      case ast::NodeKind::Throw:
        alive_ = Liveness::Dead;
        return;
      default:
        return;  // local variables, expression statements, `;`, this(...)/super(...)
    }
  }

  void visitIf(const ast::IfStmt& s) {
    // Both branches count as reachable whatever the condition (JLS 14.22:
    // `if (DEBUG)` must be allowed to switch code off).
    statement(s.thenStmt.get());
    if (s.elseStmt == nullptr) {
      alive_ = Liveness::Alive;
      return;
    }
    Liveness afterThen = alive_;
    alive_ = Liveness::Alive;
    statement(s.elseStmt.get());
    alive_ = join(alive_, afterThen);
  }

  void visitWhile(const ast::WhileStmt& s) {
    loopWithCondition(s, booleanConstant(s.condition.get()), s.body.get());
  }

  // while and for: the body runs unless the condition is constant false; the
  // loop completes if a break leaves it or the condition is not constant true.
  void loopWithCondition(const ast::Stmt& s, std::optional<bool> condition, const ast::Stmt* body) {
    EnclosingStatement scope(targets_, s);
    size_t mark = pending_.size();
    alive_ = from(condition != false);
    statement(body);
    resolve(s, true, mark);
    alive_ = join(from(resolve(s, false, mark)), from(condition != true));
  }

  void visitDoWhile(const ast::DoWhileStmt& s) {
    EnclosingStatement scope(targets_, s);
    size_t mark = pending_.size();
    statement(s.body.get());
    if (resolve(s, true, mark)) alive_ = join(alive_, Liveness::Alive);
    alive_ = meet(alive_, booleanConstant(s.condition.get()) != true);
    if (resolve(s, false, mark)) alive_ = join(alive_, Liveness::Alive);
  }

  void visitFor(const ast::ForStmt& s) {
    for (const auto& init : s.init) statement(init.get());
    // A missing condition is `true`.
    loopWithCondition(s, s.condition ? booleanConstant(s.condition.get()) : std::optional<bool>(true), s.body.get());
  }

  void visitForEach(const ast::ForEachStmt& s) {
    EnclosingStatement scope(targets_, s);
    size_t mark = pending_.size();
    statement(s.body.get());
    resolve(s, true, mark);
    resolve(s, false, mark);
    alive_ = Liveness::Alive;
  }

  void visitLabeled(const ast::LabeledStmt& s) {
    EnclosingStatement scope(targets_, s);
    size_t mark = pending_.size();
    statement(s.body.get());
    if (resolve(s, false, mark)) alive_ = join(alive_, Liveness::Alive);
  }

  void visitSwitch(const ast::SwitchStmt& s) {
    EnclosingStatement scope(targets_, s);
    size_t mark = pending_.size();
    bool hasDefault = false;
    for (const ast::SwitchGroup& group : s.groups) {
      // Every group can be entered from the selector.
      alive_ = Liveness::Alive;
      for (const auto& child : group.statements) statement(child.get());
      hasDefault = hasDefault || group.hasDefault;
    }
    // Without a default the selector may match no label.
    if (!hasDefault) alive_ = Liveness::Alive;
    if (resolve(s, false, mark)) alive_ = join(alive_, Liveness::Alive);
  }

  void visitTry(const ast::TryStmt& s) {
    size_t mark = pending_.size();
    statement(s.body.get());
    Liveness afterAll = alive_;
    // javac counts every catch block as reachable; a catch of an exception
    // the try cannot throw is the exception checker's error.
    for (const ast::CatchClause& clause : s.catches) {
      alive_ = Liveness::Alive;
      statement(clause.body.get());
      afterAll = join(afterAll, alive_);
    }
    if (s.finallyBlock == nullptr) {
      alive_ = afterAll;
      return;
    }
    size_t finallyMark = pending_.size();
    alive_ = Liveness::Alive;
    statement(s.finallyBlock.get());
    if (alive_ == Liveness::Dead) {
      // The finally block ends every path abruptly: jumps out of the try never arrive.
      facts_.finallyCannotComplete.insert(&s);
      pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(mark),
                     pending_.begin() + static_cast<std::ptrdiff_t>(finallyMark));
      return;
    }
    alive_ = afterAll;
  }

  // Removes the pending jumps of the given kind that target `s` (recorded
  // since `mark`); true if there was one.
  bool resolve(const ast::Stmt& s, bool continues, size_t mark) {
    auto first = pending_.begin() + static_cast<std::ptrdiff_t>(mark);
    auto kept = std::remove_if(first, pending_.end(), [&](const PendingJump& jump) {
      return jump.target == &s && jump.isContinue == continues;
    });
    bool any = kept != pending_.end();
    pending_.erase(kept, pending_.end());
    return any;
  }

  FlowReporter& reporter_;
  ReachabilityFacts& facts_;
  JumpTargets targets_;
  std::vector<PendingJump> pending_;
  Liveness alive_ = Liveness::Alive;
};

}  // namespace

Liveness checkReachability(const ast::BlockStmt& body, FlowReporter& reporter, ReachabilityFacts& facts) {
  return ReachabilityAnalyzer(reporter, facts).run(body);
}

}  // namespace plurix::compiler::flow
