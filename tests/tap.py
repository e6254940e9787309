"""tap: the Test Anything Protocol lines the Python tests print.

    from tap import ok, skip, done
    ok(cond, "what it checks", detail)   # detail goes under a failure
    sys.exit(done())                      # the plan, and 1 if any failed
"""

count = failed = 0


def ok(cond, what, detail=None):
    global count, failed
    count += 1
    print(("ok" if cond else "not ok") + f" {count} - {what}")
    if not cond:
        failed += 1
        if detail is not None and detail != "":
            print("#   " + str(detail).replace("\n", "\n#   "))
    return cond


def skip(what, why):
    global count
    count += 1
    print(f"ok {count} - {what} # SKIP {why}")


def done():
    print(f"1..{count}")
    return 1 if failed else 0
