class SyntaxClassExpected {
}
int stray; // error: class, interface
