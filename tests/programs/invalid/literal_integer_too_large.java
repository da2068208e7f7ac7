class LiteralIntegerTooLarge {
    int a = 2147483648; // error: integer number too large
    long b = 9223372036854775808L; // error: integer number too large
    int c = 0x1_0000_0000; // error: integer number too large
    int fine = -2147483648;
    long alsoFine = -9223372036854775808L;
}
