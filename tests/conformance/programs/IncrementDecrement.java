// Prefix and postfix ++ and -- on locals, array elements, instance fields,
// static fields and narrow types, with their values and side effects.
public class IncrementDecrement {
    int count;
    byte small = 127;
    double real = 0.5;
    static int total;
    static char letter = 'y';

    static int[] data = {10, 20, 30};
    static int fetches;

    static int[] getData() {
        fetches++;
        return data;
    }

    public static void main(String[] args) {
        int i = 5;
        System.out.println(i++ + " " + i + " " + ++i + " " + i-- + " " + --i);
        int[] a = {1, 2, 3};
        int k = 0;
        a[k++]++;
        System.out.println(a[0] + " " + a[1] + " k=" + k);
        ++a[k];
        System.out.println("prefix element " + a[1]);
        int old = a[2]--;
        System.out.println("old " + old + " now " + a[2]);
        int[][] grid = new int[2][2];
        grid[1][0]++;
        grid[1][0]++;
        --grid[0][1];
        System.out.println("grid " + grid[0][0] + " " + grid[0][1] + " " + grid[1][0] + " " + grid[1][1]);
        getData()[1]++;
        getData()[2] += 5;
        System.out.println("data " + data[0] + " " + data[1] + " " + data[2] + " fetches=" + fetches);
        IncrementDecrement o = new IncrementDecrement();
        o.count++;
        ++o.count;
        int seen = o.count++;
        System.out.println("field " + o.count + " seen " + seen);
        o.small++;
        System.out.println("byte field 127++ -> " + o.small);
        o.small--;
        System.out.println("back -> " + o.small);
        o.real++;
        System.out.println("double field -> " + o.real);
        total--;
        --total;
        System.out.println("static " + total);
        letter++;
        letter++;
        System.out.println("static char " + letter);
        short sh = Short.MIN_VALUE;
        sh--;
        System.out.println("short MIN-- -> " + sh);
        long l = Long.MAX_VALUE;
        l++;
        System.out.println("long MAX++ -> " + l);
        float f = 16777216f;
        f++;
        System.out.println("float 2^24 ++ -> " + f);
        char c = 'a';
        char before = c++;
        System.out.println("char " + before + " -> " + c);
        long[] longs = {Long.MIN_VALUE};
        longs[0]--;
        System.out.println("long element -> " + longs[0]);
        double[] ds = {1.5};
        ds[0]++;
        System.out.println("double element -> " + ds[0]);
        int sum = 0;
        for (int j = 10; j > 0; j--) {
            sum += j--;
        }
        System.out.println("sum " + sum);
        int x = 0;
        x = x++;
        System.out.println("x = x++ -> " + x);
        int y = 1;
        int z = y++ + y++ * --y;
        System.out.println("z " + z + " y " + y);
    }
}
