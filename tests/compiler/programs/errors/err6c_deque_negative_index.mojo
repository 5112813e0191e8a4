from std.collections import Deque


def main():
    var recent = Deque[String]()
    recent.append("login")
    recent.append("logout")
    print("latest:", recent[-1])
