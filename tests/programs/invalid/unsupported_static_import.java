import static java.lang.Math.max; // error: static import

class UnsupportedStaticImport {
}
