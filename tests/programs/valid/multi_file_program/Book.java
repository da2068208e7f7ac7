public class Book {
    final String title;
    final int pages;
    Library library;

    Book(String title, int pages) {
        this.title = title;
        this.pages = pages;
    }
}
