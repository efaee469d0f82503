#!/usr/bin/env python3
"""Writes a long synthetic article for the timing in docs/extraction.md:
a title, a byline and N distinct short lines (default 150,000, about 6.8 MB),
one in ten with a date, one in three without a full stop.
Usage: tests/gen_long_text.py OUT.txt [N]"""
import random
import sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 150_000
random.seed(7)
words = "council vote treaty minister budget river harbour bridge school parliament ratify signed court market price".split()
months = "January February March April May June July August September October November December".split()
with open(out, "w") as f:
    f.write("A very long page\nAnna Smith, March 3, 2021\n")
    for i in range(n):
        line = " ".join(random.choice(words) for _ in range(random.randint(3, 6))) + f" item {i}"
        if i % 10 == 0:
            line += f" on {months[i % 12]} {i % 28 + 1}"
        if i % 3:
            line += "."
        f.write(line[0].upper() + line[1:] + "\n")
