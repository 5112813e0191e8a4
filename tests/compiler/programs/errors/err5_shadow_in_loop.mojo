def main():
    var a = 3
    for i in range(2):
        var a = i
        print(a)
