"""Times relgraph's HTML report in headless Chromium until it is interactive.

    relgraph-bench TSV --only report --report-out /tmp/report-1000.html
    python Benchmarks/report_browser.py /tmp/report-1000.html [--runs 5]

Prints the page's size and, per run, the milliseconds from navigation start
until the page's script has wired up the diagram (the `data-ready` attribute it
sets, read from performance.now()), and the wall time of Selenium's get() until
then. Needs chromium, chromedriver (Debian's) and Selenium (pip).
"""

import argparse
import os
import pathlib
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Tests", "Browser"))
from report_check import browser  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("page")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    arguments = parser.parse_args()
    url = pathlib.Path(arguments.page).resolve().as_uri()
    print(f"page: {os.path.getsize(arguments.page) / 1e6:.2f} MB")
    ready, wall = [], []
    driver = browser(arguments.chromedriver)
    try:
        for _ in range(arguments.runs):
            driver.get("about:blank")
            start = time.monotonic()
            driver.get(url)
            while not driver.execute_script("return document.documentElement.getAttribute('data-ready')"):
                time.sleep(0.01)
            wall.append((time.monotonic() - start) * 1000)
            ready.append(int(driver.execute_script("return document.documentElement.getAttribute('data-ready')")))
            errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
            if errors:
                print("console errors:", errors)
                sys.exit(1)
    finally:
        driver.quit()
    print("interactive after (ms, navigation start to data-ready):", ready, "median", statistics.median(ready))
    print("wall time of get() until ready (ms):", [round(w) for w in wall], "median", round(statistics.median(wall)))


if __name__ == "__main__":
    main()
