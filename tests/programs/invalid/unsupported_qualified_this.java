class UnsupportedQualifiedThis {
    int x;

    int f() {
        return UnsupportedQualifiedThis.this.x; // error: this
    }
}
