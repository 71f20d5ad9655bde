"""Lighthouse performance of built pages, as medians of several runs (one run moves by ±4 here).

Run: .venv/bin/python benchmarks/page_speed.py site / korut-gencatan-senjata-70/map/ -n 5

Uses the Lighthouse that ../shared/tools/sitecheck installs (run sitecheck once first), with the same
settings: mobile preset, simulated throttling, Debian's Chromium, every host but this one refused.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SITECHECK_NODE = Path(os.environ.get("SITECHECK_HOME", Path.home() / ".cache" / "sitecheck")) / "node"
CHROME_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]
METRICS = {"FCP": "first-contentful-paint", "LCP": "largest-contentful-paint", "TBT": "total-blocking-time"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the built site folder")
    parser.add_argument("pages", nargs="+", help="paths under the site, such as / or slug/map/")
    parser.add_argument("-n", "--runs", type=int, default=5, help="Lighthouse runs a page (default 5)")
    args = parser.parse_args()
    if not (SITECHECK_NODE / "lh_runner.mjs").exists():
        sys.exit(f"{SITECHECK_NODE}: no Lighthouse here (expected sitecheck's install: run sitecheck once)")
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "-d", str(args.site)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(0.5)
        with tempfile.TemporaryDirectory() as out:
            pages = [
                {"path": "/" + page.lstrip("/"), "slug": f"p{i}-{run}"}
                for i, page in enumerate(args.pages)
                for run in range(args.runs)
            ]
            config = {
                "base": f"http://127.0.0.1:{port}/",
                "pages": pages,
                "outDir": out,
                "chromePath": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                "chromeArgs": CHROME_ARGS,
                "userDataDir": f"{out}/profile",
                "preset": "mobile",
                "pageTimeoutMs": 45000,
                "maxWaitForFcp": 10000,
                "maxWaitForLoad": 25000,
                "saveFull": False,
            }
            Path(out, "config.json").write_text(json.dumps(config), encoding="utf-8")
            subprocess.run(
                ["node", str(SITECHECK_NODE / "lh_runner.mjs"), f"{out}/config.json"],
                cwd=SITECHECK_NODE,
                env={**os.environ, "NODE_PATH": str(SITECHECK_NODE / "node_modules")},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
            for i, page in enumerate(args.pages):
                runs = [
                    json.loads(Path(out, "lighthouse", f"p{i}-{run}.summary.json").read_text(encoding="utf-8"))
                    for run in range(args.runs)
                ]
                scores = [r["scores"]["performance"] for r in runs]
                medians = {
                    name: statistics.median(r["metrics"][key]["value"] for r in runs) for name, key in METRICS.items()
                }
                print(
                    f"{page:40s} performance {statistics.median(scores):3.0f} (runs {min(scores)}-{max(scores)})  "
                    + "  ".join(f"{name} {value:,.0f} ms" for name, value in medians.items())
                )
    finally:
        server.terminate()


if __name__ == "__main__":
    main()
