class LiteralFloatingRange {
    double big = 1e400; // error: floating-point number too large
    float small = 1e-50f; // error: floating-point number too small
    float bigFloat = 1e39f; // error: floating-point number too large
    double zero = 0e400;
}
