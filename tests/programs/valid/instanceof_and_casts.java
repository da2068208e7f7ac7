// instanceof with classes, interfaces, arrays and null; widening and
// narrowing reference casts; a failing cast throws ClassCastException.
class InstanceofAndCasts {
    interface Flyer {
    }

    static class Bird implements Flyer {
    }

    static class Penguin extends Bird {
    }

    public static void main(String[] args) {
        Object o = new Penguin();
        System.out.println((o instanceof Bird) + " " + (o instanceof Flyer) + " " + (o instanceof String));
        Object nothing = null;
        System.out.println(nothing instanceof Object);
        Bird b = (Bird) o;
        Penguin p = (Penguin) b;
        Flyer f = p;
        Bird back = (Bird) f;
        System.out.println(back == o);
        Object arr = new Penguin[2];
        System.out.println((arr instanceof Bird[]) + " " + (arr instanceof Object[]) + " " + (arr instanceof Flyer[]));
        Bird[] birds = (Bird[]) arr;
        System.out.println(birds.length);
        Cloneable c = new int[1];
        System.out.println(c instanceof int[]);
        try {
            Penguin wrong = (Penguin) new Bird();
            System.out.println(wrong);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException");
        }
        String s = (String) nothing;
        System.out.println(s);
        Object[] holder = {b};
        Flyer viaInterface = (Flyer) holder[0];
        System.out.println(viaInterface == b);
    }
}
