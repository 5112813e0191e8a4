def main():
    var a: Int = 7
    var b: Int = -3
    print(a.__add__(b), a.__sub__(b), a.__mul__(b), a.__floordiv__(2), a.__mod__(3), a.__pow__(2))
    print(a.__radd__(10), a.__rsub__(10), a.__lt__(b), a.__eq__(7), a.__ne__(7), a.__ge__(7))
    print(b.__neg__(), b.__abs__(), a.__invert__(), a.__and__(3), a.__or__(8), a.__lshift__(2))
    var x: Float64 = 2.5
    print(x.__mul__(4.0), x.__truediv__(2.0), x.__neg__(), x.__int__(), x.__abs__(), x.__lt__(3.0))
    var f: Float32 = 1.5
    print(f.__add__(f), f.__float__())
    var t = True
    print(t.__bool__(), t.__and__(False), t.__or__(False), t.__invert__())
    print(a.__float__(), ~t, ~False)
