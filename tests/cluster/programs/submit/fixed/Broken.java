// Broken.java with its error corrected.
class Broken {
    public static void main(String[] args) {
        int n = 3;
        System.out.println("broken " + n + " " + Helper.twice(n));
    }
}
