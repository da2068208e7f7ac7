// Array subtyping: String[] is an Object[] and a Comparable[], arrays are
// Objects and Cloneable, instanceof on array types of each dimension, and
// getClass().getName() of arrays.
public class ArrayCovariance {
    static class Base {
        int id() {
            return 1;
        }
    }

    static class Sub extends Base {
        int id() {
            return 2;
        }
    }

    static int sumIds(Base[] items) {
        int s = 0;
        for (Base b : items) {
            s += b == null ? 0 : b.id();
        }
        return s;
    }

    static int count(Object[] things) {
        int n = 0;
        for (Object o : things) {
            if (o != null) {
                n++;
            }
        }
        return n;
    }

    public static void main(String[] args) {
        Sub[] subs = {new Sub(), new Sub(), null};
        Base[] bases = subs;
        Object[] objects = subs;
        Object plain = subs;
        System.out.println("sumIds(subs) " + sumIds(subs) + ", count " + count(objects));
        System.out.println("instanceof Base[] " + (plain instanceof Base[]) + ", Sub[] " + (plain instanceof Sub[])
            + ", Object[] " + (plain instanceof Object[]) + ", Cloneable " + (plain instanceof Cloneable));
        Base[] realBases = new Base[1];
        Object asObject = realBases;
        System.out.println("Base[] instanceof Sub[] " + (asObject instanceof Sub[]));
        String[] strings = {"b", "a"};
        Comparable[] comparables = strings;
        System.out.println("compare through Comparable[] " + comparables[0].compareTo(comparables[1]));
        Object ints = new int[2];
        System.out.println("int[] instanceof Object[] " + (ints instanceof Object[]) + ", int[] " + (ints instanceof int[])
            + ", Cloneable " + (ints instanceof Cloneable));
        int[][] grid = new int[2][2];
        Object[] rows = grid;
        System.out.println("int[][] as Object[]: " + rows.length + " " + (rows[0] instanceof int[]));
        System.out.println("names " + new int[0].getClass().getName() + " " + new String[0].getClass().getName() + " "
            + new double[0][0].getClass().getName() + " " + new boolean[0].getClass().getName() + " "
            + new long[0].getClass().getName() + " " + new char[0].getClass().getName());
        System.out.println("nested class array " + subs.getClass().getName() + ", element " + subs[0].getClass().getName());
        System.out.println("same class " + (new int[3].getClass() == new int[5].getClass()));
        System.out.println("bases == subs " + (bases == subs) + ", bases[1].id " + bases[1].id());
        Object[] copy = new Object[3];
        System.arraycopy(subs, 0, copy, 0, 3);
        System.out.println("arraycopy into Object[] " + count(copy));
        Base[] target = new Sub[2];
        try {
            System.arraycopy(new Base[]{new Base()}, 0, target, 0, 1);
            System.out.println("not reached");
        } catch (ArrayStoreException e) {
            System.out.println("arraycopy of Base into Sub[]: ArrayStoreException");
        }
    }
}
