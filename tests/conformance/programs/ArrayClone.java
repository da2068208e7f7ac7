// clone() of arrays: a new array with the same elements, shallow for
// arrays of references and of arrays; clone of a Cloneable object through
// Object.clone, and CloneNotSupportedException for one that is not.
public class ArrayClone {
    static class Point implements Cloneable {
        int x;
        int[] tags = {1, 2};

        Point(int x) {
            this.x = x;
        }

        Point copy() {
            try {
                return (Point) clone();
            } catch (CloneNotSupportedException e) {
                return null;
            }
        }
    }

    static class Plain {
        Object tryClone() throws CloneNotSupportedException {
            return clone();
        }
    }

    public static void main(String[] args) {
        int[] a = {1, 2, 3};
        int[] b = a.clone();
        b[0] = 100;
        System.out.println("a " + a[0] + " b " + b[0] + " same " + (a == b) + " length " + b.length);
        double[] d = {0.5, -0.0};
        double[] dc = d.clone();
        System.out.println("double clone " + dc[0] + " " + dc[1]);
        char[] chars = "clone".toCharArray();
        char[] cc = chars.clone();
        cc[0] = 'C';
        System.out.println(new String(chars) + " " + new String(cc));
        String[] names = {"x", "y"};
        String[] nc = names.clone();
        System.out.println("shared elements " + (names[0] == nc[0]));
        int[][] grid = {{1, 2}, {3, 4}};
        int[][] gc = grid.clone();
        gc[0][0] = 99;
        gc[1] = new int[]{7};
        System.out.println("shallow: grid[0][0] " + grid[0][0] + ", grid[1].length " + grid[1].length
            + ", gc[1].length " + gc[1].length);
        int[] empty = new int[0];
        System.out.println("empty clone " + empty.clone().length + " distinct " + (empty.clone() != empty));
        Point p = new Point(5);
        Point q = p.copy();
        q.x = 6;
        q.tags[0] = 42;
        System.out.println("object clone: p.x " + p.x + " q.x " + q.x + " shared tags " + (p.tags == q.tags)
            + " p.tags[0] " + p.tags[0] + " distinct " + (p != q));
        try {
            new Plain().tryClone();
            System.out.println("not reached");
        } catch (CloneNotSupportedException e) {
            System.out.println("not Cloneable: CloneNotSupportedException");
        }
        long[] big = new long[1000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (long) i * i;
        }
        long[] bigCopy = big.clone();
        long sum = 0;
        for (long v : bigCopy) {
            sum += v;
        }
        System.out.println("big clone sum " + sum);
        Object o = a;
        int[] back = ((int[]) o).clone();
        System.out.println("through Object " + back[2]);
    }
}
