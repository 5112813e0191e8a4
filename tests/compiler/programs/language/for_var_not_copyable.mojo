@fieldwise_init
struct Task(Copyable):
    var name: String


def main():
    var tasks: List[Task] = [Task("write"), Task("test")]
    for var t in tasks:
        t.name += "!"
        print(t.name)
