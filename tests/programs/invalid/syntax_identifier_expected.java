class SyntaxIdentifierExpected {
    int ; // error: <identifier> expected
}
