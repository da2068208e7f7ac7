// Interface fields whose initialisers are not constant expressions: the
// interface is initialised when such a field is first read (JLS 12.4.1),
// not when a class implementing it is initialised or instantiated, and a
// constant field of the same interface is read without initialising it.
public class InterfaceFieldInit {
    static int note(String s) {
        System.out.println("init " + s);
        return s.length();
    }

    interface Tagged {
        int CONSTANT = 7;
        int TAG = note("Tagged.TAG");
        int[] TABLE = {TAG, TAG * 2};
    }

    static class TaggedImpl implements Tagged {
        static int implValue = note("TaggedImpl");

        int tag() {
            return TAG;
        }
    }

    public static void main(String[] args) {
        System.out.println("constant " + Tagged.CONSTANT);
        System.out.println("implValue " + TaggedImpl.implValue);
        TaggedImpl t = new TaggedImpl();
        System.out.println("instance made");
        System.out.println("through instance method " + t.tag());
        System.out.println("Tagged.TAG " + Tagged.TAG + ", TABLE " + Tagged.TABLE[0] + " " + Tagged.TABLE[1]);
    }
}
