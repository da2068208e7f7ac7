// Compound assignment carries an implicit cast back to the variable's type
// (JLS 15.26.2), so byte += int and char *= double are legal.
class CompoundAssignment {
    static int index;

    static int next() {
        return index++;
    }

    public static void main(String[] args) {
        byte b = 120;
        b += 10;
        System.out.println(b);
        short s = 1000;
        s *= 100;
        System.out.println(s);
        char c = 'a';
        c += 2;
        System.out.println(c);
        c *= 1.5;
        System.out.println((int) c);
        int i = 100;
        i -= 1.5;
        System.out.println(i);
        i /= 4;
        System.out.println(i);
        i %= 7;
        System.out.println(i);
        i <<= 4;
        i >>= 1;
        i >>>= 1;
        System.out.println(i);
        i &= 0x1C;
        i |= 0x100;
        i ^= 0x3;
        System.out.println(i);
        long l = 5;
        l *= 3.7;
        System.out.println(l);
        double d = 1;
        d /= 8;
        System.out.println(d);
        String str = "n=";
        str += 1 + 2;
        str += 'c';
        str += 1.5f;
        str += true;
        str += null;
        System.out.println(str);
        int[] arr = {1, 2, 3};
        arr[next()] += 10;
        arr[next()] *= 10;
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2] + " " + index);
    }
}
