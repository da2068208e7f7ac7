package second;

public class Widget {
}
