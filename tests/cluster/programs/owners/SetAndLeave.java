// Writes the box and leaves: the station's commit made it the owner of the box's page, and
// leaving hands that page back to the home.
public class SetAndLeave {
    public static void main(String[] args) {
        Box.value[0] = Integer.parseInt(args[0]);
        System.out.println("set " + Box.value[0]);
    }
}
