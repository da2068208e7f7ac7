class UnsupportedQualifiedThis {
    int x;

    int f() {
        return UnsupportedQualifiedThis.this.x; // error: qualified this (UnsupportedQualifiedThis.this) is not supported yet: inner classes are not supported
    }
}
