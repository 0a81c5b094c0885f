"""Opens relgraph's HTML report in headless Chromium (Selenium + chromedriver) and
uses it as a reader would: clicks a link and reads its evidence, clicks a party and
checks the dependencies highlighted against `relgraph dependencies`, searches,
filters, uses the keyboard, and checks that the page made no network request and
logged no console error. With --hostile, opens a report of a graph whose names and
evidence try to inject markup and script, and checks that none of it ran.

Run by Tests/relgraphTests/ReportBrowserTests.swift; by hand:
    python report_check.py --relgraph .build/debug/relgraph --work /tmp/r [--screenshot Docs/report.png]
Exit status 0 when every check passed; each failed check is printed.
"""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)
    return condition


def relgraph(binary, *arguments):
    return subprocess.run([binary, *arguments], check=True, capture_output=True, text=True).stdout


def browser(chromedriver):
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1400,900", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-default-apps", "--disable-sync"):
        options.add_argument(argument)
    if os.environ.get("CHROMIUM"):
        options.binary_location = os.environ["CHROMIUM"]
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # An explicit driver, so Selenium Manager never tries to download one.
    return webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)


def open_page(driver, path):
    driver.get(pathlib.Path(path).resolve().as_uri())
    deadline = time.time() + 20
    while time.time() < deadline:
        if driver.execute_script("return document.documentElement.getAttribute('data-ready')"):
            return True
        time.sleep(0.05)
    return False


def click_edge(driver, edge):
    """Clicks the middle of an edge's drawn path, where a reader would click."""
    point = driver.execute_script("""
        var path = arguments[0].querySelector('path');
        var p = path.getPointAtLength(path.getTotalLength() / 2);
        var m = path.getScreenCTM();
        return [p.x * m.a + p.y * m.c + m.e, p.x * m.b + p.y * m.d + m.f];
    """, edge)
    actions = ActionChains(driver)
    actions.w3c_actions.pointer_action.move_to_location(int(point[0]), int(point[1]))
    actions.w3c_actions.pointer_action.click()
    actions.perform()


def network_requests(driver, page_url):
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            if url != page_url:
                requests.append(url)
    return requests


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def no_alert(driver):
    try:
        driver.switch_to.alert
        return False
    except NoAlertPresentException:
        return True


def seed_report(driver, binary, work, screenshot):
    page = os.path.join(work, "seeds.html")
    relgraph(binary, "report", "--output", page)
    graph = json.loads(relgraph(binary, "export", "--format", "json"))
    check(open_page(driver, page), "the seed report never became ready")
    page_url = pathlib.Path(page).resolve().as_uri()

    # The link North Korea -> Russia: its evidence quote appears in the panel.
    parties = graph["parties"]
    expected_quotes = [e["quote"] for r in graph["relations"] if r["source"] == "PRK" and r["target"] == "RUS"
                       for e in r["evidence"]]
    check(expected_quotes, "the seed graph has no PRK -> RUS relation with evidence")
    edges = [e for e in driver.find_elements(By.CSS_SELECTOR, "#diagram g.edge")
             if e.get_attribute("aria-label").startswith("PRK ") and e.get_attribute("aria-label").endswith(" RUS")]
    if check(edges, "no PRK -> RUS link in the diagram"):
        click_edge(driver, edges[0])
        panel = driver.find_element(By.ID, "panel-body")
        check(panel.is_displayed(), "clicking the PRK -> RUS link opened no panel")
        text = driver.find_element(By.ID, "panel-body").text
        check(any(quote in text for quote in expected_quotes),
              "the panel does not show the link's evidence quote; it shows: " + text[:300])
        check("North Korea" in text and "Russia" in text, "the panel does not name both parties")

    # Russia: what it depends on is highlighted, exactly the CLI's closure.
    expected = sorted(d["party"] for d in json.loads(relgraph(binary, "dependencies", "RUS", "--format", "json"))["dependencies"])
    names = {p["id"]: p.get("name", p["id"]) for p in parties}
    russia = [n for n in driver.find_elements(By.CSS_SELECTOR, "#diagram g.node")
              if n.get_attribute("aria-label") == names["RUS"]]
    if check(russia, "no Russia box in the diagram"):
        russia[0].find_element(By.TAG_NAME, "text").click()
        highlighted = driver.execute_script("""
            var data = JSON.parse(document.getElementById('report-data').textContent);
            return Array.from(document.querySelectorAll('#diagram g.node.dependency'))
                .map(function (g) { return data.parties[+g.getAttribute('data-party')].id; }).sort();
        """)
        check(highlighted == expected, f"Russia's dependencies highlighted {highlighted}, relgraph dependencies says {expected}")
        listed = sorted(li.get_attribute("data-party-id") for li in driver.find_elements(By.CSS_SELECTOR, "#dependencies li"))
        check(listed == expected, f"the panel lists dependencies {listed}, expected {expected}")
        check("selected" in russia[0].get_attribute("class"), "Russia is not marked as selected")
        if screenshot:
            driver.save_screenshot(screenshot)

    # Escape closes the panel and clears the highlight.
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    check(not driver.find_element(By.ID, "panel-body").is_displayed(), "Escape did not close the panel")
    check(not driver.find_elements(By.CSS_SELECTOR, "#diagram .dependency"), "Escape left the highlight on")

    # Search by a capital, without accents or case mattering.
    search = driver.find_element(By.ID, "search")
    search.send_keys("pyongyang")
    results = driver.find_elements(By.CSS_SELECTOR, "#results button")
    check(results and results[0].get_attribute("data-party-id") == "PRK",
          "searching 'pyongyang' does not offer North Korea first")
    search.send_keys(Keys.ENTER)
    heading = driver.find_element(By.CSS_SELECTOR, "#panel-body h2").text
    check(heading == names["PRK"], f"choosing the search result opened '{heading}', not North Korea")
    check("selected" in driver.find_element(By.CSS_SELECTOR, f"#diagram g.node[aria-label='{names['PRK']}']").get_attribute("class"),
          "the party found is not selected in the diagram")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    driver.find_element(By.ID, "zoom-fit").click()

    # Keyboard: Tab reaches a link, Enter opens it.
    first_edge = driver.find_element(By.CSS_SELECTOR, "#diagram g.edge")
    driver.execute_script("arguments[0].focus()", first_edge)
    ActionChains(driver).send_keys(Keys.ENTER).perform()
    check(driver.find_element(By.ID, "panel-body").is_displayed(), "Enter on a focused link opened no panel")
    ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    check(not driver.find_element(By.ID, "panel-body").is_displayed(), "Escape after Enter did not close the panel")

    # Unticking troops hides every troops link and no other.
    driver.find_element(By.CSS_SELECTOR, "input[data-kind='troops']").click()
    kinds = {i: r["kind"] for i, r in enumerate(graph["relations"])}
    for edge in driver.find_elements(By.CSS_SELECTOR, "#diagram g.edge"):
        kind = kinds[int(edge.get_attribute("data-relation"))]
        shown = edge.is_displayed()
        check(shown == (kind != "troops"), f"a {kind} link is {'shown' if shown else 'hidden'} with troops unticked")
    driver.find_element(By.CSS_SELECTOR, "input[data-kind='troops']").click()
    check(all(e.is_displayed() for e in driver.find_elements(By.CSS_SELECTOR, "#diagram g.edge")),
          "ticking troops again did not show every link")

    requests = network_requests(driver, page_url)
    check(not requests, f"the page made network requests: {requests}")
    errors = console_errors(driver)
    check(not errors, f"the console logged errors: {errors}")


def hostile_report(driver, binary, work, graph_file):
    page = os.path.join(work, "hostile.html")
    title = "Hostile names"
    relgraph(binary, "report", "--graph", graph_file, "--title", title, "--output", page)
    check(open_page(driver, page), "the hostile report never became ready (its script did not run)")
    page_url = pathlib.Path(page).resolve().as_uri()
    with open(graph_file, encoding="utf-8") as file:
        graph = json.load(file)
    names = {p["id"]: p.get("name", p["id"]) for p in graph["parties"]}
    order = driver.execute_script(
        "return JSON.parse(document.getElementById('report-data').textContent).parties.map(function (p) { return p.id; })")
    for node in driver.find_elements(By.CSS_SELECTOR, "#diagram g.node"):
        node.find_element(By.TAG_NAME, "text").click()
        name = names[order[int(node.get_attribute("data-party"))]]
        heading = driver.find_element(By.CSS_SELECTOR, "#panel-body h2").get_attribute("textContent")
        check(heading == name, f"the party {name!r} is shown as {heading!r}")
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    web_links = 0
    for edge in driver.find_elements(By.CSS_SELECTOR, "#diagram g.edge"):
        driver.execute_script("arguments[0].focus()", edge)
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        check(no_alert(driver), "an alert opened")
        for link in driver.find_elements(By.CSS_SELECTOR, "#panel a"):
            check(link.get_attribute("href").startswith(("http:", "https:")),
                  f"a source link points at {link.get_attribute('href')}")
            web_links += 1
        ActionChains(driver).send_keys(Keys.ESCAPE).perform()
    web_sources = sum(1 for r in graph["relations"] for e in r["evidence"]
                      if e.get("source", "").startswith(("http://", "https://")))
    check(web_links == web_sources, f"{web_links} source links for {web_sources} web addresses")
    search = driver.find_element(By.ID, "search")
    search.send_keys("<img")
    search.send_keys(Keys.ENTER)
    check(no_alert(driver), "an alert opened")
    check(driver.title == title, f"the document title became '{driver.title}'")
    check(driver.execute_script("return window.injected === undefined"), "an injected script set window.injected")
    check(not driver.find_elements(By.CSS_SELECTOR, "body img, body iframe, body object, body embed"),
          "markup from the graph became elements")
    check(len(driver.find_elements(By.TAG_NAME, "script")) == 2, "the page has more than its two script elements")
    requests = network_requests(driver, page_url)
    check(not requests, f"the page made network requests: {requests}")
    errors = console_errors(driver)
    check(not errors, f"the console logged errors: {errors}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--relgraph", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    parser.add_argument("--screenshot")
    parser.add_argument("--hostile", help="a graph file whose names try to inject markup and script")
    arguments = parser.parse_args()
    os.makedirs(arguments.work, exist_ok=True)
    driver = browser(arguments.chromedriver)
    try:
        seed_report(driver, arguments.relgraph, arguments.work, arguments.screenshot)
        if arguments.hostile:
            hostile_report(driver, arguments.relgraph, arguments.work, arguments.hostile)
    finally:
        driver.quit()
    print(f"{len(failures)} failed checks" if failures else "all checks passed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
