#!/usr/bin/env python3
"""ui_pty: the reader's ways out that tmux cannot show: a terminal that
goes away under it (the pty master closes: reads fail with EIO, SIGHUP
ignored as under nohup), no terminal at all, and the command line without
a URL or with two.  Speaks TAP."""
import os, pty, select, signal, subprocess, sys, tempfile, time

from tap import ok, done

KANBAO = os.environ.get("KANBAO", "src/kanbao")
SRCDIR = os.environ.get("SRCDIR", ".")
SITE = os.path.abspath(os.path.join(SRCDIR, "tests", "site"))
WAIT = float(os.environ.get("UI_TEST_WAIT", "200")) / 10


def environment(tmp):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "LANG", "LANGUAGE")}
    env.update(LC_ALL="C.UTF-8", TERM="xterm-256color", HOME=tmp,
               XDG_CONFIG_HOME=tmp + "/config", XDG_CACHE_HOME=tmp + "/cache",
               XDG_DATA_HOME=tmp + "/data")
    return env


def read_until(fd, needle, limit):
    """Reads the pty until needle (bytes) shows or limit seconds pass."""
    seen = b""
    end = time.time() + limit
    while needle not in seen and time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    return needle in seen


def wait_exit(pid, limit):
    end = time.time() + limit
    while time.time() < end:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return status
        time.sleep(0.05)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def lost_terminal(env):
    pid, fd = pty.fork()
    if pid == 0:
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        os.execve(KANBAO, [KANBAO, os.path.join(SITE, "a1.html")], env)
    shown = read_until(fd, "白鹭大桥".encode(), WAIT)
    ok(shown, "the reader runs in a pty")
    os.close(fd)
    status = wait_exit(pid, WAIT)
    ok(status is not None, "a terminal that goes away (EIO) ends the reader")
    ok(status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0,
       "... with exit status 0", status)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        env = environment(tmp)
        lost_terminal(env)

        p = subprocess.run([KANBAO, os.path.join(SITE, "a1.html")], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
        ok(p.returncode == 1 and "needs a terminal" in p.stderr,
           "without a terminal: a message and exit status 1", p.stderr)

        p = subprocess.run([KANBAO, "a.html", "b.html"], env=env,
                           stdin=subprocess.DEVNULL, capture_output=True, text=True)
        ok(p.returncode == 1 and "one URL" in p.stderr, "two URLs: a usage error", p.stderr)

        nodemo = dict(env, KANBAO_DEMO=os.path.join(tmp, "no", "demo", "index.html"))
        p = subprocess.run([KANBAO], env=nodemo, stdin=subprocess.DEVNULL,
                           capture_output=True, text=True)
        ok(p.returncode == 1 and "no URL given" in p.stderr and "demo" in p.stderr,
           "no URL and no demo edition: a clear message, exit status 1", p.stderr)
    return done()


if __name__ == "__main__":
    sys.exit(main())
