#include "flow_test_attribution.h"

#include <map>
#include <string>
#include <vector>

namespace plurix::compiler::flow {

namespace {

std::optional<bool> boolValue(const ast::Expr* e) {
  if (e == nullptr || !e->constant) return std::nullopt;
  if (const bool* b = std::get_if<bool>(&*e->constant)) return *b;
  return std::nullopt;
}

class Attributor {
 public:
  explicit Attributor(std::map<std::string, sema::FieldSymbol*> fields) : fields_(std::move(fields)) {}

  void expr(ast::Expr* e) {
    if (e == nullptr) return;
    switch (e->kind) {
      case ast::NodeKind::Literal: {
        auto* lit = e->as<ast::LiteralExpr>();
        if (lit->literalKind == ast::LiteralKind::Boolean) e->constant = lit->value;
        return;
      }
      case ast::NodeKind::Name: return name(e->as<ast::NameExpr>());
      case ast::NodeKind::FieldAccess: {
        auto* access = e->as<ast::FieldAccessExpr>();
        expr(access->target.get());
        if (access->target && access->target->is<ast::ThisExpr>() && fields_.count(access->name) != 0) {
          access->meaning = ast::NameMeaning::Field;
          access->field = fields_[access->name];
        }
        return;
      }
      case ast::NodeKind::MethodCall: {
        auto* call = e->as<ast::MethodCallExpr>();
        expr(call->target.get());
        for (auto& a : call->args) expr(a.get());
        return;
      }
      case ast::NodeKind::New:
        for (auto& a : e->as<ast::NewExpr>()->args) expr(a.get());
        return;
      case ast::NodeKind::NewArray:
        for (auto& d : e->as<ast::NewArrayExpr>()->dimensions) expr(d.get());
        expr(e->as<ast::NewArrayExpr>()->initializer.get());
        return;
      case ast::NodeKind::ArrayInitializer:
        for (auto& x : e->as<ast::ArrayInitializerExpr>()->elements) expr(x.get());
        return;
      case ast::NodeKind::ArrayAccess:
        expr(e->as<ast::ArrayAccessExpr>()->array.get());
        expr(e->as<ast::ArrayAccessExpr>()->index.get());
        return;
      case ast::NodeKind::Unary: {
        auto* u = e->as<ast::UnaryExpr>();
        expr(u->operand.get());
        if (u->op == ast::UnaryOp::Not) {
          if (auto v = boolValue(u->operand.get())) e->constant = !*v;
        }
        return;
      }
      case ast::NodeKind::Binary: {
        auto* b = e->as<ast::BinaryExpr>();
        expr(b->left.get());
        expr(b->right.get());
        auto l = boolValue(b->left.get());
        auto r = boolValue(b->right.get());
        if (l && r && b->op == ast::BinaryOp::And) e->constant = *l && *r;
        if (l && r && b->op == ast::BinaryOp::Or) e->constant = *l || *r;
        return;
      }
      case ast::NodeKind::Assign:
        expr(e->as<ast::AssignExpr>()->target.get());
        expr(e->as<ast::AssignExpr>()->value.get());
        return;
      case ast::NodeKind::Conditional:
        expr(e->as<ast::ConditionalExpr>()->condition.get());
        expr(e->as<ast::ConditionalExpr>()->thenExpr.get());
        expr(e->as<ast::ConditionalExpr>()->elseExpr.get());
        return;
      case ast::NodeKind::InstanceOf: return expr(e->as<ast::InstanceOfExpr>()->operand.get());
      case ast::NodeKind::Cast: return expr(e->as<ast::CastExpr>()->operand.get());
      default: return;
    }
  }

  void stmt(ast::Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case ast::NodeKind::Block:
        scopes_.emplace_back();
        for (auto& c : s->as<ast::BlockStmt>()->statements) stmt(c.get());
        scopes_.pop_back();
        return;
      case ast::NodeKind::LocalVars:
        for (auto& v : s->as<ast::LocalVarsStmt>()->variables) {
          declare(v.get());
          expr(v->initializer.get());
        }
        return;
      case ast::NodeKind::ExprStmt: return expr(s->as<ast::ExprStmt>()->expr.get());
      case ast::NodeKind::If:
        expr(s->as<ast::IfStmt>()->condition.get());
        stmt(s->as<ast::IfStmt>()->thenStmt.get());
        return stmt(s->as<ast::IfStmt>()->elseStmt.get());
      case ast::NodeKind::While:
        expr(s->as<ast::WhileStmt>()->condition.get());
        return stmt(s->as<ast::WhileStmt>()->body.get());
      case ast::NodeKind::DoWhile:
        stmt(s->as<ast::DoWhileStmt>()->body.get());
        return expr(s->as<ast::DoWhileStmt>()->condition.get());
      case ast::NodeKind::For: {
        auto* f = s->as<ast::ForStmt>();
        scopes_.emplace_back();
        for (auto& i : f->init) stmt(i.get());
        expr(f->condition.get());
        for (auto& u : f->updates) expr(u.get());
        stmt(f->body.get());
        scopes_.pop_back();
        return;
      }
      case ast::NodeKind::ForEach: {
        auto* f = s->as<ast::ForEachStmt>();
        expr(f->iterable.get());
        scopes_.emplace_back();
        declare(f->variable.get());
        stmt(f->body.get());
        scopes_.pop_back();
        return;
      }
      case ast::NodeKind::Labeled: return stmt(s->as<ast::LabeledStmt>()->body.get());
      case ast::NodeKind::Return: return expr(s->as<ast::ReturnStmt>()->value.get());
      case ast::NodeKind::Throw: return expr(s->as<ast::ThrowStmt>()->exception.get());
      case ast::NodeKind::Try: {
        auto* t = s->as<ast::TryStmt>();
        stmt(t->body.get());
        for (auto& c : t->catches) {
          scopes_.emplace_back();
          declare(c.parameter.get());
          stmt(c.body.get());
          scopes_.pop_back();
        }
        return stmt(t->finallyBlock.get());
      }
      case ast::NodeKind::Switch: {
        auto* sw = s->as<ast::SwitchStmt>();
        expr(sw->selector.get());
        scopes_.emplace_back();
        for (auto& g : sw->groups) {
          for (auto& l : g.labels) expr(l.get());
          for (auto& c : g.statements) stmt(c.get());
        }
        scopes_.pop_back();
        return;
      }
      case ast::NodeKind::ExplicitConstructorCall:
        for (auto& a : s->as<ast::ExplicitConstructorCallStmt>()->args) expr(a.get());
        return;
      default: return;
    }
  }

  void method(ast::MethodDecl& m) {
    scopes_.emplace_back();
    for (auto& p : m.parameters) declare(p.get());
    stmt(m.body.get());
    scopes_.pop_back();
  }

 private:
  void declare(ast::VariableDecl* v) {
    if (v == nullptr) return;
    if (scopes_.empty()) scopes_.emplace_back();
    scopes_.back()[v->name] = v;
  }

  void name(ast::NameExpr* n) {
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
      auto found = it->find(n->name);
      if (found == it->end()) continue;
      n->meaning = ast::NameMeaning::Local;
      n->local = found->second;
      if ((found->second->modifiers & ast::kFinal) != 0) {
        if (auto v = boolValue(found->second->initializer.get())) n->constant = *v;
      }
      return;
    }
    auto field = fields_.find(n->name);
    if (field == fields_.end()) return;
    n->meaning = ast::NameMeaning::Field;
    n->field = field->second;
    if (field->second->isFinal() && field->second->decl != nullptr) {
      if (auto v = boolValue(field->second->decl->initializer.get())) n->constant = *v;
    }
  }

  std::map<std::string, sema::FieldSymbol*> fields_;
  std::vector<std::map<std::string, ast::VariableDecl*>> scopes_;
};

}  // namespace

void FlowTestAttribution::attribute(ast::CompilationUnit& unit) {
  std::vector<ast::ClassDecl*> classes;
  for (auto& cls : unit.types) classes.push_back(cls.get());
  for (size_t i = 0; i < classes.size(); ++i) {
    ast::ClassDecl& cls = *classes[i];
    std::map<std::string, sema::FieldSymbol*> fields;
    for (auto& member : cls.members) {
      if (member->is<ast::ClassDecl>()) classes.push_back(member->as<ast::ClassDecl>());
      if (!member->is<ast::FieldDecl>()) continue;
      auto* decl = member->as<ast::FieldDecl>();
      sema::FieldSymbol& symbol = fields_.emplace_back();
      symbol.name = decl->name;
      symbol.modifiers = decl->modifiers;
      symbol.decl = decl;
      decl->symbol = &symbol;
      fields[decl->name] = &symbol;
    }
    Attributor attributor(fields);
    // Field initializers first, so a constant field is known before its uses.
    for (auto& member : cls.members) {
      if (member->is<ast::FieldDecl>()) attributor.expr(member->as<ast::FieldDecl>()->initializer.get());
    }
    for (auto& member : cls.members) {
      if (member->is<ast::InitializerDecl>()) attributor.stmt(member->as<ast::InitializerDecl>()->body.get());
      if (member->is<ast::MethodDecl>()) attributor.method(*member->as<ast::MethodDecl>());
    }
  }
}

}  // namespace plurix::compiler::flow
