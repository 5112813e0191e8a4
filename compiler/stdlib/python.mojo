# std.python: calling Python from Mojo, over CPython's C API.
#
# A PythonObject owns one reference to a `PyObject*` (held as an Int): copying it increments the
# reference count, destroying it decrements it, so the ownership pass gives Python exactly the
# reference counts it expects. Every entry into the C API holds the GIL (PyGILState_Ensure), so Mojo
# code that calls Python works whether or not its caller released the GIL (notebook cells, Python
# calling Mojo). A Python exception becomes a Mojo Error whose message is Python's `str(exception)`,
# as in Mojo 1.2.
#
# Under `mojito run` and in notebooks the interpreter is the one running the compiler; a built
# executable is linked with libpython and starts an interpreter on first use (`_py_ready`). The
# checker turns `obj.name`, `obj.name = v`, `obj(args, key=v)` and `for x in obj` on a PythonObject
# into the `_py_*` functions below (compiler/check/python_interop.py).

# The C API declarations and the interpreter/GIL helpers are in python.capi.mojo.

def _py_owned(o: Int, state: Int32) raises -> PythonObject:
    # A new reference from the C API, or the pending exception as a Mojo Error. Releases the GIL.
    if o == 0:
        var text = _py_error_text()
        _ungil(state)
        raise Error(text)
    _ungil(state)
    return PythonObject(from_owned=o)


def _py_status(status: Int, state: Int32) raises:
    # A C API status (-1: an exception is pending). Releases the GIL.
    if status < 0:
        var text = _py_error_text()
        _ungil(state)
        raise Error(text)
    _ungil(state)


# ---------------------------------------------------------------- PythonObject
struct PythonObject(ImplicitlyCopyable, Copyable, Movable, Writable, Boolable, Sized):
    """A reference to a Python object: `var np = Python.import_module("numpy")`, `np.arange(10)`."""

    var _obj: Int

    def __init__(out self):
        var st = _gil()
        self._obj = __py_none()
        __libc_Py_IncRef(self._obj)
        _ungil(st)

    def __init__(out self, *, from_owned: Int):
        self._obj = from_owned

    def __init__(out self, *, from_borrowed: Int):
        var st = _gil()
        __libc_Py_IncRef(from_borrowed)
        _ungil(st)
        self._obj = from_borrowed

    @implicit
    def __init__(out self, none: NoneType):
        var st = _gil()
        self._obj = __py_none()
        __libc_Py_IncRef(self._obj)
        _ungil(st)

    @implicit
    def __init__(out self, value: Bool):
        var st = _gil()
        self._obj = __libc_PyBool_FromLong(1 if value else 0)
        _ungil(st)

    @implicit
    def __init__(out self, value: Int):
        self._obj = _py_new_long(value)

    @implicit
    def __init__(out self, value: Int64):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: Int32):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: Int16):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: Int8):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: UInt64):
        var st = _gil()
        self._obj = __libc_PyLong_FromSize_t(value)
        _ungil(st)

    @implicit
    def __init__(out self, value: UInt32):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: UInt16):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: UInt8):
        self._obj = _py_new_long(Int(value))

    @implicit
    def __init__(out self, value: Float64):
        self._obj = _py_new_float(value)

    @implicit
    def __init__(out self, value: Float32):
        self._obj = _py_new_float(Float64(value))

    @implicit
    def __init__(out self, value: String):
        var st = _gil()
        self._obj = _py_str_new(value)
        _ungil(st)

    def __init__(out self, *, copy: Self):
        var st = _gil()
        __libc_Py_IncRef(copy._obj)
        _ungil(st)
        self._obj = copy._obj

    def __deinit__(deinit self):
        var st = _gil()
        __libc_Py_DecRef(self._obj)
        _ungil(st)

    def steal_data(var self) -> Int:
        var o = self._obj
        __libc_Py_IncRef(o)  # `self` is destroyed below and gives back its own reference
        return o

    # -------------------------------------------------------- printing and conversions
    def write_to(self, mut writer: Some[Writer]):
        writer.write(self._text(False))

    def write_repr_to(self, mut writer: Some[Writer]):
        writer.write(self._text(True))

    def _text(self, use_repr: Bool) -> String:
        var st = _gil()
        var s = __libc_PyObject_Repr(self._obj) if use_repr else __libc_PyObject_Str(self._obj)
        var out = String("")
        if s == 0:
            out = "<" + _py_error_text() + ">"
        else:
            out = _py_utf8(s)
            __libc_Py_DecRef(s)
        _ungil(st)
        return out

    def __str__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyObject_Str(self._obj), st)

    def __repr__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyObject_Repr(self._obj), st)

    def __int__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Long(self._obj), st)

    def __float__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Float(self._obj), st)

    def __bool__(self) -> Bool:
        var st = _gil()
        var r = __libc_PyObject_IsTrue(self._obj)
        if r < 0:
            __libc_PyErr_Clear()
        _ungil(st)
        return r > 0

    def __len__(self) raises -> Int:
        var st = _gil()
        var n = __libc_PyObject_Length(self._obj)
        _py_status(n, st)
        return n

    def __hash__(self) raises -> Int:
        var st = _gil()
        var h = __libc_PyObject_Hash(self._obj)
        if h == -1 and __libc_PyErr_Occurred() != 0:
            _py_status(-1, st)
        _ungil(st)
        return h

    def __is__(self, other: PythonObject) -> Bool:
        return self._obj == other._obj

    def __isnot__(self, other: PythonObject) -> Bool:
        return self._obj != other._obj

    def copy(self) -> PythonObject:
        return PythonObject(copy=self)

    @staticmethod
    def _from_list(items: List[PythonObject]) raises -> PythonObject:
        # `var l: PythonObject = [1, 2.5, "a"]` (the checker's convention for List literals).
        return _py_from_list(items)

    @staticmethod
    def _from_tuple(items: List[PythonObject]) raises -> PythonObject:
        # `np.zeros((h, w))` in 2023 code: a tuple literal where a PythonObject is expected.
        return _py_tuple(items)

    # The 2023 Playground's conversions (Mojo 1.2 spells them Float64(py=obj), Int(py=obj)).
    def to_float64(self) raises -> Float64:
        return _py_to_float(self)

    def __index__(self) raises -> Int:
        return _py_to_int(self)

    def unsafe_get_as_pointer[dtype: DType](self) raises -> Pointer[Scalar[dtype], MutAnyOrigin]:
        """The Python int self (an address, e.g. a numpy array's `ctypes.data`) as a pointer: Mojo
        loops then read and write the array's memory in place, without copies."""
        return __ptr_from_address[Scalar[dtype]](_py_to_int(self))

    # -------------------------------------------------------- attributes, items, calls
    def __getattr__(self, name: String) raises -> PythonObject:
        var st = _gil()
        var n = _py_str_new(name)
        var r = __libc_PyObject_GetAttr(self._obj, n)
        __libc_Py_DecRef(n)
        return _py_owned(r, st)

    def __setattr__(self, name: String, value: PythonObject) raises:
        var st = _gil()
        var c = _c_string(name)
        var r = __libc_PyObject_SetAttrString(self._obj, c, value._obj)
        __free(c)
        _py_status(Int(r), st)

    def __getitem__(self, *args: PythonObject) raises -> PythonObject:
        var key = _py_key(args)
        var st = _gil()
        return _py_owned(__libc_PyObject_GetItem(self._obj, key._obj), st)

    def __setitem__(self, *args: PythonObject, value: PythonObject) raises:
        var key = _py_key(args)
        var st = _gil()
        _py_status(Int(__libc_PyObject_SetItem(self._obj, key._obj, value._obj)), st)

    def __contains__(self, rhs: PythonObject) raises -> Bool:
        var st = _gil()
        var r = __libc_PySequence_Contains(self._obj, rhs._obj)
        _py_status(Int(r), st)
        return r == 1

    def __call__(self, *args: PythonObject) raises -> PythonObject:
        return _py_call(self, args, List[String](), List[PythonObject]())

    # -------------------------------------------------------- operators
    def __add__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Add(self._obj, rhs._obj), st)

    def __sub__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Subtract(self._obj, rhs._obj), st)

    def __mul__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Multiply(self._obj, rhs._obj), st)

    def __truediv__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_TrueDivide(self._obj, rhs._obj), st)

    def __floordiv__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_FloorDivide(self._obj, rhs._obj), st)

    def __mod__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Remainder(self._obj, rhs._obj), st)

    def __pow__(self, exp: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Power(self._obj, exp._obj, __py_none()), st)

    def __matmul__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_MatrixMultiply(self._obj, rhs._obj), st)

    def __lshift__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Lshift(self._obj, rhs._obj), st)

    def __rshift__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Rshift(self._obj, rhs._obj), st)

    def __and__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_And(self._obj, rhs._obj), st)

    def __or__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Or(self._obj, rhs._obj), st)

    def __xor__(self, rhs: PythonObject) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Xor(self._obj, rhs._obj), st)

    def __radd__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs + self

    def __rsub__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs - self

    def __rmul__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs * self

    def __rtruediv__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs / self

    def __rfloordiv__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs // self

    def __rmod__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs % self

    def __rpow__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs ** self

    def __rlshift__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs << self

    def __rrshift__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs >> self

    def __rand__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs & self

    def __ror__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs | self

    def __rxor__(self, lhs: PythonObject) raises -> PythonObject:
        return lhs ^ self

    def __iadd__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceAdd(self._obj, rhs._obj), st))

    def __isub__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceSubtract(self._obj, rhs._obj), st))

    def __imul__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceMultiply(self._obj, rhs._obj), st))

    def __itruediv__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceTrueDivide(self._obj, rhs._obj), st))

    def __ifloordiv__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceFloorDivide(self._obj, rhs._obj), st))

    def __imod__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceRemainder(self._obj, rhs._obj), st))

    def __ipow__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlacePower(self._obj, rhs._obj, __py_none()), st))

    def __ilshift__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceLshift(self._obj, rhs._obj), st))

    def __irshift__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceRshift(self._obj, rhs._obj), st))

    def __iand__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceAnd(self._obj, rhs._obj), st))

    def __ior__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceOr(self._obj, rhs._obj), st))

    def __ixor__(mut self, rhs: PythonObject) raises:
        var st = _gil()
        self._replace(_py_owned(__libc_PyNumber_InPlaceXor(self._obj, rhs._obj), st))

    def _replace(mut self, var value: PythonObject):
        # Take value's reference in place of ours.
        var st = _gil()
        __libc_Py_DecRef(self._obj)
        self._obj = value._obj
        __libc_Py_IncRef(self._obj)
        _ungil(st)

    def __neg__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Negative(self._obj), st)

    def __pos__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Positive(self._obj), st)

    def __invert__(self) raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyNumber_Invert(self._obj), st)

    # Comparisons return Python objects, as in Mojo (numpy's `a < b` is an array).
    def __lt__(self, rhs: PythonObject) raises -> PythonObject:
        return _py_compare(self, rhs, 0)

    def __le__(self, rhs: PythonObject) raises -> PythonObject:
        return _py_compare(self, rhs, 1)

    def __eq__(self, rhs: PythonObject) raises -> PythonObject:
        return _py_compare(self, rhs, 2)

    def __ne__(self, rhs: PythonObject) raises -> PythonObject:
        return _py_compare(self, rhs, 3)

    def __gt__(self, rhs: PythonObject) raises -> PythonObject:
        return _py_compare(self, rhs, 4)

    def __ge__(self, rhs: PythonObject) raises -> PythonObject:
        return _py_compare(self, rhs, 5)


def _py_compare(a: PythonObject, b: PythonObject, op: Int) raises -> PythonObject:
    var st = _gil()
    return _py_owned(__libc_PyObject_RichCompare(a._obj, b._obj, Int32(op)), st)


def _py_key(args: List[PythonObject]) raises -> PythonObject:
    # `obj[a]` uses a as the key, `obj[a, b]` the tuple (a, b), as Python does.
    if len(args) == 1:
        return args[0].copy()
    return _py_tuple(args)


def _py_tuple(items: List[PythonObject]) raises -> PythonObject:
    var st = _gil()
    var t = __libc_PyTuple_New(len(items))
    if t == 0:
        return _py_owned(0, st)
    for i in range(len(items)):
        __libc_Py_IncRef(items[i]._obj)  # PyTuple_SetItem steals a reference
        _ = __libc_PyTuple_SetItem(t, i, items[i]._obj)
    return _py_owned(t, st)


def _py_call(f: PythonObject, args: List[PythonObject], kwnames: List[String],
             kwvalues: List[PythonObject]) raises -> PythonObject:
    # `f(a, b, key=v)` on a PythonObject (the checker builds the argument lists).
    var t = _py_tuple(args)
    var st = _gil()
    var kw = 0
    if len(kwnames) > 0:
        kw = __libc_PyDict_New()
        for i in range(len(kwnames)):
            var k = _py_str_new(kwnames[i])
            _ = __libc_PyDict_SetItem(kw, k, kwvalues[i]._obj)
            __libc_Py_DecRef(k)
    var r = __libc_PyObject_Call(f._obj, t._obj, kw)
    if kw != 0:
        __libc_Py_DecRef(kw)
    return _py_owned(r, st)


# Calls with up to three positional arguments and no keywords (most calls) skip the argument
# Lists: the arguments are borrowed into a C array for CPython's vectorcall; `obj.name(...)` calls
# the method without making a bound-method object.
def _py_vcall(f: Int, args: __Ptr, n: Int, method: String) raises -> PythonObject:
    var st = _gil()
    var r = 0
    if method.byte_length() > 0:
        var name = _py_str_new(method)
        r = __libc_PyObject_VectorcallMethod(name, args, n, 0)
        __libc_Py_DecRef(name)
    else:
        r = __libc_PyObject_Vectorcall(f, args, n, 0)
    __free(args)
    return _py_owned(r, st)


def _py_args(n: Int, a: Int, b: Int, c: Int, d: Int) -> __Ptr:
    var args = __malloc(8 * n)
    __store_word(args, 0, a)
    if n > 1:
        __store_word(args, 1, b)
    if n > 2:
        __store_word(args, 2, c)
    if n > 3:
        __store_word(args, 3, d)
    return args


def _py_call0(f: PythonObject) raises -> PythonObject:
    return _py_vcall(f._obj, _py_args(1, 0, 0, 0, 0), 0, "")


def _py_call1(f: PythonObject, a: PythonObject) raises -> PythonObject:
    return _py_vcall(f._obj, _py_args(1, a._obj, 0, 0, 0), 1, "")


def _py_call2(f: PythonObject, a: PythonObject, b: PythonObject) raises -> PythonObject:
    return _py_vcall(f._obj, _py_args(2, a._obj, b._obj, 0, 0), 2, "")


def _py_call3(f: PythonObject, a: PythonObject, b: PythonObject, c: PythonObject) raises -> PythonObject:
    return _py_vcall(f._obj, _py_args(3, a._obj, b._obj, c._obj, 0), 3, "")


def _py_method0(obj: PythonObject, name: String) raises -> PythonObject:
    return _py_vcall(0, _py_args(1, obj._obj, 0, 0, 0), 1, name)


def _py_method1(obj: PythonObject, name: String, a: PythonObject) raises -> PythonObject:
    return _py_vcall(0, _py_args(2, obj._obj, a._obj, 0, 0), 2, name)


def _py_method2(obj: PythonObject, name: String, a: PythonObject, b: PythonObject) raises -> PythonObject:
    return _py_vcall(0, _py_args(3, obj._obj, a._obj, b._obj, 0), 3, name)


def _py_method3(obj: PythonObject, name: String, a: PythonObject, b: PythonObject,
                c: PythonObject) raises -> PythonObject:
    return _py_vcall(0, _py_args(4, obj._obj, a._obj, b._obj, c._obj), 4, name)


def _py_iter_items(obj: PythonObject) raises -> List[PythonObject]:
    # `for x in obj`: the items of Python's iteration, in order.
    var out = List[PythonObject]()
    var st = _gil()
    var it = __libc_PyObject_GetIter(obj._obj)
    if it == 0:
        _py_status(-1, st)
    while True:
        var item = __libc_PyIter_Next(it)
        if item == 0:
            break
        out.append(PythonObject(from_owned=item))
    __libc_Py_DecRef(it)
    if __libc_PyErr_Occurred() != 0:
        _py_status(-1, st)
    _ungil(st)
    return out^


def _py_slice(start: Int, stop: Int, step: Int) raises -> PythonObject:
    # `obj[a:b:c]`; a bound left out arrives as Int.MIN (the checker's "no index").
    comptime NO_INDEX = -9223372036854775808
    var a = PythonObject(start) if start != NO_INDEX else PythonObject()
    var b = PythonObject(stop) if stop != NO_INDEX else PythonObject()
    var c = PythonObject(step) if step != NO_INDEX else PythonObject()
    var st = _gil()
    return _py_owned(__libc_PySlice_New(a._obj, b._obj, c._obj), st)


def _py_from_list(items: List[PythonObject]) raises -> PythonObject:
    var st = _gil()
    var l = __libc_PyList_New(0)
    if l == 0:
        return _py_owned(0, st)
    for i in range(len(items)):
        if __libc_PyList_Append(l, items[i]._obj) < 0:
            __libc_Py_DecRef(l)
            return _py_owned(0, st)
    return _py_owned(l, st)


def _py_dict_from(keys: List[PythonObject], values: List[PythonObject]) raises -> PythonObject:
    # `{"a": 1}` as a PythonObject, and Python.dict(a=1) (keys are then Python strs).
    var d = Python.dict()
    var st = _gil()
    for i in range(len(keys)):
        if __libc_PyDict_SetItem(d._obj, keys[i]._obj, values[i]._obj) < 0:
            _py_status(-1, st)
    _ungil(st)
    return d^


def _py_set_from(items: List[PythonObject]) raises -> PythonObject:
    var st = _gil()
    var s = __libc_PySet_New(0)
    if s == 0:
        return _py_owned(0, st)
    for i in range(len(items)):
        if __libc_PySet_Add(s, items[i]._obj) < 0:
            __libc_Py_DecRef(s)
            return _py_owned(0, st)
    return _py_owned(s, st)


# ---------------------------------------------------------------- conversions to Mojo values
def _py_to_int(obj: PythonObject) raises -> Int:
    var st = _gil()
    var n = __libc_PyNumber_Long(obj._obj)
    if n == 0:
        _py_status(-1, st)
    var v = __libc_PyLong_AsSsize_t(n)
    __libc_Py_DecRef(n)
    if v == -1 and __libc_PyErr_Occurred() != 0:
        _py_status(-1, st)
    _ungil(st)
    return v


def _py_to_float(obj: PythonObject) raises -> Float64:
    var st = _gil()
    var v = __libc_PyFloat_AsDouble(obj._obj)
    if v == -1.0 and __libc_PyErr_Occurred() != 0:
        _py_status(-1, st)
    _ungil(st)
    return v


def _py_to_string(obj: PythonObject) raises -> String:
    var st = _gil()
    var s = __libc_PyObject_Str(obj._obj)
    if s == 0:
        _py_status(-1, st)
    var out = _py_utf8(s)
    __libc_Py_DecRef(s)
    _ungil(st)
    return out


def _py_to_bool(obj: PythonObject) raises -> Bool:
    var st = _gil()
    var r = __libc_PyObject_IsTrue(obj._obj)
    _py_status(Int(r), st)
    return r == 1


# ---------------------------------------------------------------- Python
struct Python(Copyable, Movable):
    """The interpreter: `Python.import_module("numpy")`, `Python.evaluate("1 + 2")`."""

    def __init__(out self):
        pass

    @staticmethod
    def import_module(module: String) raises -> PythonObject:
        var st = _gil()
        var c = _c_string(module)
        var m = __libc_PyImport_ImportModule(c)
        __free(c)
        return _py_owned(m, st)

    @staticmethod
    def evaluate(expr: String, file: Bool = False, name: String = "__main__") raises -> PythonObject:
        # An expression's value, or with file=True a block of statements run in a module `name`
        # (its namespace is returned), as in Mojo.
        var st = _gil()
        var cname = _c_string(name)
        var module = __libc_PyImport_AddModule(cname)  # borrowed
        __free(cname)
        if module == 0:
            return _py_owned(0, st)
        var globals = __libc_PyModule_GetDict(module)  # borrowed
        var code = _c_string(expr)
        var r = __libc_PyRun_String(code, Int32(257) if file else Int32(258), globals, globals)
        __free(code)
        if file and r != 0:
            __libc_Py_DecRef(r)
            __libc_Py_IncRef(module)
            return _py_owned(module, st)
        return _py_owned(r, st)

    def eval(self, code: String) -> Bool:
        # Run statements in __main__; False (and the error printed by Python) if they raised.
        var st = _gil()
        var c = _c_string(code)
        var r = __libc_PyRun_SimpleString(c)
        __free(c)
        _ungil(st)
        return r == 0

    @staticmethod
    def add_to_path(dir_path: String) raises:
        var sys = Python.import_module("sys")
        var path = sys.__getattr__("path")
        var st = _gil()
        var s = _py_str_new(dir_path)
        var r = __libc_PyList_Append(path._obj, s)
        __libc_Py_DecRef(s)
        _py_status(Int(r), st)

    @staticmethod
    def none() -> PythonObject:
        return PythonObject()

    @staticmethod
    def list(*values: PythonObject) raises -> PythonObject:
        return _py_from_list(values)

    @staticmethod
    def tuple(*values: PythonObject) raises -> PythonObject:
        return _py_tuple(values)

    @staticmethod
    def dict() raises -> PythonObject:
        var st = _gil()
        return _py_owned(__libc_PyDict_New(), st)

    @staticmethod
    def type(obj: PythonObject) -> PythonObject:
        var st = _gil()
        var t = __libc_PyObject_Type(obj._obj)
        _ungil(st)
        return PythonObject(from_owned=t)

    # 2023/2024 (removed by Mojo 1.2, which writes `x is y`): whether x is the object y.
    @staticmethod
    def is_type(x: PythonObject, y: PythonObject) -> Bool:
        return x.__is__(y)

    @staticmethod
    def is_true(obj: PythonObject) raises -> Bool:
        return _py_to_bool(obj)

    @staticmethod
    def str(obj: PythonObject) raises -> PythonObject:
        return obj.__str__()

    @staticmethod
    def int(obj: PythonObject) raises -> PythonObject:
        return obj.__int__()

    @staticmethod
    def float(obj: PythonObject) raises -> PythonObject:
        return obj.__float__()

    @staticmethod
    def py_long_as_ssize_t(obj: PythonObject) raises -> Int:
        return _py_to_int(obj)
