# Every exit path out of try/except/else/finally: return in try, except, else and finally,
# break/continue in loops, re-raise, nested handlers.


def f_return_in_try(x: Int) -> Int:
    try:
        if x > 0:
            return x
        print("  try fell through")
    finally:
        print("  finally f_return_in_try", x)
    return -1


def f_return_in_except(x: Int) -> String:
    try:
        if x == 0:
            raise Error("zero")
        print("  no raise")
    except e:
        return "except:" + String(e)
    else:
        return "else"
    finally:
        print("  finally f_return_in_except", x)


def f_reraise(x: Int) raises -> Int:
    try:
        if x < 0:
            raise Error("negative " + String(x))
        return x * 2
    except e:
        print("  logging", e)
        raise e^
    finally:
        print("  finally f_reraise")


def f_raise_in_except() raises:
    try:
        raise Error("first")
    except e:
        print("  handling", e)
        raise Error("second from " + String(e))


def loop_paths():
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            print("  body", i)
        except e:
            print("  never", e)
        else:
            print("  else", i)
        finally:
            print("  finally", i)
    print("  after loop")


def nested_finally() raises:
    try:
        try:
            raise Error("deep")
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")


def main():
    print(f_return_in_try(5))
    print(f_return_in_try(-5))
    print(f_return_in_except(0))
    print(f_return_in_except(3))
    try:
        print(f_reraise(4))
        print(f_reraise(-4))
    except e:
        print("main caught", e)
    try:
        f_raise_in_except()
    except e:
        print("main caught", e)
    loop_paths()
    try:
        nested_finally()
    except e:
        print("main caught", e)
    var count = 0
    while True:
        try:
            count += 1
            if count == 3:
                raise Error("stop at 3")
        except e:
            print("  while caught", e)
            break
        finally:
            print("  while finally", count)
    print("count", count)
