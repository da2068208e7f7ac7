// switch on char: a small tokenizer that classifies characters with
// fall-through groups and a default in the middle.
public class CharSwitch {
    static String kind(char c) {
        switch (c) {
            case '+':
            case '-':
            case '*':
            case '/':
                return "op";
            case '(':
                return "open";
            case ')':
                return "close";
            default:
                if (c >= '0' && c <= '9') {
                    return "digit";
                }
            case ' ':
                return "space-or-other";
            case '\u00ff':
                return "y-diaeresis";
            case '\uffff':
                return "max";
        }
    }

    static int eval(String expr) {
        int total = 0;
        int current = 0;
        char op = '+';
        for (int i = 0; i <= expr.length(); i++) {
            char c = i < expr.length() ? expr.charAt(i) : '\n';
            switch (c) {
                case '0': case '1': case '2': case '3': case '4':
                case '5': case '6': case '7': case '8': case '9':
                    current = current * 10 + (c - '0');
                    break;
                case ' ':
                    break;
                default:
                    switch (op) {
                        case '+': total += current; break;
                        case '-': total -= current; break;
                    }
                    op = c;
                    current = 0;
            }
        }
        return total;
    }

    public static void main(String[] args) {
        String text = "(1 + 23) * x/4-";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            System.out.println("'" + c + "' " + kind(c));
        }
        System.out.println(kind('\u00ff') + " " + kind('\uffff') + " " + kind('\u0100'));
        System.out.println("eval " + eval("12 + 30 - 5 + 100"));
        System.out.println("eval " + eval("1-2-3-4"));
        int vowels = 0;
        int consonants = 0;
        String words = "Conformance suites catch mistakes";
        for (char c : words.toCharArray()) {
            switch (Character.toLowerCase(c)) {
                case 'a': case 'e': case 'i': case 'o': case 'u':
                    vowels++;
                    break;
                case ' ':
                    break;
                default:
                    consonants++;
            }
        }
        System.out.println("vowels " + vowels + " consonants " + consonants);
    }
}
