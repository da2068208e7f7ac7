class SyntaxIllegalCharacter {
    int x = 1 # 2; // error: illegal character: '#'
}
