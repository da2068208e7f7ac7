class StmtSwitchOnLong {
    static void f(long l, double d) {
        switch (l) { // error: incompatible types
            case 1:
                break;
        }
    }
}
