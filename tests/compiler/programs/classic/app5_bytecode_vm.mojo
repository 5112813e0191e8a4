# A stack-based bytecode VM: an assembler turns text into instructions, the
# VM runs them with a call stack, and errors are reported with the pc.

comptime PUSH = 0
comptime ADD = 1
comptime SUB = 2
comptime MUL = 3
comptime DUP = 4
comptime JZ = 5
comptime JMP = 6
comptime PRINT = 7
comptime HALT = 8
comptime CALL = 9
comptime RET = 10
comptime SWAP = 11
comptime LT = 12


@fieldwise_init
struct Instr(ImplicitlyCopyable, Writable):
    var op: Int
    var arg: Int

    def write_to(self, mut writer: Some[Writer]):
        var names: List[String] = ["PUSH", "ADD", "SUB", "MUL", "DUP", "JZ", "JMP", "PRINT", "HALT", "CALL", "RET", "SWAP", "LT"]
        writer.write(names[self.op])
        if self.op == PUSH or self.op == JZ or self.op == JMP or self.op == CALL:
            writer.write(" ", self.arg)


def assemble(src: String) raises -> List[Instr]:
    var names: List[String] = ["PUSH", "ADD", "SUB", "MUL", "DUP", "JZ", "JMP", "PRINT", "HALT", "CALL", "RET", "SWAP", "LT"]
    var code = List[Instr]()
    for raw in src.split("\n"):
        var line = raw.strip()
        if line.byte_length() == 0 or line.startswith("#"):
            continue
        var parts = line.split()
        var op = -1
        for i in range(len(names)):
            if names[i] == parts[0]:
                op = i
        if op == -1:
            raise Error("unknown opcode: " + String(parts[0]))
        var arg = 0
        if len(parts) > 1:
            arg = atol(parts[1])
        code.append(Instr(op, arg))
    return code^


struct VM:
    var stack: List[Int]
    var frames: List[Int]
    var output: List[Int]
    var executed: Int

    def __init__(out self):
        self.stack = List[Int]()
        self.frames = List[Int]()
        self.output = List[Int]()
        self.executed = 0

    def pop(mut self, pc: Int) raises -> Int:
        if len(self.stack) == 0:
            raise Error("stack underflow at pc=" + String(pc))
        return self.stack.pop()

    def run(mut self, code: List[Instr], limit: Int = 10000) raises:
        var pc = 0
        while pc < len(code):
            self.executed += 1
            if self.executed > limit:
                raise Error("step limit exceeded")
            var ins = code[pc]
            pc += 1
            if ins.op == PUSH:
                self.stack.append(ins.arg)
            elif ins.op == ADD:
                var b = self.pop(pc); var a = self.pop(pc)
                self.stack.append(a + b)
            elif ins.op == SUB:
                var b = self.pop(pc); var a = self.pop(pc)
                self.stack.append(a - b)
            elif ins.op == MUL:
                var b = self.pop(pc); var a = self.pop(pc)
                self.stack.append(a * b)
            elif ins.op == LT:
                var b = self.pop(pc); var a = self.pop(pc)
                self.stack.append(1 if a < b else 0)
            elif ins.op == DUP:
                var a = self.pop(pc)
                self.stack.append(a)
                self.stack.append(a)
            elif ins.op == SWAP:
                var b = self.pop(pc); var a = self.pop(pc)
                self.stack.append(b)
                self.stack.append(a)
            elif ins.op == JZ:
                if self.pop(pc) == 0:
                    pc = ins.arg
            elif ins.op == JMP:
                pc = ins.arg
            elif ins.op == CALL:
                self.frames.append(pc)
                pc = ins.arg
            elif ins.op == RET:
                pc = self.frames.pop()
            elif ins.op == PRINT:
                self.output.append(self.pop(pc))
            elif ins.op == HALT:
                return


def main():
    # factorial of 6 via a countdown loop: acc n on the stack
    var fact_src = """
        PUSH 1
        PUSH 6
        # loop at 2: stack = acc n
        DUP
        JZ 11
        DUP
        CALL 13
        SWAP
        PUSH 1
        SUB
        JMP 2
        HALT
        PRINT
        HALT
        # 13: multiply helper (acc n n -> acc*n n)
        RET
    """
    var programs: List[String] = [
        "PUSH 2\nPUSH 3\nADD\nPUSH 4\nMUL\nPRINT\nHALT",
        "PUSH 0\nDUP\nPRINT\nPUSH 1\nADD\nDUP\nPUSH 5\nLT\nJZ 10\nJMP 1\nHALT",
        "ADD",
        "PUSH 1\nFROB",
        "JMP 0",
    ]
    for src in programs:
        var vm = VM()
        try:
            var code = assemble(src)
            vm.run(code)
            print("ok:", vm.output, "steps", vm.executed)
        except e:
            print("error:", e, "| output so far", vm.output)
    var code = List[Instr]()
    try:
        code = assemble(fact_src)
    except e:
        print(e)
    for i in range(len(code)):
        print(i, code[i])
