package app;

import base.Vehicle;
import base.Vehicle.Registry;

public class Bike extends Vehicle {
    public Bike() {
        super(2);
        Registry.count++;
    }

    protected String describe() {
        return "bike, " + super.describe() + ", " + wheels;
    }

    int wheelCount() {
        return super.wheels + this.wheels - wheels;
    }

    public static void main(String[] args) {
        Bike b = new Bike();
        System.out.println(b.describe() + " " + b.wheelCount() + " " + Registry.count + " " + Vehicle.Registry.count);
    }
}
