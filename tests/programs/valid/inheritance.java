// Virtual dispatch, super calls, field hiding (fields are not virtual),
// static method hiding (chosen by the static type) and protected access.
class Inheritance {
    static class Animal {
        String name = "animal";
        protected int legs;

        Animal(int legs) {
            this.legs = legs;
        }

        String sound() {
            return "...";
        }

        String describe() {
            return name + " with " + legs + " legs says " + sound();
        }

        static String kind() {
            return "Animal";
        }
    }

    static class Dog extends Animal {
        String name = "dog";

        Dog() {
            super(4);
        }

        String sound() {
            return "woof";
        }

        static String kind() {
            return "Dog";
        }

        String names() {
            return name + "/" + super.name + "/" + ((Animal) this).name;
        }
    }

    static class Puppy extends Dog {
        String sound() {
            return super.sound() + " (squeaky)";
        }
    }

    public static void main(String[] args) {
        Animal a = new Dog();
        Dog d = new Dog();
        Animal p = new Puppy();
        System.out.println(a.describe());
        System.out.println(p.describe());
        System.out.println(a.name + " " + d.name);
        System.out.println(d.names());
        System.out.println(Animal.kind() + " " + Dog.kind());
        Animal[] zoo = {new Animal(2), d, new Puppy()};
        for (Animal z : zoo) {
            System.out.println(z.sound());
        }
        System.out.println(p instanceof Dog);
        System.out.println(a instanceof Puppy);
    }
}
