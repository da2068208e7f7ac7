int twice(int v) {
    return 2 * v;
}
int answer = twice(21);
System.out.println("helpers loaded");
