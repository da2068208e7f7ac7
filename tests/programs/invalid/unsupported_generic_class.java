class UnsupportedGenericClass<T> { // error: generic types are not supported yet
}
