package base;

// Protected members are visible to subclasses in other packages; a nested
// class is imported by its qualified name.
public class Vehicle {
    protected int wheels;

    protected Vehicle(int wheels) {
        this.wheels = wheels;
    }

    protected String describe() {
        return "vehicle with " + wheels + " wheels";
    }

    public static class Registry {
        public static int count;
    }
}
