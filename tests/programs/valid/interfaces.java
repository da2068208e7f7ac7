// Interfaces: several per class, constants (implicitly public static final),
// interfaces extending interfaces, interface-typed variables, arrays and
// casts, and a class inheriting an implementation from its superclass.
interface Named {
    String PREFIX = "name:";

    String name();
}

interface Sized {
    int MAX = 10 * 10;

    int size();
}

interface Container extends Named, Sized {
    boolean isEmpty();
}

abstract class Base implements Named {
    public String name() {
        return PREFIX + getClass().getName();
    }
}

class Box extends Base implements Container {
    int count;

    public int size() {
        return count;
    }

    public boolean isEmpty() {
        return count == 0;
    }
}

class Interfaces implements Sized {
    public int size() {
        return MAX;
    }

    public static void main(String[] args) {
        Box box = new Box();
        Container c = box;
        Named n = c;
        Sized[] sized = {box, new Interfaces()};
        box.count = 3;
        System.out.println(n.name() + " " + c.size() + " " + c.isEmpty());
        for (Sized s : sized) {
            System.out.println(s.size() + " " + (s instanceof Named));
        }
        Object o = box;
        Sized again = (Sized) o;
        System.out.println(again.size() + " " + Sized.MAX + " " + Container.PREFIX + " " + Box.MAX);
        Named[] names = new Container[1];
        System.out.println(names.length);
    }
}
