// The grammar of the Plurix Java dialect. It accepts (a superset of) Java 17
// syntax, including constructs the dialect does not support yet (generics,
// lambdas, enums, records, switch rules, ...), so that the AST builder can
// reject each with "X is not supported yet" at its position rather than a
// syntax error. The dialect's restrictions live in ast_builder.cpp, not here.
//
// Design notes:
// - Expressions are one left-recursive rule; the order of its alternatives is
//   Java's precedence (highest first), and ANTLR turns it into a loop.
// - `>` is the only closing-angle token: `>>`, `>>>`, `>>=` and `>>>=` are
//   sequences of GT (and GE) tokens that the AST builder checks for adjacency,
//   so `List<List<String>>` needs no token splitting.
// - A cast to a reference type may not take a +/- operand (`(a) - b` is a
//   subtraction): the predicate isCastAhead() decides as JLS 15.16 does.
// - Lexical errors are tokens, not lexer failures: the parser front end finds
//   them in the token stream and words them as javac does.
grammar PlurixJava;

@parser::header {
#include <string>
}

@parser::members {
 public:
  // Thrown when the parser's recursion nears the end of the stack budget set
  // by setStackBudget; parseCompilationUnit turns it into a diagnostic.
  struct StackBudgetExceeded {};

  // Recursion deeper than `budget` bytes below the frame `base` throws
  // StackBudgetExceeded instead of overflowing the thread's stack.
  void setStackBudget(const char* base, size_t budget) {
    stackBase_ = base;
    stackBudget_ = budget;
  }

  void enterRule(antlr4::ParserRuleContext* ctx, size_t state, size_t ruleIndex) override {
    checkStack();
    antlr4::Parser::enterRule(ctx, state, ruleIndex);
  }

  void enterRecursionRule(antlr4::ParserRuleContext* ctx, size_t state, size_t ruleIndex,
                          int precedence) override {
    checkStack();
    antlr4::Parser::enterRecursionRule(ctx, state, ruleIndex, precedence);
  }

 private:
  const char* stackBase_ = nullptr;
  size_t stackBudget_ = 0;

  void checkStack() {
    const char* here = static_cast<const char*>(__builtin_frame_address(0));
    if (stackBase_ != nullptr && stackBase_ > here &&
        static_cast<size_t>(stackBase_ - here) > stackBudget_) {
      throw StackBudgetExceeded{};
    }
  }

  // At '(' in an expression: is this the start of a cast (JLS 15.16)? A
  // parenthesized primitive type casts any unary operand; any other
  // parenthesized type casts only an operand that does not start with + - ++ --.
  bool isCastAhead() {
    if (_input->LA(1) != LPAREN) return false;
    size_t close = 2;
    int depth = 1;
    for (;; ++close) {
      size_t t = _input->LA(close);
      if (t == antlr4::Token::EOF) return false;
      if (t == LPAREN) ++depth;
      if (t == RPAREN && --depth == 0) break;
    }
    size_t after = _input->LA(close + 1);
    bool primitiveOnly = close == 3 && isPrimitiveKeyword(_input->LA(2));
    if (primitiveOnly) return true;
    return after != ADD && after != SUB && after != INC && after != DEC;
  }

  static bool isPrimitiveKeyword(size_t t) {
    return t == BOOLEAN || t == BYTE || t == SHORT || t == CHAR || t == INT || t == LONG ||
           t == FLOAT || t == DOUBLE;
  }

  // Compares lengths first: getText() re-encodes the token's text, which is
  // slow, and this predicate runs during prediction.
  bool nextIsWord(const std::string& word) {
    antlr4::Token* next = _input->LT(1);
    return next->getStopIndex() + 1 - next->getStartIndex() == word.size() && next->getText() == word;
  }

 public:  // the generated rule methods follow
}

// ============================================================== declarations

compilationUnit
    : packageDeclaration? importDeclaration* typeDeclaration* EOF
    ;

packageDeclaration
    : annotation* PACKAGE qualifiedName SEMI
    ;

importDeclaration
    : IMPORT STATIC? qualifiedName (DOT MUL)? SEMI
    ;

typeDeclaration
    : modifier* anyTypeDeclaration
    | SEMI
    ;

anyTypeDeclaration
    : classDeclaration
    | interfaceDeclaration
    | enumDeclaration
    | annotationTypeDeclaration
    | recordDeclaration
    ;

modifier
    : annotation
    | PUBLIC | PROTECTED | PRIVATE | STATIC | ABSTRACT | FINAL | NATIVE | SYNCHRONIZED
    | TRANSIENT | VOLATILE | STRICTFP | DEFAULT
    ;

classDeclaration
    : CLASS identifier typeParameters? (EXTENDS typeType)? (IMPLEMENTS typeList)? classBody
    ;

interfaceDeclaration
    : INTERFACE identifier typeParameters? (EXTENDS typeList)? classBody
    ;

enumDeclaration
    : ENUM identifier (IMPLEMENTS typeList)? LBRACE (enumConstant (COMMA enumConstant)*)? COMMA?
      (SEMI classBodyDeclaration*)? RBRACE
    ;

enumConstant
    : annotation* identifier arguments? classBody?
    ;

annotationTypeDeclaration
    : AT INTERFACE identifier classBody
    ;

// `record` is a contextual keyword: an identifier everywhere else.
recordDeclaration
    : {nextIsWord("record")}? IDENTIFIER identifier typeParameters?
      LPAREN formalParameterList? RPAREN (IMPLEMENTS typeList)? classBody
    ;

classBody
    : LBRACE classBodyDeclaration* RBRACE
    ;

classBodyDeclaration
    : SEMI
    | STATIC? block
    | modifier* memberDeclaration
    ;

// Type declarations first: `record R(int x) {}` is a record, not a method
// returning the type `record`.
memberDeclaration
    : anyTypeDeclaration
    | methodDeclaration
    | constructorDeclaration
    | fieldDeclaration
    ;

methodDeclaration
    : typeParameters? typeOrVoid identifier formalParameters dims? throwsClause?
      (block | SEMI | DEFAULT elementValue SEMI)
    ;

constructorDeclaration
    : typeParameters? identifier formalParameters throwsClause? block
    ;

throwsClause
    : THROWS typeList
    ;

fieldDeclaration
    : typeType variableDeclarators SEMI
    ;

formalParameters
    : LPAREN formalParameterList? RPAREN
    ;

formalParameterList
    : formalParameter (COMMA formalParameter)*
    ;

formalParameter
    : variableModifier* typeType ELLIPSIS? identifier dims?
    ;

variableModifier
    : FINAL
    | annotation
    ;

variableDeclarators
    : variableDeclarator (COMMA variableDeclarator)*
    ;

variableDeclarator
    : identifier dims? (ASSIGN variableInitializer)?
    ;

variableInitializer
    : arrayInitializer
    | expression
    ;

arrayInitializer
    : LBRACE (variableInitializer (COMMA variableInitializer)* COMMA?)? RBRACE
    ;

annotation
    : AT qualifiedName (LPAREN (elementValuePair (COMMA elementValuePair)* | elementValue)? RPAREN)?
    ;

elementValuePair
    : identifier ASSIGN elementValue
    ;

elementValue
    : expression
    | annotation
    | LBRACE (elementValue (COMMA elementValue)*)? COMMA? RBRACE
    ;

// ============================================================== types

typeOrVoid
    : VOID
    | typeType
    ;

typeType
    : (primitiveType | classType) dims?
    ;

classType
    : classTypePart (DOT classTypePart)*
    ;

classTypePart
    : annotation* identifier typeArguments?
    ;

primitiveType
    : BOOLEAN | BYTE | SHORT | CHAR | INT | LONG | FLOAT | DOUBLE
    ;

dims
    : (LBRACK RBRACK)+
    ;

typeList
    : typeType (COMMA typeType)*
    ;

// Empty for the diamond `new Foo<>()`.
typeArguments
    : LT (typeArgument (COMMA typeArgument)*)? GT
    ;

typeArgument
    : typeType
    | annotation* QUESTION ((EXTENDS | SUPER) typeType)?
    ;

typeParameters
    : LT typeParameter (COMMA typeParameter)* GT
    ;

typeParameter
    : annotation* identifier (EXTENDS typeType (BITAND typeType)*)?
    ;

qualifiedName
    : identifier (DOT identifier)*
    ;

identifier
    : IDENTIFIER
    ;

// ============================================================== statements

block
    : LBRACE blockStatement* RBRACE
    ;

blockStatement
    : localVariableDeclaration SEMI
    | localTypeDeclaration
    | statement
    ;

localVariableDeclaration
    : variableModifier* typeType variableDeclarators
    ;

localTypeDeclaration
    : (annotation | ABSTRACT | FINAL | STATIC | STRICTFP)*
      (classDeclaration | interfaceDeclaration | enumDeclaration | recordDeclaration)
    ;

statement
    : block                                                              # blockStmt
    | ASSERT expression (COLON expression)? SEMI                         # assertStmt
    | IF parExpression statement (ELSE statement)?                       # ifStmt
    | FOR LPAREN forControl RPAREN statement                             # forStmt
    | WHILE parExpression statement                                      # whileStmt
    | DO statement WHILE parExpression SEMI                              # doStmt
    | TRY block (catchClause+ finallyBlock? | finallyBlock)              # tryStmt
    | TRY resourceSpecification block catchClause* finallyBlock?         # tryWithResourcesStmt
    | SWITCH parExpression switchBody                                    # switchStmt
    | SYNCHRONIZED parExpression block                                   # synchronizedStmt
    | RETURN expression? SEMI                                            # returnStmt
    | THROW expression SEMI                                              # throwStmt
    | BREAK identifier? SEMI                                             # breakStmt
    | CONTINUE identifier? SEMI                                          # continueStmt
    | SEMI                                                               # emptyStmt
    | (THIS | SUPER) arguments SEMI                                      # constructorCallStmt
    | identifier COLON statement                                         # labeledStmt
    | {nextIsWord("yield")}? IDENTIFIER expression SEMI                  # yieldStmt
    | expression SEMI                                                    # expressionStmt
    ;

parExpression
    : LPAREN expression RPAREN
    ;

catchClause
    : CATCH LPAREN variableModifier* typeType (BITOR typeType)* identifier RPAREN block
    ;

finallyBlock
    : FINALLY block
    ;

resourceSpecification
    : LPAREN resource (SEMI resource)* SEMI? RPAREN
    ;

resource
    : variableModifier* typeType identifier ASSIGN expression
    | expression
    ;

forControl
    : variableModifier* typeType identifier dims? COLON expression      # enhancedForControl
    | forInit? SEMI expression? SEMI expressionList?                     # classicForControl
    ;

forInit
    : localVariableDeclaration
    | expressionList
    ;

// Classic `case X:` groups, or Java 14 `case X ->` rules (rejected later).
switchBody
    : LBRACE switchGroup* switchLabel* RBRACE
    | LBRACE switchRule+ RBRACE
    ;

switchGroup
    : switchLabel+ blockStatement+
    ;

switchLabel
    : CASE expressionList COLON
    | DEFAULT COLON
    ;

switchRule
    : (CASE expressionList | DEFAULT) ARROW (block | THROW expression SEMI | expression SEMI)
    ;

// ============================================================== expressions

expressionList
    : expression (COMMA expression)*
    ;

arguments
    : LPAREN expressionList? RPAREN
    ;

// Highest precedence first; ANTLR makes the binary alternatives left-associative
// unless marked otherwise.
expression
    : primary                                                            # primaryExpr
    | expression DOT typeArguments? identifier arguments                 # methodCallExpr
    | expression DOT identifier                                          # fieldAccessExpr
    | expression DOT THIS                                                # qualifiedThisExpr
    | expression DOT CLASS                                               # classLiteralExpr
    | expression DOT SUPER (DOT identifier)? arguments?                  # qualifiedSuperExpr
    | expression DOT NEW typeArguments? classType arguments classBody?   # qualifiedNewExpr
    | expression LBRACK expression RBRACK                                # arrayAccessExpr
    | expression postfix=(INC | DEC)                                     # postfixExpr
    | expression COLONCOLON typeArguments? (identifier | NEW)            # methodRefExpr
    | prefix=(ADD | SUB | INC | DEC) expression                          # prefixExpr
    | prefix=(TILDE | BANG) expression                                   # notExpr
    | {isCastAhead()}? LPAREN annotation* typeType (BITAND typeType)* RPAREN expression   # castExpr
    | expression bop=(MUL | DIV | MOD) expression                        # binaryExpr
    | expression bop=(ADD | SUB) expression                              # binaryExpr
    | expression (LSHIFT | GT GT GT | GT GT) expression                  # shiftExpr
    | expression bop=(LE | GE | LT | GT) expression                      # binaryExpr
    | expression INSTANCEOF FINAL? typeType identifier?                  # instanceOfExpr
    | expression bop=(EQUAL | NOTEQUAL) expression                       # binaryExpr
    | expression bop=BITAND expression                                   # binaryExpr
    | expression bop=CARET expression                                    # binaryExpr
    | expression bop=BITOR expression                                    # binaryExpr
    | expression bop=AND expression                                      # binaryExpr
    | expression bop=OR expression                                       # binaryExpr
    | <assoc=right> expression QUESTION expression COLON expression      # conditionalExpr
    | <assoc=right> expression assignmentOperator expression             # assignExpr
    | lambdaParameters ARROW lambdaBody                                  # lambdaExpr
    ;

lambdaBody
    : expression
    | block
    ;

assignmentOperator
    : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
    | OR_ASSIGN | XOR_ASSIGN | LSHIFT_ASSIGN | GT GE | GT GT GE
    ;

lambdaParameters
    : identifier
    | LPAREN formalParameterList? RPAREN
    | LPAREN identifier (COMMA identifier)* RPAREN
    ;

// No alternative here starts with a type that has type arguments: such a
// prefix would make every name a candidate for `List<...>::m`, and ALL(*)
// would scan each `a < b < c ...` chain to its end (quadratic time).
primary
    : LPAREN expression RPAREN                                           # parenPrimary
    | literal                                                            # literalPrimary
    | THIS                                                               # thisPrimary
    | SUPER DOT typeArguments? identifier arguments                      # superCallPrimary
    | SUPER DOT identifier                                               # superFieldPrimary
    | SUPER COLONCOLON identifier                                        # superMethodRefPrimary
    | identifier arguments                                               # callPrimary
    | identifier                                                         # namePrimary
    | NEW typeArguments? creator                                         # newPrimary
    | (primitiveType | VOID) dims? DOT CLASS                             # primitiveClassLiteralPrimary
    | qualifiedName dims DOT CLASS                                       # arrayClassLiteralPrimary
    | (primitiveType | qualifiedName) dims? COLONCOLON typeArguments? (identifier | NEW)  # typeMethodRefPrimary
    | SWITCH parExpression switchBody                                    # switchExprPrimary
    ;

creator
    : (primitiveType | classType) LBRACK RBRACK dims? arrayInitializer   # arrayInitCreator
    | (primitiveType | classType) (LBRACK expression RBRACK)+ dims? arrayInitializer?  # arraySizeCreator
    | classType arguments classBody?                                     # classCreator
    ;

literal
    : INT_LITERAL
    | FLOAT_LITERAL
    | CHAR_LITERAL
    | STRING_LITERAL
    | TEXT_BLOCK
    | TRUE_LITERAL
    | FALSE_LITERAL
    | NULL_LITERAL
    | UNCLOSED_STRING
    | UNCLOSED_CHAR
    ;

// ============================================================== lexer

// Keywords, including those the dialect rejects, so they are never identifiers.
ABSTRACT : 'abstract' ;
ASSERT : 'assert' ;
BOOLEAN : 'boolean' ;
BREAK : 'break' ;
BYTE : 'byte' ;
CASE : 'case' ;
CATCH : 'catch' ;
CHAR : 'char' ;
CLASS : 'class' ;
CONST : 'const' ;
CONTINUE : 'continue' ;
DEFAULT : 'default' ;
DO : 'do' ;
DOUBLE : 'double' ;
ELSE : 'else' ;
ENUM : 'enum' ;
EXTENDS : 'extends' ;
FINAL : 'final' ;
FINALLY : 'finally' ;
FLOAT : 'float' ;
FOR : 'for' ;
GOTO : 'goto' ;
IF : 'if' ;
IMPLEMENTS : 'implements' ;
IMPORT : 'import' ;
INSTANCEOF : 'instanceof' ;
INT : 'int' ;
INTERFACE : 'interface' ;
LONG : 'long' ;
NATIVE : 'native' ;
NEW : 'new' ;
PACKAGE : 'package' ;
PRIVATE : 'private' ;
PROTECTED : 'protected' ;
PUBLIC : 'public' ;
RETURN : 'return' ;
SHORT : 'short' ;
STATIC : 'static' ;
STRICTFP : 'strictfp' ;
SUPER : 'super' ;
SWITCH : 'switch' ;
SYNCHRONIZED : 'synchronized' ;
THIS : 'this' ;
THROW : 'throw' ;
THROWS : 'throws' ;
TRANSIENT : 'transient' ;
TRY : 'try' ;
VOID : 'void' ;
VOLATILE : 'volatile' ;
WHILE : 'while' ;
TRUE_LITERAL : 'true' ;
FALSE_LITERAL : 'false' ;
NULL_LITERAL : 'null' ;

// Numbers are lexed permissively (stray underscores, empty exponents, bad
// octal digits) so the literal decoder can say precisely what is wrong.
FLOAT_LITERAL
    : Digits '.' Digits? Exponent? FloatSuffix?
    | '.' Digits Exponent? FloatSuffix?
    | Digits Exponent FloatSuffix?
    | Digits FloatSuffix
    | '0' [xX] HexDigits? '.'? HexDigits? [pP] [+\-]? Digits? FloatSuffix?
    ;

INT_LITERAL
    : Digits [lL]?
    | '0' [xX] HexDigits? [lL]?
    | '0' [bB] [0-9_]* [lL]?
    ;

fragment Digits : [0-9] [0-9_]* ;
fragment HexDigits : [0-9a-fA-F_]+ ;
fragment Exponent : [eE] [+\-]? [0-9_]* ;
fragment FloatSuffix : [fFdD] ;

TEXT_BLOCK : '"""' [ \t\f]* ('\r'? '\n' | '\r') ( ~'\\' | '\\' . )*? '"""' ;
STRING_LITERAL : '"' StringChar* '"' ;
UNCLOSED_STRING : '"' StringChar* ;
CHAR_LITERAL : '\'' CharChar* '\'' ;
UNCLOSED_CHAR : '\'' CharChar* ;

fragment StringChar : ~["\\\r\n] | '\\' ~[\r\n] ;
fragment CharChar : ~['\\\r\n] | '\\' ~[\r\n] ;

LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
SEMI : ';' ;
COMMA : ',' ;
DOT : '.' ;
ELLIPSIS : '...' ;
AT : '@' ;
COLONCOLON : '::' ;
ARROW : '->' ;

ASSIGN : '=' ;
GT : '>' ;
LT : '<' ;
BANG : '!' ;
TILDE : '~' ;
QUESTION : '?' ;
COLON : ':' ;
EQUAL : '==' ;
LE : '<=' ;
GE : '>=' ;
NOTEQUAL : '!=' ;
AND : '&&' ;
OR : '||' ;
INC : '++' ;
DEC : '--' ;
ADD : '+' ;
SUB : '-' ;
MUL : '*' ;
DIV : '/' ;
BITAND : '&' ;
BITOR : '|' ;
CARET : '^' ;
MOD : '%' ;
LSHIFT : '<<' ;

ADD_ASSIGN : '+=' ;
SUB_ASSIGN : '-=' ;
MUL_ASSIGN : '*=' ;
DIV_ASSIGN : '/=' ;
AND_ASSIGN : '&=' ;
OR_ASSIGN : '|=' ;
XOR_ASSIGN : '^=' ;
MOD_ASSIGN : '%=' ;
LSHIFT_ASSIGN : '<<=' ;

IDENTIFIER : IdentifierStart IdentifierPart* ;

// Java letters (Character.isJavaIdentifierStart) include ASCII letters, $ and _.
fragment IdentifierStart : [\p{L}\p{Nl}\p{Sc}\p{Pc}] ;
fragment IdentifierPart : [\p{L}\p{Nl}\p{Sc}\p{Pc}\p{Nd}\p{Mn}\p{Mc}] ;

WS : [ \t\r\n\f]+ -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
LINE_COMMENT : '//' ~[\r\n]* -> skip ;
// Never contains "*/", so it is longer than BLOCK_COMMENT only when the
// comment is not closed before the end of the file.
UNCLOSED_COMMENT : '/*' ( ~'*' | '*'+ ~[*/] )* '*'* -> channel(HIDDEN) ;
ILLEGAL_CHAR : . -> channel(HIDDEN) ;
