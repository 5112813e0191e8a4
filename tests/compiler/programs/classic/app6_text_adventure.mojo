# A text adventure as a state machine: rooms in a Dict, scripted commands,
# inventory, locked doors and a score.
from std.collections import Dict, Set


@fieldwise_init
struct Room(Copyable):
    var name: String
    var desc: String
    var exits: Dict[String, String]
    var items: List[String]
    var locked_by: String


struct Game:
    var rooms: Dict[String, Room]
    var here: String
    var inventory: List[String]
    var visited: Set[String]
    var score: Int
    var moves: Int
    var over: Bool

    def __init__(out self):
        self.rooms = Dict[String, Room]()
        self.here = "hall"
        self.inventory = List[String]()
        self.visited = Set[String]()
        self.score = 0
        self.moves = 0
        self.over = False

    def add(mut self, name: String, desc: String, exits: Dict[String, String], items: List[String], locked_by: String = ""):
        self.rooms[name] = Room(name, desc, exits.copy(), items.copy(), locked_by)

    def look(self) raises:
        ref r = self.rooms[self.here]
        print("[" + r.name + "]", r.desc)
        if len(r.items) > 0:
            print("  you see:", ", ".join(r.items))
        var dirs = List[String]()
        for k in r.exits.keys():
            dirs.append(k)
        sort(dirs)
        print("  exits:", " ".join(dirs))

    def go(mut self, dir: String) raises:
        var exits = self.rooms[self.here].exits.copy()
        if dir not in exits:
            raise Error("you can't go " + dir)
        var target = exits[dir]
        var key = self.rooms[target].locked_by
        if key != "" and key not in self.inventory:
            raise Error("the " + target + " is locked (need " + key + ")")
        self.here = target
        self.moves += 1
        if target not in self.visited:
            self.visited.add(target)
            self.score += 10
        self.look()
        if target == "vault":
            print("*** you found the treasure! ***")
            self.score += 100
            self.over = True

    def take(mut self, item: String) raises:
        var items = self.rooms[self.here].items.copy()
        var idx = -1
        for i in range(len(items)):
            if items[i] == item:
                idx = i
        if idx < 0:
            raise Error("no " + item + " here")
        _ = items.pop(idx)
        var r = self.rooms.pop(self.here)
        r.items = items^
        self.rooms[self.here] = r^
        self.inventory.append(item)
        self.score += 5
        print("taken:", item)

    def command(mut self, line: String) raises:
        var words = line.split(" ")
        var verb = String(words[0])
        if verb == "look":
            self.look()
        elif verb == "go" and len(words) == 2:
            self.go(String(words[1]))
        elif verb == "take" and len(words) == 2:
            self.take(String(words[1]))
        elif verb == "inv":
            print("inventory:", self.inventory)
        else:
            raise Error("I don't understand '" + line + "'")


def exits_of(pairs: List[String]) -> Dict[String, String]:
    var d = Dict[String, String]()
    for i in range(0, len(pairs), 2):
        d[pairs[i]] = pairs[i + 1]
    return d^


def main() raises:
    var g = Game()
    g.add("hall", "A dusty hall.", exits_of(["north", "library", "east", "kitchen"]), ["lamp"])
    g.add("library", "Shelves of old books.", exits_of(["south", "hall", "up", "attic"]), ["book", "key"])
    g.add("kitchen", "It smells of bread.", exits_of(["west", "hall", "down", "vault"]), ["bread"])
    g.add("attic", "Dark and cramped.", exits_of(["down", "library"]), List[String]())
    g.add("vault", "Gold everywhere.", exits_of(["up", "kitchen"]), ["gold"], "key")
    g.visited.add("hall")
    var script: List[String] = [
        "look", "take lamp", "take sword", "go west", "go east", "go down",
        "go west", "go north", "take key", "take book", "go up", "go down", "inv",
        "dance", "go south", "go east", "go down", "go up",
    ]
    for cmd in script:
        if g.over:
            print("(game over, ignoring '" + cmd + "')")
            continue
        print("> " + cmd)
        try:
            g.command(cmd)
        except e:
            print("  ", e)
    print("score:", g.score, "moves:", g.moves, "rooms visited:", len(g.visited))
