#!/usr/bin/env bash
# Docs/report.png: the seed report in headless Chromium, taken by the browser
# test's own script after it clicks Russia. Needs chromium, chromedriver and a
# Python with Selenium (.build/browser-venv, as .ci/run makes it).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${RELGRAPH_BROWSER_PYTHON:-.build/browser-venv/bin/python}
swift build --product relgraph
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" Tests/Browser/report_check.py --relgraph "$(swift build --show-bin-path)/relgraph" --work "$work" --screenshot Docs/report.png
