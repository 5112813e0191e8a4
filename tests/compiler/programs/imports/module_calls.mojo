import std.math
from std.math import *
from std.collections import Dict, List
import std.time as time
from std.sys import argv
from std.random import random_float64


def main():
    print(std.math.sqrt(16.0), gcd(8, 12))
    print(time.perf_counter_ns() > 0)
    print(lcm(3, 4), factorial(4))
    var x = random_float64()
    print(x >= 0.0)
