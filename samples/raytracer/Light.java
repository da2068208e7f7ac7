// A point light with a colour (its intensity per channel).
public class Light {
    final Vec position;
    final Vec color;

    Light(Vec position, Vec color) {
        this.position = position;
        this.color = color;
    }
}
