// The ?: operator on references: null with a reference type, two classes
// whose common supertype is the target, and arrays.
class ConditionalReferenceTypes {
    static class Animal {
        String name() {
            return "animal";
        }
    }

    static class Dog extends Animal {
        String name() {
            return "dog";
        }
    }

    static class Cat extends Animal {
        String name() {
            return "cat";
        }
    }

    public static void main(String[] args) {
        boolean none = args.length == 0;
        String s = none ? null : "x";
        Animal a = none ? new Dog() : new Cat();
        Animal b = !none ? new Dog() : new Cat();
        int[] arr = none ? new int[] {1, 2} : null;
        Object o = none ? (Object) "text" : new int[0];
        System.out.println(s + " " + a.name() + " " + b.name() + " " + arr.length + " " + o);
        System.out.println((none ? a : b).name());
    }
}
