// Does not compile: an int cannot hold a String.
class Broken {
    public static void main(String[] args) {
        int n = "three";
        System.out.println("broken " + n);
    }
}
