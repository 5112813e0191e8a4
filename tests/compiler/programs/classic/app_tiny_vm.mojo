# A tiny stack VM whose instructions are a Variant of small structs; a
# compiler from postfix text, a disassembler and an interpreter with traps.
from std.utils import Variant


@fieldwise_init
struct Push(Copyable, Writable):
    var value: Int

    def write_to(self, mut writer: Some[Writer]):
        writer.write("PUSH ", self.value)


@fieldwise_init
struct BinOp(Copyable, Writable):
    var op: String

    def write_to(self, mut writer: Some[Writer]):
        writer.write("BINOP ", self.op)


@fieldwise_init
struct Jump(Copyable, Writable):
    var target: Int
    var if_zero: Bool

    def write_to(self, mut writer: Some[Writer]):
        writer.write("JZ " if self.if_zero else "JMP ", self.target)


@fieldwise_init
struct Stack(Copyable, Writable):
    var action: String  # dup, drop, swap, print, over

    def write_to(self, mut writer: Some[Writer]):
        writer.write(self.action.upper())


comptime Instr = Variant[Push, BinOp, Jump, Stack]


def disassemble(prog: List[Instr]):
    for i in range(len(prog)):
        ref ins = prog[i]
        var text: String
        if ins.isa[Push]():
            text = String(ins[Push])
        elif ins.isa[BinOp]():
            text = String(ins[BinOp])
        elif ins.isa[Jump]():
            text = String(ins[Jump])
        else:
            text = String(ins[Stack])
        print(String(i).ascii_rjust(3), " ", text)


def assemble(src: String) raises -> List[Instr]:
    var prog = List[Instr]()
    for word in src.split():
        var w = String(word)
        if w in ["+", "-", "*", "/", "%", "<", "="]:
            prog.append(Instr(BinOp(w)))
        elif w in ["dup", "drop", "swap", "print", "over"]:
            prog.append(Instr(Stack(w)))
        elif w.startswith("jz:"):
            prog.append(Instr(Jump(Int(w[byte=3:]), True)))
        elif w.startswith("jmp:"):
            prog.append(Instr(Jump(Int(w[byte=4:]), False)))
        else:
            prog.append(Instr(Push(Int(w))))
    return prog^


def run(prog: List[Instr], max_steps: Int = 10000) raises -> List[Int]:
    var stack = List[Int]()
    var pc = 0
    var steps = 0
    while pc < len(prog):
        steps += 1
        if steps > max_steps:
            raise Error("step limit exceeded at pc " + String(pc))
        ref ins = prog[pc]
        pc += 1
        if ins.isa[Push]():
            stack.append(ins[Push].value)
        elif ins.isa[BinOp]():
            if len(stack) < 2:
                raise Error("stack underflow at pc " + String(pc - 1))
            var b = stack.pop()
            var a = stack.pop()
            var op = ins[BinOp].op
            if op == "+":
                stack.append(a + b)
            elif op == "-":
                stack.append(a - b)
            elif op == "*":
                stack.append(a * b)
            elif op == "/" or op == "%":
                if b == 0:
                    raise Error("division by zero at pc " + String(pc - 1))
                stack.append(a // b if op == "/" else a % b)
            elif op == "<":
                stack.append(1 if a < b else 0)
            else:
                stack.append(1 if a == b else 0)
        elif ins.isa[Jump]():
            var j = ins[Jump].copy()
            if j.if_zero:
                if stack.pop() == 0:
                    pc = j.target
            else:
                pc = j.target
        else:
            var a = ins[Stack].action
            if a == "dup":
                stack.append(stack[len(stack) - 1])
            elif a == "drop":
                _ = stack.pop()
            elif a == "swap":
                stack.swap_elements(len(stack) - 1, len(stack) - 2)
            elif a == "over":
                stack.append(stack[len(stack) - 2])
            else:
                print("out:", stack[len(stack) - 1])
    print("halted after", steps, "steps")
    return stack^


def main() raises:
    var p1 = assemble("2 3 + 4 * print")
    disassemble(p1)
    print("stack:", run(p1))

    # countdown: n=5; while n: print n; n -= 1
    var p2 = assemble("5 dup jz:8 print 1 - jmp:1 0 drop")
    disassemble(p2)
    print("stack:", run(p2))

    # factorial of 10 with an accumulator: acc n
    var p3 = assemble("1 10 dup jz:12 swap over * swap 1 - jmp:2 0 drop drop")
    print("factorial stack:", run(p3))

    for src in ["1 0 /", "+", "0 jz:0", "7 3 % 7 3 < 4 4 ="]:
        try:
            print(src, "->", run(assemble(src), 50))
        except e:
            print(src, "-> trap:", e)
    try:
        _ = assemble("1 two +")
    except e:
        print("assemble error:", e)
