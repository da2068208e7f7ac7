class StmtSwitchErrors {
    static void f(int x, long l, String s, int notConstant) {
        switch (x) {
            case 1:
            case 1: // error: duplicate case label
                break;
            case notConstant: // error: constant expression required
                break;
            default:
            default: // error: duplicate default label
        }
        switch (s) {
            case "a":
            case "a": // error: duplicate case label
            case 1: // error: incompatible types: int cannot be converted to String
        }
        byte b = 0;
        switch (b) {
            case 200: // error: incompatible types: possible lossy conversion from int to byte
        }
    }
}
