// Overriding with a covariant return type, overriding an interface method
// declared in a superinterface, and calling through each static type.
class CovariantReturns {
    interface Source {
        Object next();
    }

    static class Animal {
        Animal copy() {
            return new Animal();
        }

        String kind() {
            return "animal";
        }
    }

    static class Cat extends Animal implements Source {
        Cat copy() {
            return new Cat();
        }

        String kind() {
            return "cat";
        }

        public String next() {
            return "purr";
        }
    }

    public static void main(String[] args) {
        Cat c = new Cat();
        Cat copied = c.copy();
        Animal a = c;
        Animal viaBase = a.copy();
        Source s = c;
        Object o = s.next();
        String direct = c.next();
        System.out.println(copied.kind() + " " + viaBase.kind() + " " + o + " " + direct.length());
    }
}
