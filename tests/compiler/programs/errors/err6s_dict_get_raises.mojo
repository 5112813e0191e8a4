# Counting words with d[key] in a function that is not 'raises'.
from std.collections import Dict


def tally(text: String) -> Int:
    var counts = Dict[String, Int]()
    for w in text.split():
        counts[String(w)] = counts.get(String(w), 0) + 1
    return counts["the"]


def main():
    print(tally("the cat and the hat"))
