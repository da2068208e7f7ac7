// The standard library's API surface as the dialect promises it: return
// types (Math.round(float) is int, Math.round(double) is long), overloads of
// Math, Arrays, String, StringBuilder, the boxed types, System and Random
// (including its protected next(int) from a subclass). A compile check: the
// printed values are not meant for comparison.
import java.util.Arrays;
import java.util.Random;

class LibraryApi {
    static class MyRandom extends Random {
        MyRandom() {
            super(5);
        }

        int bits() {
            return next(3);
        }
    }

    public static void main(String[] args) {
        int r = Math.round(2.5f);
        long r2 = Math.round(2.5);
        long al = Math.abs(-5L);
        float af = Math.abs(-1.5f);
        int mi = Math.min(1, 2);
        long ml = Math.max(1L, 2);
        double md = Math.max(1, 2.0);
        String s = "hello world";
        int i1 = s.indexOf("o", 5) + s.lastIndexOf("o") + s.lastIndexOf('o') + s.indexOf('w', 2);
        int p = Integer.parseInt("ff", 16) + (int) Long.parseLong("7f", 16);
        String b = Long.toString(255L, 16) + Integer.toString(-255, 16) + Long.toBinaryString(5L);
        StringBuilder sb = new StringBuilder("abc");
        sb.insert(1, "XY").append(1.5f).reverse();
        byte[] bytes = {3, 1, 2};
        Arrays.sort(bytes);
        Arrays.fill(bytes, (byte) 7);
        float[] fs = {2f, 1f};
        Arrays.sort(fs);
        long[] ls = {3, 2};
        Arrays.sort(ls);
        char[] cs = {'b', 'a'};
        Arrays.sort(cs);
        double[] ds = Arrays.copyOf(new double[] {1.0}, 3);
        boolean eq = Arrays.equals(new long[] {1}, new long[] {1});
        String ts = Arrays.toString(new long[] {1}) + Arrays.toString(new double[] {1}) + Arrays.toString(cs);
        int h = Integer.MAX_VALUE;
        long lmin = Long.MIN_VALUE;
        short smax = Short.MAX_VALUE;
        byte bmin = Byte.MIN_VALUE;
        char cmax = Character.MAX_VALUE;
        float fmax = Float.MAX_VALUE;
        double dmin = Double.MIN_VALUE;
        boolean dig = Character.isDigit('1') && Character.isLetter('a');
        int dv = Character.digit('7', 10);
        char fd = Character.forDigit(7, 10);
        char up = Character.toUpperCase('a');
        long t0 = System.currentTimeMillis() + System.nanoTime();
        int[] src = {1, 2, 3};
        int[] dst = new int[3];
        System.arraycopy(src, 0, dst, 0, 3);
        System.err.println("err");
        System.out.print('c');
        System.out.print(1L);
        System.out.println(new char[] {'x'});
        System.out.println((Object) null);
        System.out.println();
        Throwable th = new RuntimeException("x");
        th.printStackTrace();
        String msg = th.toString() + th.getMessage();
        int cmp = Double.compare(1.0, 2.0) + Float.compare(1f, 2f) + Integer.compare(1, 2) + Long.compare(1L, 2L);
        double g = new MyRandom().nextGaussian() + new MyRandom().bits();
        boolean nb = new Random(1).nextBoolean();
        double sig = Math.signum(-2.0) + Math.signum(-2.0f);
        double tr = Math.sin(1) + Math.cos(1) + Math.tan(1) + Math.asin(0.5) + Math.acos(0.5) + Math.atan(1) + Math.exp(1) + Math.log(2) + Math.log10(2) + Math.floor(1.5) + Math.ceil(1.5) + Math.rint(1.5) + Math.cbrt(8) + Math.hypot(3, 4) + Math.toRadians(1) + Math.toDegrees(1) + Math.pow(2, 3) + Math.sqrt(2) + Math.random() + Math.PI + Math.E;
        System.exit(0);
    }
}
