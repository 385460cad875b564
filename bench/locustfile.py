"""Simulated users for `bench/load.py` (which starts the server and writes the
plan this file reads from LOAD_PLAN: session cookies and URLs).

Officials browse the catalogue, open modules and lessons, enrol (in the
module's open session if it has one), mark lessons done and look at their
dashboard; one coordinator opens requests' shortlists, session rosters and
the coordination page. Every request is named by its type; an answer with an
unexpected status (a GET that is not 200, a POST that is not the 302 back to
the page) counts as an error.
"""

import itertools
import json
import os
import random
from urllib.parse import urlencode

from locust import FastHttpUser, between, task

PLAN = json.loads(open(os.environ["LOAD_PLAN"]).read())  # noqa: SIM115, PTH123
_official_cookies = itertools.cycle(PLAN["officials"])
#: Seconds a simulated user waits between two requests (`bench/load.py --think`).
THINK = [float(bound) for bound in PLAN["think"]]


class Visitor(FastHttpUser):
    abstract = True
    wait_time = between(*THINK)
    cookie = ""

    def fetch(self, name: str, path: str, expected: int = 200, form: dict | None = None):
        headers = {"Cookie": self.cookie}
        method = "GET"
        body = None
        if form is not None:
            method = "POST"
            body = urlencode({"csrfmiddlewaretoken": PLAN["csrf_token"], **form})
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        with self.client.request(
            method,
            path,
            name=name,
            data=body,
            headers=headers,
            allow_redirects=False,
            catch_response=True,
        ) as response:
            if response.status_code != expected:
                response.failure(f"{response.status_code}, expected {expected}")


class Official(Visitor):
    weight = 1

    def on_start(self):
        self.cookie = next(_official_cookies)
        self.enrolled = []

    @task(3)
    def catalogue(self):
        self.fetch("catalogue", PLAN["catalogue"])

    @task(3)
    def module(self):
        self.fetch("module", random.choice(PLAN["modules"])["url"])  # noqa: S311

    @task(4)
    def lesson(self):
        module = random.choice(self.enrolled or PLAN["modules"])  # noqa: S311
        self.fetch("lesson", random.choice(module["lessons"])["url"])  # noqa: S311

    @task(1)
    def enrol(self):
        candidates = [m for m in PLAN["modules"] if m not in self.enrolled]
        if not candidates:
            return
        module = random.choice(candidates)  # noqa: S311
        self.fetch("enrol", module["enrol"], 302, {"session": module["session"]})
        self.enrolled.append(module)

    @task(2)
    def lesson_done(self):
        if not self.enrolled:
            return
        module = random.choice(self.enrolled)  # noqa: S311
        self.fetch("lesson done", random.choice(module["lessons"])["done"], 302, {})  # noqa: S311

    @task(1)
    def dashboard(self):
        self.fetch("dashboard", PLAN["dashboard"])


class Coordinator(Visitor):
    fixed_count = 1

    def on_start(self):
        self.cookie = PLAN["coordinator"]

    @task(3)
    def shortlist(self):
        self.fetch("shortlist (coordinator)", random.choice(PLAN["shortlists"]))  # noqa: S311

    @task(3)
    def roster(self):
        self.fetch("roster (coordinator)", random.choice(PLAN["rosters"]))  # noqa: S311

    @task(1)
    def coordination(self):
        self.fetch("coordination (coordinator)", PLAN["coordination"])
