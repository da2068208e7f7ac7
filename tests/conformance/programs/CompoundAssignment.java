// Compound assignments cast the result back to the variable's type
// (b += 300 compiles and wraps), evaluate the left side once, and work on
// fields, static fields and array elements.
public class CompoundAssignment {
    static int calls;
    int field = 5;
    static long staticField = 7;

    static int index() {
        calls++;
        return 1;
    }

    public static void main(String[] args) {
        byte b = 10;
        b += 300;
        System.out.println("byte 10 += 300 -> " + b);
        b -= 1000;
        System.out.println("byte -= 1000 -> " + b);
        b *= 3;
        System.out.println("byte *= 3 -> " + b);
        short s = 30000;
        s += 30000;
        System.out.println("short 30000 += 30000 -> " + s);
        char c = 'a';
        c += 1;
        c *= 2;
        System.out.println("char -> " + (int) c);
        int i = 10;
        i += 3.7;
        System.out.println("int 10 += 3.7 -> " + i);
        i *= 2.5;
        System.out.println("int *= 2.5 -> " + i);
        i -= -0.5;
        System.out.println("int -= -0.5 -> " + i);
        int big = 1;
        big += 1e10;
        System.out.println("int += 1e10 -> " + big);
        long l = 5;
        l /= 2.0;
        System.out.println("long /= 2.0 -> " + l);
        float f = 1;
        f += 0.1;
        System.out.println("float += 0.1 -> " + f);
        double d = 1;
        d /= 3;
        System.out.println("double /= 3 -> " + d);
        int bits = 0xff;
        bits &= 0x0f;
        bits |= 0x100;
        bits ^= 0x3;
        bits <<= 4;
        bits >>= 1;
        bits >>>= 1;
        System.out.println("bits -> " + bits);
        int neg = -64;
        neg >>>= 28;
        System.out.println("-64 >>>= 28 -> " + neg);
        byte nb = -64;
        nb >>>= 28;
        System.out.println("byte -64 >>>= 28 -> " + nb);
        int m = 17;
        m %= 5;
        System.out.println("17 %= 5 -> " + m);
        String str = "x";
        str += 1 + 2;
        str += 'c';
        str += 1.5;
        str += null;
        str += true;
        System.out.println("string -> " + str);
        int[] arr = {1, 2, 3};
        arr[index()] += 10;
        arr[index()] *= 3;
        System.out.println("array " + arr[0] + " " + arr[1] + " " + arr[2] + ", index calls " + calls);
        CompoundAssignment o = new CompoundAssignment();
        o.field += 100;
        o.field <<= 2;
        staticField *= staticField;
        staticField -= 9;
        System.out.println("field " + o.field + ", static " + staticField);
        byte[] bytes = {120, -120};
        bytes[0] += 10;
        bytes[1] -= 10;
        System.out.println("byte array " + bytes[0] + " " + bytes[1]);
        char[] chars = {'y'};
        chars[0] += 2;
        System.out.println("char array " + (int) chars[0]);
        int x = 5;
        x += x++ * 2;
        System.out.println("x += x++ * 2 -> " + x);
        int y = 3;
        y = y++ + y;
        System.out.println("y = y++ + y -> " + y);
    }
}
