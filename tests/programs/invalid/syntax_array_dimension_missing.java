class SyntaxArrayDimensionMissing {
    int[] values = new int[]; // error: array dimension missing
}
