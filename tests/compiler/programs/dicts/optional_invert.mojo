def main():
    var o = Optional[Int](None)
    var p = Optional(1)
    print(~o, ~p)
    if ~o:
        print("empty")
