// Default values: new arrays and fields of every type are zero, false,
// '\u0000' or null; array length of each, and an array's length field.
public class ArrayDefaults {
    static int sInt;
    static long sLong;
    static double sDouble;
    static float sFloat;
    static boolean sBool;
    static char sChar;
    static byte sByte;
    static short sShort;
    static String sRef;

    int iInt;
    boolean iBool;
    double iDouble;
    Object iRef;
    char iChar;

    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[3];
        double[] doubles = new double[3];
        float[] floats = new float[3];
        boolean[] bools = new boolean[3];
        char[] chars = new char[3];
        byte[] bytes = new byte[3];
        short[] shorts = new short[3];
        String[] strings = new String[3];
        Object[] objects = new Object[3];
        int[][] rows = new int[3][];
        System.out.println("int " + ints[0] + ints[1] + ints[2]);
        System.out.println("long " + longs[2] + " double " + doubles[1] + " float " + floats[0]);
        System.out.println("boolean " + bools[0] + " char code " + (int) chars[1] + " byte " + bytes[2] + " short " + shorts[0]);
        System.out.println("String " + strings[0] + " Object " + objects[1] + " row " + (rows[2] == null));
        System.out.println("lengths " + ints.length + longs.length + doubles.length + floats.length + bools.length
            + chars.length + bytes.length + shorts.length + strings.length + objects.length + rows.length);
        System.out.println("static " + sInt + " " + sLong + " " + sDouble + " " + sFloat + " " + sBool + " "
            + (int) sChar + " " + sByte + " " + sShort + " " + sRef);
        ArrayDefaults a = new ArrayDefaults();
        System.out.println("instance " + a.iInt + " " + a.iBool + " " + a.iDouble + " " + a.iRef + " " + (int) a.iChar);
        int[] empty = new int[0];
        System.out.println("empty length " + empty.length);
        int[] big = new int[100000];
        long sum = 0;
        for (int v : big) {
            sum += v;
        }
        System.out.println("big sum " + sum);
        big[99999] = 1;
        int[] fresh = new int[100000];
        System.out.println("fresh is zero " + fresh[99999]);
        for (int round = 0; round < 50; round++) {
            int[] scratch = new int[1000];
            for (int i = 0; i < scratch.length; i++) {
                if (scratch[i] != 0) {
                    System.out.println("dirty memory in round " + round);
                }
                scratch[i] = round + i;
            }
        }
        System.out.println("recycled arrays were zero");
        int[] literal = {};
        System.out.println("literal empty " + literal.length);
    }
}
