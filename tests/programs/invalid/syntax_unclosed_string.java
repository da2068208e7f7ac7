class SyntaxUnclosedString {
    String s = "never closed; // error: unclosed string literal
}
