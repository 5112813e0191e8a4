from std.logger import Logger, Level


def main():
    print(Level.TRACE == Level.TRACE, Level.INFO > Level.DEBUG)
    var log = Logger()
    log.info("a", 1)
    var t = Logger[Level.TRACE]()
    t.trace("tr", 1, sep="-")
    t.debug("db")
    t.info("in", end="!\n")
    t.warning("wa")
    t.error("er")
    var p = Logger[Level.INFO](prefix="P: ")
    p.debug("no")
    p.info("yes")
    var s = Logger[Level.INFO](source_location=True)
    s.info("where")
    print("end")
