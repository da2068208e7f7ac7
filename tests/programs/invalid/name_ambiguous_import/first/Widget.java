package first;

public class Widget {
}
