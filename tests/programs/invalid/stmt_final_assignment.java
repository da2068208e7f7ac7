interface Limits {
    int MAX = 10;
}

class StmtFinalAssignment {
    final int fixed = 1;
    static final String NAME = "n";
    final int blank;

    StmtFinalAssignment() {
        blank = 2;
    }

    void f(final int param) {
        final int local = 3;
        local = 4; // error: cannot assign a value to final variable local
        fixed = 6; // error: cannot assign a value to final variable fixed
        this.fixed++; // error: cannot assign a value to final variable fixed
        NAME = "m"; // error: cannot assign a value to final variable NAME
        blank = 7; // error: cannot assign a value to final variable blank
        Limits.MAX += 1; // error: cannot assign a value to final variable MAX
    }
}
