import no.such.pkg.Thing; // error: package no.such.pkg does not exist
import java.util.NoSuchClass; // error: cannot find symbol

class NameUnknownPackage {
}
