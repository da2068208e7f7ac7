// Formatting numbers by hand, as programs without printf do: padding to a
// width, fixed decimals by rounding, thousands separators, hexadecimal
// dumps with leading zeros, percentages and a right-aligned table.
public class NumberFormatting {
    static String pad(String s, int width) {
        StringBuilder sb = new StringBuilder();
        for (int i = s.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(s).toString();
    }

    static String fixed(double v, int decimals) {
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        long r = Math.round(Math.abs(v) * scale);
        String digits = Long.toString(r / scale);
        String frac = Long.toString(r % scale);
        while (frac.length() < decimals) {
            frac = "0" + frac;
        }
        return (v < 0 && r != 0 ? "-" : "") + digits + (decimals > 0 ? "." + frac : "");
    }

    static String grouped(long v) {
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(s.charAt(i));
        }
        return (v < 0 ? "-" : "") + sb;
    }

    static String hex(int v, int digits) {
        String h = Integer.toHexString(v);
        while (h.length() < digits) {
            h = "0" + h;
        }
        return h.toUpperCase();
    }

    public static void main(String[] args) {
        double[] values = {0, 1, -1, 3.14159, 2.5, -2.5, 0.005, 1234.5678, -0.0004, 99.995, 1e9 / 7};
        for (double v : values) {
            System.out.println(pad(fixed(v, 2), 14) + pad(fixed(v, 0), 12) + pad(fixed(v, 4), 18));
        }
        long[] big = {0, 999, 1000, -1234567, 1000000000000L, Long.MAX_VALUE};
        for (long v : big) {
            System.out.println(pad(grouped(v), 28));
        }
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            dump.append(hex(i * 37 % 256, 2)).append(i % 8 == 7 ? "\n" : " ");
        }
        System.out.print(dump);
        System.out.println(hex(0xBEEF, 8) + " " + hex(-1, 8) + " " + hex(255, 1));
        int total = 0;
        int[] parts = {17, 42, 8, 33};
        for (int p : parts) {
            total += p;
        }
        for (int p : parts) {
            System.out.println(pad(Integer.toString(p), 4) + pad(fixed(100.0 * p / total, 1) + "%", 8));
        }
        System.out.println(pad("total", 10) + pad(Integer.toString(total), 6));
        System.out.println("[" + pad("", 3) + "] [" + pad("toolong", 3) + "]");
    }
}
