package app;

import first.*;
import second.*;

class Main {
    Widget w; // error: reference to Widget is ambiguous
    first.Widget fine;
}
