def area(r: Flaot64) -> Float64:
    return r * r

def main():
    print(area(2.0))
