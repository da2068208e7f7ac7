class StmtLabelErrors {
    static void f(int x) {
        break; // error: break outside switch or loop
        continue; // error: continue outside of loop
        while (x > 0) {
            break missing; // error: undefined label: missing
        }
        block:
        {
            for (int i = 0; i < 3; i++) {
                continue block; // error: not a loop label: block
            }
        }
        switch (x) {
            case 1:
                continue; // error: continue outside of loop
        }
    }
}
