// Prefix and postfix ++/-- on locals, fields, array elements and every
// numeric type, including wrap-around of narrow types.
class IncrementDecrement {
    int field = 5;
    static long counter;

    public static void main(String[] args) {
        int i = 0;
        int j = i++ + ++i;
        System.out.println(i + " " + j);
        j = i-- - --i;
        System.out.println(i + " " + j);
        byte b = 127;
        b++;
        System.out.println(b);
        char c = 'y';
        c++;
        ++c;
        System.out.println(c);
        short s = -32768;
        s--;
        System.out.println(s);
        double d = 0.5;
        d++;
        System.out.println(d);
        float f = 1e8f;
        f++;
        System.out.println(f);
        IncrementDecrement o = new IncrementDecrement();
        o.field++;
        --o.field;
        ++o.field;
        System.out.println(o.field);
        counter--;
        System.out.println(counter);
        int[] a = new int[3];
        int k = 0;
        a[k++]++;
        a[k]--;
        System.out.println(a[0] + " " + a[1] + " " + k);
    }
}
