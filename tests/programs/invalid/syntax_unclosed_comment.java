class SyntaxUnclosedComment {
}
/* this comment never ends // error: unclosed comment