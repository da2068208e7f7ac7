// Single inheritance: inherited fields and methods, field hiding (resolved
// by static type), static method hiding, protected access, and overriding
// resolved by the dynamic type through several levels.
public class Inheritance {
    static class Vehicle {
        protected int wheels = 0;
        String kind = "vehicle";
        static String category() {
            return "generic";
        }

        int wheels() {
            return wheels;
        }

        String describe() {
            return kind + " with " + wheels() + " wheels";
        }
    }

    static class Car extends Vehicle {
        String kind = "car";

        Car() {
            wheels = 4;
        }

        static String category() {
            return "road";
        }

        String describe() {
            return "Car: " + super.describe() + ", own kind " + kind + ", super kind " + super.kind;
        }
    }

    static class SportsCar extends Car {
        int wheels() {
            return wheels * 1;
        }

        String describe() {
            return "Sports" + super.describe();
        }
    }

    static class Bike extends Vehicle {
        Bike() {
            wheels = 2;
            kind = "bike";
        }
    }

    public static void main(String[] args) {
        Vehicle[] all = {new Vehicle(), new Car(), new SportsCar(), new Bike()};
        for (Vehicle v : all) {
            System.out.println(v.describe());
            System.out.println("  static-type kind: " + v.kind + ", wheels " + v.wheels());
        }
        Car c = new Car();
        Vehicle asVehicle = c;
        System.out.println("Car kind " + c.kind + ", as Vehicle " + asVehicle.kind);
        System.out.println("categories " + Vehicle.category() + " " + Car.category());
        SportsCar s = new SportsCar();
        s.wheels = 3;
        System.out.println("sports wheels " + s.wheels() + " " + ((Vehicle) s).wheels);
        int total = 0;
        for (int i = 0; i < 100; i++) {
            total += all[i % all.length].wheels();
        }
        System.out.println("total wheels " + total);
        System.out.println("Bike is Vehicle " + (all[3] instanceof Vehicle) + ", is Car " + (all[3] instanceof Car));
    }
}
