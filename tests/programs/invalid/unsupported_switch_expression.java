class UnsupportedSwitchExpression {
    static int f(int x) {
        int y = switch (x) { // error: switch expressions are not supported yet
            case 1:
                yield 10;
            default:
                yield 0;
        };
        return y;
    }
}
