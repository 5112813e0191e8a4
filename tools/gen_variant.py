"""Writes compiler/stdlib/utils.variant.mojo: std.utils.Variant for 1 to MAX alternatives.

Mojito has no variadic struct parameters yet, so `Variant[A, B]` is checked as `_Variant2[A, B]`
(check/checker.py, `_variant_type`). Each alternative lives in its own List field, empty or with
one element, and `_tag` says which one holds the value: destruction, copies and moves are the
fields' own, and `unwrap` moves the value out (List.pop), as Mojo does, for any Movable type.
Run: python tools/gen_variant.py
"""

from pathlib import Path

MAX = 8


def struct(n: int) -> str:
    ts = [f"T{i}" for i in range(n)]
    params = ", ".join(f"{t}: Movable" for t in ts)
    out = [f"struct _Variant{n}[{params}](Copyable, Movable, Writable):",
           "    var _tag: Int"]
    out += [f"    var _v{i}: List[T{i}]" for i in range(n)]
    out += ["",
            "    @implicit",
            "    def __init__[T: Movable](out self, var value: T):",
            "        self._tag = -1"]
    out += [f"        self._v{i} = List[T{i}]()" for i in range(n)]
    out += ["        self._put[T](value^)", ""]

    def chain(body: list[str], indent: str, fallback: list[str] | None) -> list[str]:
        """`comptime if T is T0: body elif ...`; with no fallback, the last alternative is the `else`
        (asserting that T is it), so a function whose body returns in each branch ends in a return."""
        lines = []
        if fallback is None:
            last = n - 1
            lines = chain(body, indent, [f'comptime assert __type_is_eq[T, T{last}](), '
                                         '"the type is not one of the Variant\'s types"'] +
                          [b.replace("#", str(last)) for b in body])
            return lines
        for i in range(n):
            kw = "comptime if" if i == 0 else "elif"
            lines.append(f"{indent}{kw} __type_is_eq[T, T{i}]():")
            lines += [indent + "    " + b.replace("#", str(i)) for b in body]
        lines.append(f"{indent}else:")
        lines += [indent + "    " + f for f in fallback]
        return lines

    bad = ['comptime assert False, "the type is not one of the Variant\'s types"']
    out += ["    def _put[T: Movable](mut self, var value: T):"]
    out += chain(["self._v#.append(value^)", "self._tag = #"], "        ", bad)
    out += ["",
            "    def isa[T: AnyType](self) -> Bool:",
            "        \"\"\"Whether the value held is a T.\"\"\""]
    out += chain(["return self._tag == #"], "        ", ["return False"])
    out += ["",
            "    @staticmethod",
            "    def is_type_supported[T: AnyType]() -> Bool:"]
    out += chain(["return True"], "        ", ["return False"])
    out += ["",
            "    def set[T: Movable](mut self, var value: T):",
            "        \"\"\"Replace the value (the old one is destroyed) with a T.\"\"\""]
    out += [f"        self._v{i}.clear()" for i in range(n)]
    out += ["        self._put[T](value^)", ""]
    out += ["    def unwrap[T: Movable](var self) -> T:",
            "        \"\"\"Move the T out (aborts when the value is not a T).\"\"\""]
    out += chain(["return self._v#.pop()"], "        ", None)
    out += ["",
            "    def unsafe_get[T: Copyable](self) -> T:",
            "        \"\"\"A copy of the T held (the value is not checked to be a T).\"\"\""]
    out += chain(["return self._v#[0].copy()"], "        ", None)
    out += ["",
            "    def unsafe_unwrap[T: Movable](var self) -> T:",
            "        return self^.unwrap[T]()",
            "",
            "    def _take[T: Movable](mut self) -> T:",
            "        \"\"\"Move the T out, leaving nothing (replace sets the new value right after).\"\"\""]
    out += chain(["self._tag = -1", "return self._v#.pop()"], "        ", None)
    out += ["",
            "    def replace[Tin: Movable, Tout: Movable](mut self, var value: Tin) -> Tout:",
            "        \"\"\"Set a Tin and return the Tout held before.\"\"\"",
            "        var old = self._take[Tout]()",
            "        self.set[Tin](value^)",
            "        return old^",
            "",
            "    def unsafe_replace[Tin: Movable, Tout: Movable](mut self, var value: Tin) -> Tout:",
            "        return self.replace[Tin, Tout](value^)",
            "",
            "    def __eq__(self, other: Self) -> Bool:",
            "        if self._tag != other._tag:",
            "            return False"]
    for i in range(n):
        out += [f"        if self._tag == {i}:",
                f"            return self._v{i}[0] == other._v{i}[0]"]
    out += ["        return True",
            "",
            "    def __ne__(self, other: Self) -> Bool:",
            "        return not self == other",
            "",
            "    def write_to(self, mut writer: Some[Writer]):"]
    for i in range(n):
        out += [f"        if self._tag == {i}:",
                f"            writer.write(self._v{i}[0])"]
    out += ["", ""]
    return "\n".join(out)


def main() -> None:
    head = ("# std.utils.Variant: a value that is one of several types (Mojo 1.2's API).\n"
            "# GENERATED by tools/gen_variant.py; edit that, not this file.\n\n\n")
    text = head + "\n".join(struct(n) for n in range(1, MAX + 1)).rstrip() + "\n"
    Path(__file__).resolve().parents[1].joinpath("compiler/stdlib/utils.variant.mojo").write_text(text)


if __name__ == "__main__":
    main()
