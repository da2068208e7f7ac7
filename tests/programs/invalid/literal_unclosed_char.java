class LiteralUnclosedChar {
    char c = 'ab'; // error: unclosed character literal
}
