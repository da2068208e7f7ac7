interface SyntaxInterfaceFieldWithoutInitializer {
    int LIMIT; // error: = expected
}
