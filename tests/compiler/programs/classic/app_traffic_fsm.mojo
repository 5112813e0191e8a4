# State machines: a traffic light controller driven by timed events and a
# pedestrian button, and a table-driven lexer FSM that validates numbers.


@fieldwise_init
struct Light(Copyable, Equatable, ImplicitlyCopyable, Writable):
    var value: Int

    comptime RED = Light(0)
    comptime GREEN = Light(1)
    comptime YELLOW = Light(2)
    comptime WALK = Light(3)

    def __eq__(self, other: Self) -> Bool:
        return self.value == other.value

    def write_to(self, mut writer: Some[Writer]):
        if self == Light.RED:
            writer.write("RED")
        elif self == Light.GREEN:
            writer.write("GREEN")
        elif self == Light.YELLOW:
            writer.write("YELLOW")
        else:
            writer.write("WALK")


struct Controller:
    var state: Light
    var timer: Int
    var button: Bool
    var log: List[String]

    def __init__(out self):
        self.state = Light.RED
        self.timer = 0
        self.button = False
        self.log = List[String]()

    def duration(self) -> Int:
        if self.state == Light.GREEN:
            return 5
        if self.state == Light.YELLOW:
            return 2
        if self.state == Light.WALK:
            return 3
        return 4

    def transition(mut self, t: Int):
        var old = self.state
        if self.state == Light.RED:
            self.state = Light.WALK if self.button else Light.GREEN
            self.button = False
        elif self.state == Light.WALK:
            self.state = Light.GREEN
        elif self.state == Light.GREEN:
            self.state = Light.YELLOW
        else:
            self.state = Light.RED
        self.timer = 0
        self.log.append("t=" + String(t) + " " + String(old) + "->" + String(self.state))

    def tick(mut self, t: Int):
        self.timer += 1
        # a waiting pedestrian shortens green
        if self.state == Light.GREEN and self.button and self.timer >= 2:
            self.transition(t)
        elif self.timer >= self.duration():
            self.transition(t)


comptime START = 0
comptime SIGN = 1
comptime INT = 2
comptime DOT = 3
comptime FRAC = 4
comptime EXP = 5
comptime EXP_SIGN = 6
comptime EXP_INT = 7
comptime ERROR = 8


def char_class(c: String) -> Int:
    if c.is_ascii_digit():
        return 0
    if c == "+" or c == "-":
        return 1
    if c == ".":
        return 2
    if c == "e" or c == "E":
        return 3
    return 4


def classify(s: String) -> String:
    # rows: states, columns: digit, sign, dot, exp, other
    var table: List[List[Int]] = [
        [INT, SIGN, DOT, ERROR, ERROR],
        [INT, ERROR, DOT, ERROR, ERROR],
        [INT, ERROR, FRAC, EXP, ERROR],
        [FRAC, ERROR, ERROR, ERROR, ERROR],
        [FRAC, ERROR, ERROR, EXP, ERROR],
        [EXP_INT, EXP_SIGN, ERROR, ERROR, ERROR],
        [EXP_INT, ERROR, ERROR, ERROR, ERROR],
        [EXP_INT, ERROR, ERROR, ERROR, ERROR],
    ]
    var state = START
    for c in s.codepoint_slices():
        state = table[state][char_class(String(c))]
        if state == ERROR:
            return "invalid"
    if state == INT:
        return "integer"
    if state == FRAC:
        return "decimal"
    if state == EXP_INT:
        return "scientific"
    return "incomplete"


def main():
    var c = Controller()
    var presses: List[Int] = [6, 17]
    for t in range(1, 31):
        if t in presses:
            c.button = True
            print("t=" + String(t), "button pressed while", c.state)
        c.tick(t)
    for line in c.log:
        print(line)
    print("final:", c.state, "timer", c.timer)

    for s in ["42", "-7", "3.14", ".5", "6.02e23", "1e-9", "1.", "+", "12a", "1e+", "--1", ""]:
        print(repr(s).ascii_ljust(10), classify(s))
