// How a surface reflects light: its colour and the weights of the diffuse,
// specular and mirror terms.
public class Material {
    final Vec color;
    final double diffuse;
    final double specular;
    final double reflectivity;

    Material(Vec color, double diffuse, double specular, double reflectivity) {
        this.color = color;
        this.diffuse = diffuse;
        this.specular = specular;
        this.reflectivity = reflectivity;
    }
}
