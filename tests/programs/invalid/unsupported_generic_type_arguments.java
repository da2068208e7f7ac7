class Holder {
}

class UnsupportedGenericTypeArguments {
    Holder<String> field; // error: generic types are not supported yet
}
