public class Main {
    public static void main(String[] args) {
        Library lib = new Library();
        lib.add(new Book("Oberon", 560));
        lib.add(new Book("Plurix", 200));
        Book b = lib.find("Plurix");
        System.out.println(lib.count() + " " + b.pages + " " + (b.library == lib) + " " + lib.find("none"));
    }
}
