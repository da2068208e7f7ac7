// Compile-time constants (JLS 15.29) with int/long wrap-around, masked shift
// distances, constant narrowing in assignments and constants as case labels.
class ConstantFoldingInts {
    static final int MAX = Integer.MAX_VALUE;
    static final int WRAPPED = MAX + 1;
    static final long LONG_WRAPPED = Long.MAX_VALUE * 2;
    static final int SHIFTED = 1 << 35;
    static final long LONG_SHIFTED = 1L << 35;
    static final int UNSIGNED = -1 >>> 1;
    static final int NEGATIVE_DIVISION = -7 / 2;
    static final int NEGATIVE_REMAINDER = -7 % 2;
    static final int MIN_NEGATED = -(-2147483648);
    static final int PRODUCT = 65536 * 65536;
    static final byte NARROW = 100 + 27;
    static final char LETTER = 'a' + 2;
    static final short SMALL = (short) 65537;
    static final int FROM_OTHERS = WRAPPED / 2 + SMALL;

    public static void main(String[] args) {
        System.out.println(WRAPPED);
        System.out.println(LONG_WRAPPED);
        System.out.println(SHIFTED);
        System.out.println(LONG_SHIFTED);
        System.out.println(UNSIGNED);
        System.out.println(NEGATIVE_DIVISION + " " + NEGATIVE_REMAINDER);
        System.out.println(MIN_NEGATED);
        System.out.println(PRODUCT);
        System.out.println(NARROW);
        System.out.println(LETTER);
        System.out.println(SMALL);
        System.out.println(FROM_OTHERS);
        final int local = 3;
        byte b = local;
        char c = local + 'A';
        System.out.println(b + " " + c);
        int x = args.length + 2;
        switch (x) {
            case local - 1:
                System.out.println("two");
                break;
            case SMALL:
                System.out.println("one");
                break;
            case FROM_OTHERS:
                System.out.println("big");
                break;
            default:
                System.out.println("other");
        }
        System.out.println(0x7fffffff + 0x7fffffff);
        System.out.println(-2147483648);
        System.out.println(-9223372036854775808L);
        System.out.println(~0 >>> 28);
        System.out.println((byte) (NARROW + 1));
    }
}
