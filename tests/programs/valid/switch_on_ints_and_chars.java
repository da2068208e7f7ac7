// switch on int, char, byte and short selectors with fall-through, negative
// and constant-expression labels, and a switch without default.
class SwitchOnIntsAndChars {
    static final int BASE = 10;

    static String vowel(char c) {
        switch (c) {
            case 'a':
            case 'e':
            case 'i':
            case 'o':
            case 'u':
                return "vowel";
            case 'y':
                return "sometimes";
            default:
                return "consonant";
        }
    }

    public static void main(String[] args) {
        for (int i = -2; i <= 12; i += 2) {
            switch (i) {
                case -2:
                    System.out.println("minus two");
                case 0:
                    System.out.println("zero (or fell through)");
                    break;
                case BASE:
                    System.out.println("ten");
                    break;
                case BASE + 2:
                    System.out.println("twelve");
                    break;
                case 'A' - 61:
                    System.out.println("four");
            }
        }
        System.out.println(vowel('e') + " " + vowel('y') + " " + vowel('z'));
        byte b = 3;
        switch (b) {
            case 3:
                System.out.println("byte three");
                break;
            case 127:
                System.out.println("max");
                break;
        }
        short s = -300;
        switch (s) {
            case -300:
                System.out.println("short");
                break;
            default:
        }
        switch (b + 1) {
        }
    }
}
