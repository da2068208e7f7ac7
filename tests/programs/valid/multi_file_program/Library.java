// A program split over several files of the unnamed package: classes refer
// to each other in both directions.
public class Library {
    private final Book[] books = new Book[10];
    private int count;

    void add(Book b) {
        books[count++] = b;
        b.library = this;
    }

    int count() {
        return count;
    }

    Book find(String title) {
        for (int i = 0; i < count; i++) {
            if (books[i].title.equals(title)) {
                return books[i];
            }
        }
        return null;
    }
}
