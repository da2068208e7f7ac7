// Writes the box and leaves: the station's commit made it the owner of the big value's pages,
// and leaving hands them back to the home.
public class SetAndLeave {
    public static void main(String[] args) {
        Box.set(Integer.parseInt(args[0]));
        System.out.println("set " + Box.value[0]);
    }
}
