// Reference casts: upcasts always succeed, downcasts check the dynamic
// type and throw ClassCastException (its message is not printed), null
// casts to anything, and instanceof agrees with the cast.
public class CastErrors {
    static class Fruit {
        String taste() {
            return "fruit";
        }
    }

    static class Apple extends Fruit {
        String taste() {
            return "apple";
        }
    }

    static class Pear extends Fruit {
        String taste() {
            return "pear";
        }
    }

    interface Sweet {
    }

    static class SweetApple extends Apple implements Sweet {
        String taste() {
            return "sweet apple";
        }
    }

    static String tryCast(Object o) {
        StringBuilder sb = new StringBuilder();
        try {
            Fruit a = (Fruit) o;
            sb.append("Fruit ok");
            if (a != null) {
                sb.append("(").append(a.taste()).append(")");
            }
            Apple d = (Apple) o;
            sb.append(", Apple ok");
            Sweet p = (Sweet) o;
            sb.append(", Sweet ok").append(p == null ? " null" : "");
        } catch (ClassCastException e) {
            sb.append(", ClassCastException");
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        Object[] things = {new Fruit(), new Apple(), new Pear(), new SweetApple(), null, "text", new int[1]};
        for (Object o : things) {
            System.out.println(tryCast(o));
            System.out.println("  instanceof Fruit " + (o instanceof Fruit) + ", Apple " + (o instanceof Apple)
                + ", Sweet " + (o instanceof Sweet) + ", Object " + (o instanceof Object));
        }
        Object arr = new String[]{"a"};
        try {
            Object[] objs = (Object[]) arr;
            System.out.println("String[] as Object[] ok, length " + objs.length);
            String[] back = (String[]) objs;
            System.out.println("back to String[]: " + back[0]);
            Integer[] wrong = (Integer[]) arr;
            System.out.println("not reached " + wrong.length);
        } catch (ClassCastException e) {
            System.out.println("String[] as Integer[]: ClassCastException");
        }
        Object ints = new int[]{1, 2};
        try {
            long[] longs = (long[]) ints;
            System.out.println("not reached " + longs.length);
        } catch (ClassCastException e) {
            System.out.println("int[] as long[]: ClassCastException");
        }
        try {
            Object s = "string";
            Comparable c = (Comparable) s;
            System.out.println("String as Comparable: " + c.compareTo("strinf"));
            Runnable r = (Runnable) s;
            System.out.println("not reached " + (r == null));
        } catch (ClassCastException e) {
            System.out.println("String as Runnable: ClassCastException");
        }
        Object[][] nested = new Apple[2][2];
        System.out.println("Apple[][] instanceof Fruit[][] " + (nested instanceof Fruit[][])
            + ", Object[] " + (nested instanceof Object[]) + ", Pear[][] " + (nested instanceof Pear[][]));
        int failures = 0;
        for (int i = 0; i < 1000; i++) {
            try {
                Apple d = (Apple) things[i % things.length];
                if (d != null) {
                    d.taste();
                }
            } catch (ClassCastException e) {
                failures++;
            }
        }
        System.out.println("failures " + failures);
    }
}
