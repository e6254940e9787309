"""pty_reader: kanbao in a pty, what it writes fed to a screen of the
test's own (tests/vt.py), for the screen tests that play the terminal
themselves (ui_cells.py, ui_graphics.py).  Each test starts the reader
its own way (set pid and fd) and keeps its keys and checks; the reading,
the waiting for a screen and the quitting are here."""
import os, select, signal, time


class PtyReader:
    """A reader in a pty: pid, its side fd, term (a vt.Screen), log (all
    it wrote), wait (the seconds a step may take; only a failing step
    waits it out)."""

    def __init__(self, term, wait):
        self.term, self.wait, self.log = term, wait, bytearray()
        self.pid = self.fd = None

    def arrived(self):
        """What the reader wrote has been read: a terminal that answers
        queries answers them here."""

    def read(self, timeout):
        """Feeds the terminal what the reader wrote within timeout seconds;
        False once the reader is gone."""
        r, _, _ = select.select([self.fd], [], [], timeout)
        if r:
            try:
                data = os.read(self.fd, 1 << 16)
            except OSError:
                return False
            self.log += data
            self.term.feed(data)
            self.arrived()
        return True

    def pump(self, until):
        """Reads until until() holds; False if it does not within wait."""
        end = time.time() + self.wait
        while not until():
            if time.time() >= end or not self.read(0.05):
                return False
        return True

    def quit(self):
        """q: True when the reader ends with exit status 0 within wait;
        killed otherwise."""
        os.write(self.fd, b"q")
        end = time.time() + self.wait
        while time.time() < end:
            self.read(0.05)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        return False
