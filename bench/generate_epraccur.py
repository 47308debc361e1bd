#!/usr/bin/env python3
"""Writes a deterministic epraccur-format file (27 columns, no header) of fictional practices.

Usage: bench/generate_epraccur.py ROWS > file.csv   (seeded: the same ROWS gives the same file)
About 90% of rows are GP practices (prescribing setting 4), the rest other settings; about 5% are closed.
"""
import csv
import random
import sys

REGIONS = ["Y56", "Y58", "Y59", "Y60", "Y61", "Y62", "Y63"]
AREAS = ["E", "N", "SE", "SW", "W", "M", "B", "LS", "BD", "L", "PL", "EX", "NG", "CT", "PE", "NE", "SO", "BS"]


def main(rows: int) -> None:
    rnd = random.Random(20261122)
    out = csv.writer(sys.stdout, lineterminator="\n", quoting=csv.QUOTE_ALL)
    for i in range(rows):
        region = rnd.choice(REGIONS)
        icb = "Z" + region[-1] + str(rnd.randint(1, 6))
        postcode = f"{rnd.choice(AREAS)}{rnd.randint(1, 20)} {rnd.randint(1, 9)}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}{rnd.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        closed = rnd.random() < 0.05
        setting = "4" if rnd.random() < 0.9 else rnd.choice(["0", "1", "8"])
        row = [""] * 27
        row[0] = f"{chr(ord('A') + i // 100000)}{i % 100000:05d}"
        row[1] = f"Generated Practice {i}"
        row[2], row[3] = region, icb
        row[4], row[7] = f"{rnd.randint(1, 300)} Example Road", "TESTTOWN"
        row[9] = postcode
        row[10] = "19990401"
        row[11] = "20240331" if closed else ""
        row[12] = "C" if closed else "A"
        row[13], row[14], row[15] = "B", icb, "19990401"
        row[17] = f"0{rnd.randint(1000, 9999)} {rnd.randint(100000, 999999)}"
        row[21], row[23], row[25] = "0", "1", setting
        out.writerow(row)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12000)
