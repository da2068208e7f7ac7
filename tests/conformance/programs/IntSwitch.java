// switch on int, short and byte: dense and sparse labels, negative labels,
// fall-through, default in the middle, and a switch without a match.
public class IntSwitch {
    static String fall(int x) {
        StringBuilder sb = new StringBuilder();
        switch (x) {
            case 1:
                sb.append("one ");
            case 2:
                sb.append("two ");
            default:
                sb.append("default ");
            case 3:
                sb.append("three ");
                break;
            case 4:
                sb.append("four ");
        }
        return sb.toString();
    }

    static int sparse(int x) {
        switch (x) {
            case -1000000: return 1;
            case -1: return 2;
            case 0: return 3;
            case 7: return 4;
            case 1000: return 5;
            case 65536: return 6;
            case Integer.MAX_VALUE: return 7;
            case Integer.MIN_VALUE: return 8;
        }
        return 0;
    }

    static String narrow(byte b, short s) {
        String r;
        switch (b) {
            case -128: r = "min"; break;
            case 127: r = "max"; break;
            case 0: r = "zero"; break;
            default: r = "other";
        }
        switch (s) {
            case -300: r += "/neg300"; break;
            case 300: r += "/300"; break;
            default: r += "/?";
        }
        return r;
    }

    public static void main(String[] args) {
        for (int i = 0; i <= 5; i++) {
            System.out.println(i + ": " + fall(i));
        }
        int[] probes = {-1000000, -1, 0, 7, 1000, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 8, -2, 999};
        for (int p : probes) {
            System.out.println("sparse(" + p + ") = " + sparse(p));
        }
        System.out.println(narrow((byte) -128, (short) -300));
        System.out.println(narrow((byte) 127, (short) 300));
        System.out.println(narrow((byte) 0, (short) 1));
        System.out.println(narrow((byte) 5, (short) 300));
        int dense = 0;
        for (int i = 0; i < 100; i++) {
            switch (i % 10) {
                case 0: dense += 1; break;
                case 1: dense += 2; break;
                case 2: dense += 3; break;
                case 3: dense += 5; break;
                case 4: dense += 7; break;
                case 5: dense += 11; break;
                case 6: dense += 13; break;
                case 7: dense += 17; break;
                case 8: dense += 19; break;
                case 9: dense += 23; break;
            }
        }
        System.out.println("dense " + dense);
        int nothing = 0;
        switch (42) {
            case 1:
                nothing = 1;
        }
        System.out.println("no match " + nothing);
        switch (3) {
            default:
                System.out.println("only default");
        }
        final int k = 5;
        switch (10) {
            case k * 2:
                System.out.println("constant label k*2");
                break;
            case k:
                System.out.println("k");
        }
        int loops = 0;
        outer:
        for (int i = 0; i < 10; i++) {
            switch (i) {
                case 2:
                    continue;
                case 6:
                    break outer;
                default:
                    loops += i;
            }
            loops += 100;
        }
        System.out.println("loops " + loops);
    }
}
